import type { Kysely } from 'kysely';
import type { App } from '../app.js';
import type { Database } from '../db/schema.js';
import type { Actor } from '../plugins/auth.js';
import type { EventRow } from '../features/events/index.js';
import { hashSecret, newId, newSecret } from '../ids.js';

/** Synthetic answers to the follow-up survey of the 2020 edition. */
const SURVEY_ANSWERS = 100;

// Invented, in our own words; no real person is quoted.
const BODY = `Mehr als zweihundert Fachleute aus Automobilindustrie, Energiewirtschaft, Logistik, IT und Verwaltung verbrachten einen Tag damit, einander zuzuhören. Die Podien waren ausdrücklich keine Vortragsreihen: Das Publikum stellte über die Live-Fragen mehr Fragen, als die Moderation aufgreifen konnte, und die Abstimmungen zeigten schnell, wo der Schuh drückt.

## Was wir mitnehmen

- **Ladeinfrastruktur** ist kein Thema einer einzelnen Branche. Netzbetreiber, Gebäudemanagement und Flottenbetreiber müssen früher an einen Tisch.
- **Wasserstoff** weckt große Erwartungen, doch die meisten Betriebe suchen zuerst nach belastbaren Zahlen zu Kosten und Verfügbarkeit.
- **Daten** sind die gemeinsame Währung der CO2-Bilanz: Wer sie teilen kann, findet leichter Partner.

## Gesprächsinseln und Eins-zu-eins-Gespräche

In fünf Gesprächsinseln arbeiteten kleine Runden an konkreten Fragen. Am Nachmittag folgten die vorab vereinbarten Eins-zu-eins-Gespräche an dreißig Tischen, viele davon zwischen Menschen, die sich ohne die Veranstaltung kaum begegnet wären.

Wir danken allen Mitwirkenden, den Gastgeberinnen und Gastgebern der Inseln und dem Team vor Ort.`;

const FIELDS = {
  headline: 'Rückblick: Neue Partner für die Mobilität von morgen',
  lead: 'Am 6. Februar 2020 kamen in der Gläsernen Manufaktur Dresden Fachleute aus acht Branchen zusammen, um über neue Geschäftsfelder, CO2-neutrale Produktion, Ladeinfrastruktur und Wasserstoff zu sprechen – und um Partner für gemeinsame Projekte zu finden.',
  body: BODY,
  reportUrl: 'https://example.org/industriedialog-2020-bericht.pdf',
  contact: {
    name: 'Dr. Katrin Beispiel',
    role: 'Netzwerkmanagerin',
    email: 'katrin.beispiel@example.org',
    phone: '+49 351 000 000 0',
  },
  quotes: [
    {
      text: 'Ich bin mit einer Frage zur Ladeinfrastruktur gekommen und mit drei Gesprächsterminen nach Hause gefahren.',
      attribution: 'Teilnehmerin aus dem Gebäudemanagement (fiktiv)',
    },
    {
      text: 'Die geplanten Einzelgespräche haben uns Wochen an Kaltakquise erspart.',
      attribution: 'Teilnehmer aus der Zulieferindustrie (fiktiv)',
    },
  ],
  figureKeys: [
    'participants',
    'sectors',
    'meetings',
    'crossSector',
    'topQuestions',
    'polls',
    'survey',
  ] as const,
};

/** Free-text comments of the demo survey, one per twelfth answer: invented, varied, German and English. */
const SURVEY_COMMENTS = [
  'Mehr Zeit für die Einzelgespräche wäre schön gewesen.',
  'Die Gesprächsinsel Energie war zu voll, bitte zwei Tische daraus machen.',
  'Great mix of carmakers and energy people. The 1:1 slots were too short, 20 minutes would help.',
  'Endlich einmal Netzbetreiber und Gebäudemanagement an einem Tisch – bitte wiederholen!',
  'Die Live-Fragen waren super, aber im Saal war das WLAN überlastet.',
  'We found a logistics partner for our pilot in Leipzig. Thank you!',
  'Bitte die Teilnehmerliste vorab nach Branchen filterbar machen.',
  'Mittagspause zu kurz für die vielen Gespräche.',
  'Mehr Beispiele aus dem Mittelstand, weniger Konzernvorträge.',
];

/** Answers spread the same way on every load: 42 of 100 met a partner, most would come again. */
async function insertSurveyAnswers(
  db: Kysely<Database>,
  eventId: string,
  sectorKeys: string[],
): Promise<void> {
  const rows = Array.from({ length: SURVEY_ANSWERS }, (_, i) => {
    const met = i % 50 < 21;
    return {
      id: newId(),
      eventId,
      rating: [5, 4, 4, 5, 3, 4, 5, 2][i % 8] ?? 4,
      metPartners: met ? 1 : 0,
      partnerCount: met ? 1 + (i % 3) : 0,
      partnerSectors: JSON.stringify(
        met ? [sectorKeys[i % sectorKeys.length], sectorKeys[(i * 3 + 1) % sectorKeys.length]] : [],
      ),
      willReturn: (['yes', 'yes', 'yes', 'maybe', 'yes', 'no'] as const)[i % 6] ?? 'yes',
      comment: i % 12 === 0 ? (SURVEY_COMMENTS[i / 12] ?? '') : '',
      answeredOn: '2020-02-08',
    };
  });
  await db.insertInto('surveyResponses').values(rows).execute();
}

/** The survey went to everyone who checked in; as many invitations are marked answered as there are answers. */
async function insertInvitations(db: Kysely<Database>, eventId: string): Promise<void> {
  const registrations = await db
    .selectFrom('registrations')
    .select('id')
    .where('eventId', '=', eventId)
    .where('status', '=', 'confirmed')
    .where('checkedInAt', 'is not', null)
    .orderBy('id')
    .execute();
  const rows = registrations.map((r, i) => ({
    id: newId(),
    eventId,
    registrationId: r.id,
    tokenHash: hashSecret(newSecret()),
    createdAt: '2020-02-08T09:00:00.000Z',
    answeredAt: i < SURVEY_ANSWERS ? '2020-02-08T12:00:00.000Z' : null,
  }));
  for (let i = 0; i < rows.length; i += 100) {
    await db
      .insertInto('surveyInvitations')
      .values(rows.slice(i, i + 100))
      .execute();
  }
}

/**
 * The published retrospective of the 2020 edition, with its follow-up survey answers; the figures
 * are computed from the demo's registrations, meetings, questions and polls. Runs last in the demo.
 */
export async function loadDemoRetrospective(
  services: Pick<App['services'], 'retrospective'>,
  db: Kysely<Database>,
  actor: Actor,
  past: Pick<EventRow, 'id'>,
): Promise<void> {
  const event = await db.selectFrom('events').select('sectors').where('id', '=', past.id).executeTakeFirst();
  const stored = JSON.parse(event?.sectors ?? '[]') as { key: string }[];
  const keys =
    stored.length > 0 ? stored.map((s) => s.key) : ['oem', 'supplier', 'energy', 'it', 'logistics'];
  await insertSurveyAnswers(db, past.id, keys);
  await insertInvitations(db, past.id);
  await db
    .insertInto('surveySettings')
    .values({ eventId: past.id, isEnabled: 0, delayDays: 2, updatedAt: new Date().toISOString() })
    .execute();
  await services.retrospective.save(actor, past.id, { ...FIELDS, figureKeys: [...FIELDS.figureKeys] }, 'de');
  await services.retrospective.setPublished(actor, past.id, true, 'de');
}
