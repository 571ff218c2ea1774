import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Locale } from '../../../contract/locale.js';
import type { IdeaDetail, IdeaStage } from '../../../contract/project-board.js';

/**
 * Noto Sans from @expo-google-fonts/noto-sans (SIL OFL 1.1), read from node_modules: Latin with every
 * Central and Eastern European letter, Greek and Cyrillic. pdfkit embeds only the glyphs used.
 */
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
} as const;
let fonts: { regular: Buffer; bold: Buffer } | undefined;

function fontFiles() {
  if (!fonts) {
    const require = createRequire(import.meta.url);
    fonts = {
      regular: readFileSync(require.resolve(FONT_FILES.regular)),
      bold: readFileSync(require.resolve(FONT_FILES.bold)),
    };
  }
  return fonts;
}

const TEXTS = {
  de: {
    subject: 'Projektidee und Konsortium',
    stage: {
      idea: 'Idee',
      forming: 'Konsortium im Aufbau',
      applying: 'Antrag in Arbeit',
      running: 'Projekt läuft',
    },
    stageLabel: 'Stand',
    funding: 'Förderprogramm',
    problem: 'Problem und Ziel',
    contribution: 'Beitrag der Initiative',
    partners: 'Partner',
    initiator: 'Initiative',
    role: 'Rolle',
    open: 'Noch offene Rollen',
    organization: 'Organisation',
    sector: 'Branche',
    person: 'Ansprechperson',
  },
  en: {
    subject: 'Project idea and consortium',
    stage: { idea: 'Idea', forming: 'Forming a consortium', applying: 'Applying', running: 'Running' },
    stageLabel: 'Stage',
    funding: 'Funding programme',
    problem: 'Problem and goal',
    contribution: 'What the initiator brings',
    partners: 'Partners',
    initiator: 'Initiator',
    role: 'Role',
    open: 'Roles still open',
    organization: 'Organization',
    sector: 'Sector',
    person: 'Contact person',
  },
} satisfies Record<Locale, { stage: Record<IdeaStage, string> } & Record<string, unknown>>;

/** Labels of the event's lists in the PDF's language. */
export interface PdfLabels {
  sector: (key: string) => string;
  eventTitle: string;
}

/** Cuts a text so that the page stays one page (the whole text is on the idea's page). */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * One A4 page for a funding application's partner list: the idea, its stage and funding programme,
 * and the consortium (organization, sector, role, person). Contact details are never printed.
 */
export async function renderIdeaPdf(idea: IdeaDetail, labels: PdfLabels, locale: Locale): Promise<Buffer> {
  const text = TEXTS[locale];
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    lang: idea.language,
    info: { Title: idea.title, Subject: text.subject, Creator: 'CrossDialog' },
  });
  const files = fontFiles();
  doc.registerFont('regular', files.regular);
  doc.registerFont('bold', files.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const width = doc.page.width - 100;
  doc.font('regular').fontSize(9).fillColor('#444').text(`${text.subject} · ${labels.eventTitle}`, { width });
  doc.moveDown(0.5);
  doc.font('bold').fontSize(18).fillColor('#000').text(clip(idea.title, 160), { width });
  doc.moveDown(0.3);
  const meta = [`${text.stageLabel}: ${text.stage[idea.stage]}`];
  if (idea.funding) {
    meta.push(`${text.funding}: ${idea.funding}`);
  }
  doc.font('regular').fontSize(10).text(meta.join(' · '), { width });
  doc.moveDown(0.8);
  doc.font('bold').fontSize(11).text(text.problem);
  doc.font('regular').fontSize(10).text(clip(idea.problem, 900), { width });
  if (idea.contribution) {
    doc.moveDown(0.5);
    doc.font('bold').fontSize(11).text(text.contribution);
    doc.font('regular').fontSize(10).text(clip(idea.contribution, 600), { width });
  }
  doc.moveDown(1);
  doc.font('bold').fontSize(13).text(text.partners);
  doc.moveDown(0.3);
  const columns = [
    { title: text.organization, width: 0.32 },
    { title: text.sector, width: 0.2 },
    { title: text.role, width: 0.22 },
    { title: text.person, width: 0.26 },
  ];
  const row = (cells: string[], font: 'regular' | 'bold') => {
    const y = doc.y;
    let x = 50;
    let bottom = y;
    cells.forEach((cell, i) => {
      const w = columns[i]!.width * width;
      doc
        .font(font)
        .fontSize(9.5)
        .text(clip(cell, 120), x, y, { width: w - 6 });
      bottom = Math.max(bottom, doc.y);
      x += w;
    });
    doc.x = 50;
    doc.y = bottom + 4;
  };
  row(
    columns.map((c) => c.title),
    'bold',
  );
  const roleNumber = new Map(idea.roles.map((r, i) => [r.id, i + 1]));
  for (const m of idea.consortium.slice(0, 16)) {
    const number = m.roleId ? roleNumber.get(m.roleId) : undefined;
    const role = number === undefined ? text.initiator : `${text.role} ${number}`;
    row([m.organization, labels.sector(m.sector), role, `${m.firstName} ${m.lastName}`], 'regular');
  }
  const open = idea.roles.filter((r) => r.filled === 0);
  if (open.length > 0) {
    doc.moveDown(0.6);
    doc.font('bold').fontSize(11).text(text.open, 50, doc.y, { width });
    for (const r of open) {
      const number = roleNumber.get(r.id) ?? 0;
      doc
        .font('regular')
        .fontSize(9.5)
        .text(
          clip(
            `${text.role} ${number}: ${labels.sector(r.sector)}${r.description ? ` – ${r.description}` : ''}`,
            200,
          ),
          { width },
        );
    }
  }
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}
