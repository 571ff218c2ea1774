import type { Locale } from '../../../contract/locale.js';
import type { RenderedMail } from '../../mail/templates.js';
import { escapeHtml } from '../../markdown.js';

export type MeetingMailKind =
  | 'meeting-requested'
  | 'meeting-accepted'
  | 'meeting-declined'
  | 'meeting-cancelled'
  | 'meeting-slot-picked'
  | 'meeting-scheduled'
  | 'meeting-needs-rescheduling';

/** What a meeting mail says: to whom, about whom, and where to look. Never contact details. */
export interface MeetingMailContext {
  locale: Locale;
  name: string;
  otherName: string;
  otherOrganization: string;
  eventTitle: string;
  message?: string;
  /** Localized "14:20, Tisch 12" lines of the meetings concerned (scheduled, picked). */
  places?: string[];
  url: string;
}

interface Copy {
  subject: string;
  lines: string[];
  action: string;
}

function who(c: MeetingMailContext): string {
  return c.otherOrganization ? `${c.otherName} (${c.otherOrganization})` : c.otherName;
}

function copyDe(kind: MeetingMailKind, c: MeetingMailContext): Copy {
  const e = c.eventTitle;
  const places = c.places ?? [];
  switch (kind) {
    case 'meeting-requested':
      return {
        subject: `Gesprächsanfrage von ${c.otherName}: ${e}`,
        lines: [
          `${who(c)} möchte Sie bei „${e}“ zu einem Einzelgespräch treffen.`,
          ...(c.message ? [`Nachricht: „${c.message}“`] : []),
          'Bitte nehmen Sie die Anfrage an oder lehnen Sie sie ab. Ihre Kontaktdaten sieht die andere Person erst, wenn Sie annehmen.',
        ],
        action: 'Anfrage ansehen',
      };
    case 'meeting-accepted':
      return {
        subject: `${c.otherName} hat Ihre Gesprächsanfrage angenommen: ${e}`,
        lines: [
          `${who(c)} hat Ihre Anfrage für ein Einzelgespräch bei „${e}“ angenommen.`,
          'Die Kontaktdaten finden Sie jetzt auf Ihrer Seite „Meine Gespräche“. Termin und Tisch erfahren Sie, sobald der Plan veröffentlicht ist.',
        ],
        action: 'Meine Gespräche ansehen',
      };
    case 'meeting-declined':
      return {
        subject: `Gesprächsanfrage nicht angenommen: ${e}`,
        lines: [`${who(c)} kann Ihre Anfrage für ein Einzelgespräch bei „${e}“ leider nicht annehmen.`],
        action: 'Meine Gespräche ansehen',
      };
    case 'meeting-cancelled':
      return {
        subject: `Gespräch abgesagt: ${e}`,
        lines: [`${who(c)} hat das Einzelgespräch bei „${e}“ abgesagt.`],
        action: 'Meine Gespräche ansehen',
      };
    case 'meeting-slot-picked':
      return {
        subject: `Termin für Ihr Gespräch mit ${c.otherName}: ${e}`,
        lines: [`${who(c)} hat einen Termin für Ihr Gespräch bei „${e}“ gewählt:`, ...places],
        action: 'Meine Gespräche ansehen',
      };
    case 'meeting-scheduled':
      return {
        subject: `Ihre Gesprächstermine: ${e}`,
        lines: [`für Ihre Einzelgespräche bei „${e}“ stehen Termin und Tisch fest:`, ...places],
        action: 'Meine Gespräche ansehen',
      };
    case 'meeting-needs-rescheduling':
      return {
        subject: `Ihr Gespräch mit ${c.otherName} wird neu geplant: ${e}`,
        lines: [
          `Der Zeitblock Ihres Gesprächs mit ${who(c)} bei „${e}“ hat sich geändert. Das Gespräch bleibt bestehen und bekommt einen neuen Termin.`,
        ],
        action: 'Meine Gespräche ansehen',
      };
  }
}

function copyEn(kind: MeetingMailKind, c: MeetingMailContext): Copy {
  const e = c.eventTitle;
  const places = c.places ?? [];
  switch (kind) {
    case 'meeting-requested':
      return {
        subject: `Meeting request from ${c.otherName}: ${e}`,
        lines: [
          `${who(c)} would like to meet you one-to-one at “${e}”.`,
          ...(c.message ? [`Message: “${c.message}”`] : []),
          'Please accept or decline the request. The other person sees your contact details only once you accept.',
        ],
        action: 'View the request',
      };
    case 'meeting-accepted':
      return {
        subject: `${c.otherName} accepted your meeting request: ${e}`,
        lines: [
          `${who(c)} accepted your request for a one-to-one meeting at “${e}”.`,
          'Their contact details are now on your “My meetings” page. You will learn the time and table once the plan is published.',
        ],
        action: 'View my meetings',
      };
    case 'meeting-declined':
      return {
        subject: `Meeting request declined: ${e}`,
        lines: [`${who(c)} cannot accept your request for a one-to-one meeting at “${e}”.`],
        action: 'View my meetings',
      };
    case 'meeting-cancelled':
      return {
        subject: `Meeting cancelled: ${e}`,
        lines: [`${who(c)} cancelled the one-to-one meeting at “${e}”.`],
        action: 'View my meetings',
      };
    case 'meeting-slot-picked':
      return {
        subject: `Time for your meeting with ${c.otherName}: ${e}`,
        lines: [`${who(c)} picked a time for your meeting at “${e}”:`, ...places],
        action: 'View my meetings',
      };
    case 'meeting-scheduled':
      return {
        subject: `Your meeting times: ${e}`,
        lines: [`The times and tables of your one-to-one meetings at “${e}” are set:`, ...places],
        action: 'View my meetings',
      };
    case 'meeting-needs-rescheduling':
      return {
        subject: `Your meeting with ${c.otherName} will be rescheduled: ${e}`,
        lines: [
          `The time block of your meeting with ${who(c)} at “${e}” has changed. The meeting stands and will get a new time.`,
        ],
        action: 'View my meetings',
      };
  }
}

/** One meeting mail in the recipient's language, plain text and HTML. */
export function renderMeetingMail(kind: MeetingMailKind, c: MeetingMailContext): RenderedMail {
  const copy = c.locale === 'en' ? copyEn(kind, c) : copyDe(kind, c);
  const greeting = c.locale === 'en' ? `Hello ${c.name},` : `Guten Tag ${c.name},`;
  // The closing footer (sender, contact person, imprint) is the network's: the outbox adds it.
  const text = [greeting, '', ...copy.lines, '', `${copy.action}: ${c.url}`].join('\n');
  const html = `<!doctype html><html lang="${c.locale}"><body style="font-family:Arial,sans-serif;font-size:16px;color:#1a1a1a">
<p>${escapeHtml(greeting)}</p>
${copy.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
<p><a href="${escapeHtml(c.url)}" style="display:inline-block;background:#0b4f8a;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px">${escapeHtml(copy.action)}</a><br><span style="font-size:13px;color:#444">${escapeHtml(c.url)}</span></p>
</body></html>`;
  return { subject: copy.subject, text, html };
}
