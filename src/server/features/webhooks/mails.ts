import type { Locale } from '../../../contract/locale.js';
import { escapeHtml } from '../../markdown.js';
import type { RenderedMail } from '../../mail/templates.js';

/** The mail to organizers when an endpoint was paused after a day of failed deliveries. */
export function endpointPausedMail(
  locale: Locale,
  params: { name: string; url: string; hours: number; pageUrl: string },
): RenderedMail {
  const copy = {
    de: {
      subject: 'Webhook pausiert: Der Empfänger antwortet nicht',
      greeting: params.name ? `Guten Tag ${params.name},` : 'Guten Tag,',
      lines: [
        `der Webhook-Empfänger ${params.url} hat ${params.hours} Stunden lang keine Zustellung angenommen. CrossDialog hat ihn deshalb pausiert; neue Ereignisse werden ihm nicht mehr zugestellt.`,
        'Prüfen Sie den Empfänger, setzen Sie den Webhook fort und senden Sie die fehlgeschlagenen Zustellungen im Zustellprotokoll erneut.',
      ],
      action: 'Zustellprotokoll öffnen',
    },
    en: {
      subject: 'Webhook paused: the receiver does not answer',
      greeting: params.name ? `Hello ${params.name},` : 'Hello,',
      lines: [
        `The webhook receiver ${params.url} has accepted no delivery for ${params.hours} hours, so CrossDialog paused it; new events are no longer sent to it.`,
        'Check the receiver, resume the webhook and send the failed deliveries again from the delivery log.',
      ],
      action: 'Open the delivery log',
    },
  }[locale];
  const text = [copy.greeting, '', ...copy.lines, '', `${copy.action}: ${params.pageUrl}`].join('\n');
  const html = `<!doctype html><html><body style="font-family:Arial,sans-serif;font-size:16px;color:#1a1a1a">
<p>${escapeHtml(copy.greeting)}</p>
${copy.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
<p><a href="${escapeHtml(params.pageUrl)}">${escapeHtml(copy.action)}</a></p>
</body></html>`;
  return { subject: copy.subject, text, html };
}
