import type { Locale } from '../../../contract/locale.js';
import type { RenderedMail } from '../../mail/templates.js';
import { escapeHtml } from '../../markdown.js';

export const ISLAND_SEAT_MAIL_KIND = 'island-seat-changed';
export const ISLAND_SEATS_PUBLISHED_KIND = 'island-seats-published';

/** Why a person has a new seat in a round: newly placed, moved up from the waitlist, or moved. */
export type SeatChangeReason = 'placed' | 'waitlist' | 'moved';

/** One changed seat as the mail shows it (names and places already resolved). */
export interface SeatLine {
  reason: SeatChangeReason;
  roundNumber: number;
  /** The round's start (UTC instant), shown in the event's time zone. */
  startsAt: string;
  theme: string;
  /** "Halle A, Tisch 3": the island's place and table, whichever are set. */
  where: string;
  /** The island the person sat at before (moved only). */
  previousTheme?: string;
}

export interface SeatMailContext {
  /** `published`: all seats when the organizer publishes; `changed`: new or moved seats later. */
  occasion: 'published' | 'changed';
  locale: Locale;
  name: string;
  eventTitle: string;
  timeZone: string;
  seats: SeatLine[];
  /** The person's islands behind their personal link. */
  islandsUrl: string;
  /** The personal "My registration" link. */
  manageUrl: string;
}

function formatWhen(iso: string, zone: string, locale: Locale): string {
  // "Donnerstag, 4. Februar 2027 um 10:00", "Thursday 4 February 2027 at 10:00 am" (DESIGN.md).
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    hour12: locale !== 'de',
    timeZone: zone,
  }).format(new Date(iso));
}

function lineDe(s: SeatLine, when: string): string {
  const place = s.where ? `, ${s.where}` : '';
  switch (s.reason) {
    case 'waitlist':
      return `Runde ${s.roundNumber}, ${when}: Sie sind von der Warteliste nachgerückt – Insel „${s.theme}“${place}.`;
    case 'moved':
      return `Runde ${s.roundNumber}, ${when}: Ihr Platz wechselt von der Insel „${s.previousTheme ?? ''}“ zur Insel „${s.theme}“${place}.`;
    case 'placed':
      return `Runde ${s.roundNumber}, ${when}: Insel „${s.theme}“${place}.`;
  }
}

function lineEn(s: SeatLine, when: string): string {
  const place = s.where ? `, ${s.where}` : '';
  switch (s.reason) {
    case 'waitlist':
      return `Round ${s.roundNumber}, ${when}: you have moved up from the waiting list – island “${s.theme}”${place}.`;
    case 'moved':
      return `Round ${s.roundNumber}, ${when}: your seat moves from the island “${s.previousTheme ?? ''}” to the island “${s.theme}”${place}.`;
    case 'placed':
      return `Round ${s.roundNumber}, ${when}: island “${s.theme}”${place}.`;
  }
}

/** The one mail about a person's changed island seats, in their language, plain text and HTML. */
export function renderSeatMail(c: SeatMailContext): RenderedMail {
  const de = c.locale === 'de';
  const seatLines = c.seats.map((s) => {
    const when = formatWhen(s.startsAt, c.timeZone, c.locale);
    return de ? lineDe(s, when) : lineEn(s, when);
  });
  const e = c.eventTitle;
  const heads: Record<Locale, Record<SeatMailContext['occasion'], { subject: string; intro: string }>> = {
    de: {
      published: {
        subject: `Ihre Plätze bei den Gesprächsinseln: ${e}`,
        intro: `die Einteilung der Gesprächsinseln von „${e}“ steht fest. Ihre Plätze:`,
      },
      changed: {
        subject: `Ihr Platz bei den Gesprächsinseln: ${e}`,
        intro:
          c.seats.length > 1
            ? `für die Gesprächsinseln von „${e}“ haben Sie neue Plätze:`
            : `für die Gesprächsinseln von „${e}“ haben Sie einen neuen Platz:`,
      },
    },
    en: {
      published: {
        subject: `Your seats at the conversation islands: ${e}`,
        intro: `The conversation islands of “${e}” are assigned. Your seats:`,
      },
      changed: {
        subject: `Your seat at the conversation islands: ${e}`,
        intro:
          c.seats.length > 1
            ? `You have new seats at the conversation islands of “${e}”:`
            : `You have a new seat at the conversation islands of “${e}”:`,
      },
    },
  };
  const { subject, intro } = heads[c.locale][c.occasion];
  const greeting = de ? `Guten Tag ${c.name},` : `Hello ${c.name},`;
  const outro = de
    ? 'Alle Ihre Plätze sehen Sie jederzeit über Ihren persönlichen Link; dort können Sie sich auch auf die Warteliste einer anderen Insel setzen.'
    : 'Your personal link always shows all your seats; there you can also join the waiting list of another island.';
  const actions = de
    ? [
        { label: 'Meine Gesprächsinseln ansehen', url: c.islandsUrl },
        { label: 'Meine Anmeldung ansehen', url: c.manageUrl },
      ]
    : [
        { label: 'View my conversation islands', url: c.islandsUrl },
        { label: 'View my registration', url: c.manageUrl },
      ];
  // The closing footer (sender, contact person, imprint) is the network's: the outbox adds it.
  const text = [
    greeting,
    '',
    intro,
    '',
    ...seatLines,
    '',
    outro,
    '',
    ...actions.map((a) => `${a.label}: ${a.url}`),
  ].join('\n');
  const button = (a: { label: string; url: string }) =>
    `<p><a href="${escapeHtml(a.url)}" style="display:inline-block;background:#0b4f8a;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px">${escapeHtml(a.label)}</a><br><span style="font-size:13px;color:#444">${escapeHtml(a.url)}</span></p>`;
  const html = `<!doctype html><html lang="${c.locale}"><body style="font-family:Arial,sans-serif;font-size:16px;color:#1a1a1a">
<p>${escapeHtml(greeting)}</p>
<p>${escapeHtml(intro)}</p>
<ul>
${seatLines.map((l) => `<li>${escapeHtml(l)}</li>`).join('\n')}
</ul>
<p>${escapeHtml(outro)}</p>
${actions.map(button).join('\n')}
</body></html>`;
  return { subject, text, html };
}
