/** Formats an instant in the event's time zone, following the locale (06.02.2020, 09:00 / 6 Feb 2020, 9:00 am). */
export function formatDateTime(iso: string, timeZone: string, locale: string, withTime = true): string {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    day: '2-digit',
    month: locale === 'de' ? '2-digit' : 'short',
    year: 'numeric',
    ...(withTime ? { hour: 'numeric', minute: '2-digit', hour12: locale !== 'de' } : {}),
    timeZone,
  }).format(new Date(iso));
}

/** A date range of one event: "06.02.2020, 09:00–17:00". */
export function formatEventRange(startIso: string, endIso: string, timeZone: string, locale: string): string {
  const sameDay =
    formatDateTime(startIso, timeZone, locale, false) === formatDateTime(endIso, timeZone, locale, false);
  if (!sameDay) {
    return `${formatDateTime(startIso, timeZone, locale)} – ${formatDateTime(endIso, timeZone, locale)}`;
  }
  const time = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    hour: 'numeric',
    minute: '2-digit',
    hour12: locale !== 'de',
    timeZone,
  }).format(new Date(endIso));
  return `${formatDateTime(startIso, timeZone, locale)}–${time}`;
}

/** An instant in the viewer's own time zone (admin tables: created, last used). */
export function formatInstant(iso: string | null, locale: string): string {
  if (!iso) {
    return '–';
  }
  return formatDateTime(iso, Intl.DateTimeFormat().resolvedOptions().timeZone, locale);
}

/**
 * A deadline a person must meet, with weekday and time zone named ("Samstag, 30. Januar 2027 um 14:30 MEZ"),
 * in the event's zone; when the reader's own zone differs, their local time follows in brackets.
 */
export function formatDeadline(iso: string, timeZone: string, locale: string, readerZone?: string): string {
  const options = (zone: string): Intl.DateTimeFormatOptions => ({
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    hour12: locale !== 'de',
    timeZoneName: 'short',
    timeZone: zone,
  });
  const tag = locale === 'de' ? 'de-DE' : 'en-GB';
  const instant = new Date(iso);
  const there = new Intl.DateTimeFormat(tag, options(timeZone)).format(instant);
  const own = readerZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const here = new Intl.DateTimeFormat(tag, options(own)).format(instant);
  return here === there ? there : `${there} (${here})`;
}
