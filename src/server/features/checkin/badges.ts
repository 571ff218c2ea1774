import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { Locale } from '../../../contract/locale.js';
import type { SectorDefinition } from '../../../contract/sectors.js';
import type { AttendeeRow } from './repository.js';
import { sectorColour } from '../../../contract/sector-colours.js';
import { badgeFontFiles, printableText } from './badge-fonts.js';

const MM = 72 / 25.4;
/** 2 × 4 badges of 90 × 55 mm, centred on A4 portrait (fits standard perforated badge sheets). */
export const BADGE_LAYOUT = {
  columns: 2,
  rows: 4,
  width: 90 * MM,
  height: 55 * MM,
  pageWidth: 210 * MM,
  pageHeight: 297 * MM,
};
const PER_PAGE = BADGE_LAYOUT.columns * BADGE_LAYOUT.rows;
const PAD = 4 * MM;
const BAND = 11 * MM;
const QR_SIZE = 24 * MM;
/** Embedded Unicode fonts (registered per document): the PDF standard fonts print Western European letters only. */
const REGULAR = 'Badge-Regular';
const BOLD = 'Badge-Bold';

const TEXTS: Record<Locale, { title: string; empty: string }> = {
  de: { title: 'Namensschilder', empty: 'Es gibt noch keine bestätigten Anmeldungen.' },
  en: { title: 'Name badges', empty: 'There are no confirmed registrations yet.' },
};

/** The network on each badge: its name beside the event title, its logo in the corner of the band. */
export interface BadgeBrand {
  /** Null when the organizers set no name (the badge then names only the event, as before). */
  networkName: string | null;
  /** A PNG or JPEG (checked on upload), or null. */
  logo: Buffer | null;
}

export interface BadgeInput {
  title: string;
  brand?: BadgeBrand;
  sectors: SectorDefinition[];
  people: Pick<
    AttendeeRow,
    'academicTitle' | 'firstName' | 'lastName' | 'organization' | 'sector' | 'ticketCode'
  >[];
}

function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const matrix = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  const cell = size / matrix.size;
  doc.save().fillColor('#000000');
  for (let row = 0; row < matrix.size; row += 1) {
    for (let col = 0; col < matrix.size; col += 1) {
      if (matrix.get(row, col)) {
        // A hair of overlap so that no white seams appear between modules in viewers.
        doc.rect(x + col * cell, y + row * cell, cell + 0.05, cell + 0.05);
      }
    }
  }
  doc.fill().restore();
}

const NAME_HEIGHT = 38;
const LOGO_BOX_WIDTH = 22 * MM;
const LOGO_INSET = 1.5 * MM;

/** The small line at the foot of a badge: the network and the event, or the event alone. */
function footerOf(input: BadgeInput): string {
  const network = input.brand?.networkName;
  return network ? `${network} · ${input.title}` : input.title;
}

/** The largest size at which the whole name fits its box: a long name shrinks rather than losing its end. */
function nameFontSize(doc: PDFKit.PDFDocument, name: string, width: number): number {
  doc.font(BOLD);
  for (const size of [15, 13, 11.5, 10]) {
    if (doc.fontSize(size).heightOfString(name, { width }) <= NAME_HEIGHT) {
      return size;
    }
  }
  return 9;
}

function drawBadge(
  doc: PDFKit.PDFDocument,
  input: BadgeInput,
  person: BadgeInput['people'][number],
  locale: Locale,
  x: number,
  y: number,
): void {
  const { width, height } = BADGE_LAYOUT;
  const sector = input.sectors.find((s) => s.key === person.sector);
  const colour = sectorColour(
    input.sectors.map((s) => s.key),
    person.sector,
  );
  doc.save().lineWidth(0.5).strokeColor('#9E9E9E').rect(x, y, width, height).stroke().restore();
  doc.save().rect(x, y, width, BAND).fill(colour).restore();
  const logo = input.brand?.logo ?? null;
  if (logo) {
    // On a white box, so a logo in any colour reads on any sector colour.
    const boxX = x + width - PAD - LOGO_BOX_WIDTH;
    doc
      .save()
      .rect(boxX, y + LOGO_INSET, LOGO_BOX_WIDTH, BAND - 2 * LOGO_INSET)
      .fill('#FFFFFF')
      .restore();
    doc.image(logo, boxX + LOGO_INSET, y + 2 * LOGO_INSET, {
      fit: [LOGO_BOX_WIDTH - 2 * LOGO_INSET, BAND - 4 * LOGO_INSET],
      align: 'center',
      valign: 'center',
    });
  }
  doc
    .font(BOLD)
    .fontSize(9)
    .fillColor('#FFFFFF')
    .text(printableText(sector?.label[locale] ?? person.sector), x + PAD, y + BAND / 2 - 4.5, {
      width: width - 2 * PAD - (logo ? LOGO_BOX_WIDTH + PAD : 0),
      height: 11,
      lineBreak: false,
      ellipsis: true,
    });
  const textWidth = width - 3 * PAD - QR_SIZE;
  const name = printableText(
    [person.academicTitle, person.firstName, person.lastName].filter(Boolean).join(' '),
  );
  doc
    .font(BOLD)
    .fontSize(nameFontSize(doc, name, textWidth))
    .fillColor('#000000')
    .text(name, x + PAD, y + BAND + PAD, { width: textWidth, height: NAME_HEIGHT, ellipsis: true });
  doc
    .font(REGULAR)
    .fontSize(10)
    .fillColor('#222222')
    .text(printableText(person.organization), { width: textWidth, height: 26, ellipsis: true });
  doc
    .font(REGULAR)
    .fontSize(7)
    .fillColor('#555555')
    .text(printableText(footerOf(input)), x + PAD, y + height - PAD - 8, {
      width: textWidth,
      height: 9,
      lineBreak: false,
      ellipsis: true,
    });
  drawQr(
    doc,
    person.ticketCode,
    x + width - PAD - QR_SIZE,
    y + BAND + (height - BAND - QR_SIZE) / 2,
    QR_SIZE,
  );
}

/** Renders the badges: name, organization, sector band with its label and the ticket's QR code. */
export async function renderBadges(input: BadgeInput, locale: Locale): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    lang: locale,
    info: {
      Title: `${TEXTS[locale].title} – ${input.title}`,
      Author: input.brand?.networkName ?? 'CrossDialog',
      Creator: 'CrossDialog',
    },
  });
  const fonts = badgeFontFiles();
  doc.registerFont(REGULAR, fonts.regular);
  doc.registerFont(BOLD, fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const { columns, width, height, pageWidth, pageHeight } = BADGE_LAYOUT;
  const left = (pageWidth - columns * width) / 2;
  const top = (pageHeight - BADGE_LAYOUT.rows * height) / 2;
  if (input.people.length === 0) {
    doc.font(REGULAR).fontSize(12).text(TEXTS[locale].empty, left, top);
  }
  input.people.forEach((person, index) => {
    const slot = index % PER_PAGE;
    if (index > 0 && slot === 0) {
      doc.addPage();
    }
    const x = left + (slot % columns) * width;
    const y = top + Math.floor(slot / columns) * height;
    drawBadge(doc, input, person, locale, x, y);
  });
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}
