import type { Locale } from '../../../contract/locale.js';
import type { RenderedMail } from '../../mail/templates.js';
import { escapeHtml } from '../../markdown.js';

interface Copy {
  subject: string;
  greeting: string;
  lines: string[];
  action: string;
  footer: string;
}

/** The invitation to the follow-up survey, with the person's own link (it works once). */
export function surveyInvitationMail(
  locale: Locale,
  params: { name: string; eventTitle: string; url: string },
): RenderedMail {
  const copies: Record<Locale, Copy> = {
    de: {
      subject: `Wie war „${params.eventTitle}“? Fünf kurze Fragen`,
      greeting: params.name ? `Guten Tag ${params.name},` : 'Guten Tag,',
      lines: [
        `vielen Dank, dass Sie an „${params.eventTitle}“ teilgenommen haben.`,
        'Helfen Sie uns mit fünf kurzen Fragen, die nächste Ausgabe noch besser zu machen. Das dauert etwa zwei Minuten.',
        'Ihre Antworten werden anonym gespeichert: Wir vermerken nur, dass Sie geantwortet haben, nicht was.',
      ],
      action: 'Zur Umfrage',
      // The network's footer (sender, contact person, imprint) follows from the outbox.
      footer: 'Der Link ist persönlich und funktioniert einmal.',
    },
    en: {
      subject: `How was "${params.eventTitle}"? Five short questions`,
      greeting: params.name ? `Hello ${params.name},` : 'Hello,',
      lines: [
        `Thank you for taking part in "${params.eventTitle}".`,
        'Please help us make the next edition even better by answering five short questions. It takes about two minutes.',
        'Your answers are stored anonymously: we only note that you answered, not what.',
      ],
      action: 'Take the survey',
      footer: 'The link is personal and works once.',
    },
  };
  const copy = copies[locale];
  const text = [copy.greeting, '', ...copy.lines, '', `${copy.action}: ${params.url}`, '', copy.footer].join(
    '\n',
  );
  const html = `<!doctype html><html><body style="font-family:Arial,sans-serif;font-size:16px;color:#1a1a1a">
<p>${escapeHtml(copy.greeting)}</p>
${copy.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
<p><a href="${escapeHtml(params.url)}" style="display:inline-block;background:#0b4f8a;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px">${escapeHtml(copy.action)}</a></p>
<p style="font-size:13px;color:#444">${escapeHtml(params.url)}</p>
<p style="font-size:13px;color:#444">${escapeHtml(copy.footer)}</p>
</body></html>`;
  return { subject: copy.subject, text, html };
}
