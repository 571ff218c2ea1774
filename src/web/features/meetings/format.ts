/** A clock time in the event's zone: "14:20" in German, "2:20 pm" in English. */
export function formatClock(iso: string, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', {
    hour: 'numeric',
    minute: '2-digit',
    hour12: language !== 'de',
    timeZone,
  }).format(new Date(iso));
}

/** "14:20–14:40" in the event's zone. */
export function formatSlot(startsAt: string, endsAt: string, timeZone: string, language: string): string {
  return `${formatClock(startsAt, timeZone, language)}–${formatClock(endsAt, timeZone, language)}`;
}
