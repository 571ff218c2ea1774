import type { Locale } from '../../../contract/locale.js';
import type { RenderedMail } from '../../mail/templates.js';
import { escapeHtml } from '../../markdown.js';
import type { SeatEventRow } from './repository.js';

export type RegistrationMailKind =
  | 'registration-optin'
  | 'registration-waitlist'
  | 'registration-offer'
  | 'registration-ticket'
  | 'registration-reconfirm'
  | 'registration-link'
  | 'registration-cancelled';

export interface MailContext {
  locale: Locale;
  name: string;
  event: SeatEventRow;
  /** The personal "My registration" link. */
  manageUrl: string;
  confirmUrl?: string;
  expiresAt?: string | null;
  hours?: number;
  position?: number | null;
  ticketCode?: string;
  yesUrl?: string;
  releaseUrl?: string;
}

interface Action {
  label: string;
  url: string;
}

interface Copy {
  subject: string;
  lines: string[];
  actions: Action[];
}

// Building an Intl.DateTimeFormat costs far more than formatting with it: one per language and zone.
const formats = new Map<string, Intl.DateTimeFormat>();
// Formatting still costs more than the rest of a mail; a rush formats the same few minutes over and
// over (the event's start, "now + 48 hours"). The text shows hours and minutes only, so the minute decides it.
const formatted = new Map<string, string>();
const MINUTE_MS = 60_000;

function formatWhen(iso: string, zone: string, locale: Locale): string {
  const key = `${locale} ${zone}`;
  const instant = new Date(iso);
  const memoKey = `${key} ${Math.floor(instant.getTime() / MINUTE_MS)}`;
  const known = formatted.get(memoKey);
  if (known !== undefined) {
    return known;
  }
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone: zone,
    });
    formats.set(key, format);
  }
  const text = format.format(instant);
  if (formatted.size >= 1000) {
    formatted.clear();
  }
  formatted.set(memoKey, text);
  return text;
}

const deadlineFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A deadline the person must meet, with its time zone named ("Freitag, 5. Februar 2027 um 14:30 MEZ"), so
 * that someone reading the mail in another zone knows the instant (WCAG 2.2.1).
 */
export function formatDeadline(iso: string, zone: string, locale: Locale): string {
  const key = `${locale} ${zone}`;
  let format = deadlineFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
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
    deadlineFormats.set(key, format);
  }
  return format.format(new Date(iso));
}

/** The venue's name and address, only the parts that are set ("Messe Chemnitz", never "Messe Chemnitz, "). */
export function venueText(event: Pick<SeatEventRow, 'venueName' | 'venueAddress'>): string {
  return [event.venueName, event.venueAddress]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(', ');
}

function copyDe(kind: RegistrationMailKind, c: MailContext, when: string, until: string): Copy {
  const e = c.event.title;
  const manage = { label: 'Meine Anmeldung ansehen', url: c.manageUrl };
  switch (kind) {
    case 'registration-optin':
      return {
        subject: `Bitte bestätigen Sie Ihre Anmeldung: ${e}`,
        lines: [
          `vielen Dank für Ihre Anmeldung zu „${e}“ am ${when}.`,
          `Bitte bestätigen Sie Ihre E-Mail-Adresse mit einem Klick auf den folgenden Link. Wir halten Ihren Platz ${c.hours ?? 48} Stunden lang frei (bis ${until}); ohne Bestätigung wird er danach wieder frei.`,
          'Wenn Sie sich nicht angemeldet haben, können Sie diese E-Mail ignorieren.',
        ],
        actions: [{ label: 'Anmeldung bestätigen', url: c.confirmUrl ?? c.manageUrl }],
      };
    case 'registration-waitlist':
      return {
        subject: `Warteliste: ${e}`,
        lines: [
          `die Veranstaltung „${e}“ am ${when} ist derzeit ausgebucht. Sie stehen auf Platz ${c.position ?? '–'} der Warteliste.`,
          'Sobald ein Platz frei wird, schreiben wir Ihnen. Über Ihren persönlichen Link können Sie sich jederzeit von der Warteliste abmelden.',
        ],
        actions: [manage],
      };
    case 'registration-offer':
      return {
        subject: `Ein Platz ist frei geworden: ${e}`,
        lines: [
          `für „${e}“ am ${when} ist ein Platz für Sie frei geworden.`,
          `Bitte bestätigen Sie Ihre Teilnahme bis ${until}. Danach geht der Platz an die nächste Person auf der Warteliste.`,
          ...(c.event.offerExtensionHours > 0
            ? [
                `Brauchen Sie mehr Zeit? Auf Ihrer Seite „Meine Anmeldung“ können Sie die Frist einmal um ${c.event.offerExtensionHours} Stunden verlängern.`,
              ]
            : []),
        ],
        actions: [{ label: 'Teilnahme bestätigen', url: c.confirmUrl ?? c.manageUrl }, manage],
      };
    case 'registration-ticket':
      return {
        subject: `Ihre Teilnahme ist bestätigt: ${e}`,
        lines: [
          `Ihre Anmeldung zu „${e}“ ist bestätigt. Wir freuen uns auf Sie!`,
          `Termin: ${when}`,
          `Ort: ${venueText(c.event)}`,
          `Ihr Ticket-Code lautet ${c.ticketCode ?? ''}. Den QR-Code zum Einlass und einen Kalendereintrag (.ics) finden Sie im Anhang.`,
          'Über Ihren persönlichen Link können Sie Ihre Angaben ändern, Ihre Daten herunterladen oder absagen.',
        ],
        actions: [manage],
      };
    case 'registration-reconfirm':
      return {
        subject: `Kommen Sie noch? ${e}`,
        lines: [
          `„${e}“ findet am ${when} statt. Bitte sagen Sie uns mit einem Klick, ob Sie teilnehmen.`,
          'Wenn Sie nicht kommen können, geben Sie Ihren Platz frei: Er geht sofort an die nächste Person auf der Warteliste.',
        ],
        actions: [
          { label: 'Ja, ich komme', url: c.yesUrl ?? c.manageUrl },
          { label: 'Ich kann nicht, Platz freigeben', url: c.releaseUrl ?? c.manageUrl },
        ],
      };
    case 'registration-link':
      return {
        subject: `Ihr persönlicher Link: ${e}`,
        lines: [
          `Sie sind für „${e}“ am ${when} bereits angemeldet. Eine zweite Anmeldung mit derselben E-Mail-Adresse ist nicht möglich.`,
          'Über Ihren persönlichen Link sehen Sie Ihre Anmeldung, können sie ändern oder absagen.',
        ],
        actions: [manage],
      };
    case 'registration-cancelled':
      return {
        subject: `Abmeldung bestätigt: ${e}`,
        lines: [
          `Ihre Anmeldung zu „${e}“ am ${when} ist storniert. Schade, dass Sie nicht dabei sein können.`,
        ],
        actions: [],
      };
  }
}

function copyEn(kind: RegistrationMailKind, c: MailContext, when: string, until: string): Copy {
  const e = c.event.title;
  const manage = { label: 'View my registration', url: c.manageUrl };
  switch (kind) {
    case 'registration-optin':
      return {
        subject: `Please confirm your registration: ${e}`,
        lines: [
          `Thank you for registering for “${e}” on ${when}.`,
          `Please confirm your email address with the link below. We hold your seat for ${c.hours ?? 48} hours (until ${until}); without confirmation it is released.`,
          'If you did not register, you can ignore this email.',
        ],
        actions: [{ label: 'Confirm registration', url: c.confirmUrl ?? c.manageUrl }],
      };
    case 'registration-waitlist':
      return {
        subject: `Waiting list: ${e}`,
        lines: [
          `“${e}” on ${when} is fully booked at the moment. You are number ${c.position ?? '–'} on the waiting list.`,
          'We will write to you as soon as a seat becomes free. You can leave the waiting list at any time with your personal link.',
        ],
        actions: [manage],
      };
    case 'registration-offer':
      return {
        subject: `A seat is free for you: ${e}`,
        lines: [
          `A seat at “${e}” on ${when} has become free for you.`,
          `Please confirm by ${until}. After that, the seat goes to the next person on the waiting list.`,
          ...(c.event.offerExtensionHours > 0
            ? [
                `Need more time? On your “My registration” page you can extend the deadline once by ${c.event.offerExtensionHours} hours.`,
              ]
            : []),
        ],
        actions: [{ label: 'Confirm attendance', url: c.confirmUrl ?? c.manageUrl }, manage],
      };
    case 'registration-ticket':
      return {
        subject: `Your attendance is confirmed: ${e}`,
        lines: [
          `Your registration for “${e}” is confirmed. We look forward to seeing you!`,
          `When: ${when}`,
          `Where: ${venueText(c.event)}`,
          `Your ticket code is ${c.ticketCode ?? ''}. The QR code for admission and a calendar entry (.ics) are attached.`,
          'With your personal link you can change your details, download your data or cancel.',
        ],
        actions: [manage],
      };
    case 'registration-reconfirm':
      return {
        subject: `Are you still coming? ${e}`,
        lines: [
          `“${e}” takes place on ${when}. Please tell us with one click whether you will attend.`,
          'If you cannot come, please release your seat: it goes to the next person on the waiting list at once.',
        ],
        actions: [
          { label: 'Yes, I am coming', url: c.yesUrl ?? c.manageUrl },
          { label: 'I cannot come, release my seat', url: c.releaseUrl ?? c.manageUrl },
        ],
      };
    case 'registration-link':
      return {
        subject: `Your personal link: ${e}`,
        lines: [
          `You are already registered for “${e}” on ${when}. A second registration with the same email address is not possible.`,
          'Your personal link shows your registration; you can change or cancel it there.',
        ],
        actions: [manage],
      };
    case 'registration-cancelled':
      return {
        subject: `Cancellation confirmed: ${e}`,
        lines: [
          `Your registration for “${e}” on ${when} has been cancelled. We are sorry you cannot make it.`,
        ],
        actions: [],
      };
  }
}

/** One registration mail in the registrant's language, plain text and HTML. */
export function renderRegistrationMail(kind: RegistrationMailKind, c: MailContext): RenderedMail {
  const when = formatWhen(c.event.startsAt, c.event.timeZone, c.locale);
  const until = !c.expiresAt
    ? ''
    : kind === 'registration-offer'
      ? formatDeadline(c.expiresAt, c.event.timeZone, c.locale)
      : formatWhen(c.expiresAt, c.event.timeZone, c.locale);
  const copy = c.locale === 'en' ? copyEn(kind, c, when, until) : copyDe(kind, c, when, until);
  const greeting = c.locale === 'en' ? `Hello ${c.name},` : `Guten Tag ${c.name},`;
  // The closing footer (sender, contact person, imprint) is the network's: the outbox adds it.
  const text = [greeting, '', ...copy.lines, '', ...copy.actions.map((a) => `${a.label}: ${a.url}`)].join(
    '\n',
  );
  const button = (a: Action) =>
    `<p><a href="${escapeHtml(a.url)}" style="display:inline-block;background:#0b4f8a;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px">${escapeHtml(a.label)}</a><br><span style="font-size:13px;color:#444">${escapeHtml(a.url)}</span></p>`;
  const html = `<!doctype html><html lang="${c.locale}"><body style="font-family:Arial,sans-serif;font-size:16px;color:#1a1a1a">
<p>${escapeHtml(greeting)}</p>
${copy.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
${copy.actions.map(button).join('\n')}
</body></html>`;
  return { subject: copy.subject, text, html };
}
