import type { Locale } from '../../../contract/locale.js';
import type { RenderedMail } from '../../mail/templates.js';
import { escapeHtml } from '../../markdown.js';

export type BoardMailKind = 'idea-interest' | 'idea-accepted' | 'idea-declined' | 'idea-nudge';

/** What a board mail says: to whom, about which idea, and where to look. Never contact details. */
export interface BoardMailContext {
  locale: Locale;
  name: string;
  otherName: string;
  otherOrganization: string;
  ideaTitle: string;
  eventTitle: string;
  url: string;
}

interface Copy {
  subject: string;
  lines: string[];
  action: string;
}

function copyDe(kind: BoardMailKind, c: BoardMailContext): Copy {
  const who = `${c.otherName} (${c.otherOrganization})`;
  switch (kind) {
    case 'idea-interest':
      return {
        subject: `Interesse an Ihrer Projektidee „${c.ideaTitle}“`,
        lines: [
          `${who} interessiert sich für eine Partnerrolle in Ihrer Projektidee „${c.ideaTitle}“ (${c.eventTitle}).`,
          'Bitte nehmen Sie das Interesse an oder lehnen Sie es ab. Kontaktdaten sehen nur die Mitglieder des Konsortiums.',
        ],
        action: 'Projektidee ansehen',
      };
    case 'idea-accepted':
      return {
        subject: `Sie sind im Konsortium: „${c.ideaTitle}“`,
        lines: [
          `${who} hat Sie in das Konsortium der Projektidee „${c.ideaTitle}“ (${c.eventTitle}) aufgenommen.`,
          'Die Kontaktdaten der Partner finden Sie jetzt auf der Seite der Idee.',
        ],
        action: 'Konsortium ansehen',
      };
    case 'idea-declined':
      return {
        subject: `Projektidee „${c.ideaTitle}“: Ihr Interesse wurde nicht angenommen`,
        lines: [`${who} kann Ihr Interesse an der Projektidee „${c.ideaTitle}“ leider nicht annehmen.`],
        action: 'Weitere Projektideen ansehen',
      };
    case 'idea-nudge':
      return {
        subject: `Eine Projektidee sucht Partner wie Sie: „${c.ideaTitle}“`,
        lines: [
          `das Organisationsteam von „${c.eventTitle}“ möchte Sie auf die Projektidee „${c.ideaTitle}“ von ${who} hinweisen: Eine der gesuchten Partnerrollen passt zu dem, was Sie anbieten.`,
          'Wenn Sie mitmachen möchten, bekunden Sie auf der Seite der Idee Ihr Interesse.',
        ],
        action: 'Projektidee ansehen',
      };
  }
}

function copyEn(kind: BoardMailKind, c: BoardMailContext): Copy {
  const who = `${c.otherName} (${c.otherOrganization})`;
  switch (kind) {
    case 'idea-interest':
      return {
        subject: `Interest in your project idea “${c.ideaTitle}”`,
        lines: [
          `${who} is interested in a partner role of your project idea “${c.ideaTitle}” (${c.eventTitle}).`,
          'Please accept or decline. Contact details are shown to the members of the consortium only.',
        ],
        action: 'View the project idea',
      };
    case 'idea-accepted':
      return {
        subject: `You are in the consortium: “${c.ideaTitle}”`,
        lines: [
          `${who} accepted you into the consortium of the project idea “${c.ideaTitle}” (${c.eventTitle}).`,
          "The partners' contact details are now on the idea's page.",
        ],
        action: 'View the consortium',
      };
    case 'idea-declined':
      return {
        subject: `Project idea “${c.ideaTitle}”: your interest was not accepted`,
        lines: [`${who} cannot accept your interest in the project idea “${c.ideaTitle}”.`],
        action: 'View more project ideas',
      };
    case 'idea-nudge':
      return {
        subject: `A project idea seeks partners like you: “${c.ideaTitle}”`,
        lines: [
          `The organizers of “${c.eventTitle}” would like to point you to the project idea “${c.ideaTitle}” by ${who}: one of the partner roles it seeks fits what you offer.`,
          "If you would like to take part, express your interest on the idea's page.",
        ],
        action: 'View the project idea',
      };
  }
}

/** Renders a board mail in the person's language (text and HTML, every text escaped). */
export function renderBoardMail(kind: BoardMailKind, c: BoardMailContext): RenderedMail {
  const copy = c.locale === 'en' ? copyEn(kind, c) : copyDe(kind, c);
  const greeting = c.locale === 'en' ? `Hello ${c.name},` : `Guten Tag ${c.name},`;
  const text = [greeting, '', ...copy.lines, '', `${copy.action}: ${c.url}`].join('\n');
  const html = `<!doctype html><html lang="${c.locale}"><body style="font-family:Arial,sans-serif;font-size:16px;color:#1a1a1a">
<p>${escapeHtml(greeting)}</p>
${copy.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
<p><a href="${escapeHtml(c.url)}" style="display:inline-block;background:#0b4f8a;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px">${escapeHtml(copy.action)}</a><br><span style="font-size:13px;color:#444">${escapeHtml(c.url)}</span></p>
</body></html>`;
  return { subject: copy.subject, text, html };
}
