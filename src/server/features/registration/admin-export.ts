import ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import type { Locale } from '../../../contract/locale.js';
import type { RegistrationAdmin, RegistrationQuestion } from '../../../contract/registration.js';
import { csvField } from '../../csv-field.js';
import { sectorLabel } from './admin-mapping.js';
import { EXPORT_LABELS, type ExportLabels } from './admin-export-labels.js';
import type { RegistrationExportData } from './admin-service.js';

/** A wall-clock time in the event's zone (a real date in XLSX, formatted text in CSV). */
interface LocalTime {
  local: DateTime;
}
type Cell = string | number | LocalTime | null;

/** The export as a table: a header row and one row per registration, ready for CSV or XLSX. */
export interface ExportTable {
  header: string[];
  rows: Cell[][];
  labels: ExportLabels;
  fileStem: string;
}

function localTime(iso: string | null, zone: string): LocalTime | null {
  return iso ? { local: DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone) } : null;
}

function answerText(question: RegistrationQuestion, answer: unknown, locale: Locale, labels: ExportLabels) {
  const optionLabel = (key: string) => question.options.find((o) => o.key === key)?.label[locale] ?? key;
  if (typeof answer === 'boolean') {
    return answer ? labels.yes : labels.no;
  }
  if (Array.isArray(answer)) {
    return answer.map((k) => optionLabel(String(k))).join(', ');
  }
  if (typeof answer !== 'string') {
    return '';
  }
  return question.kind === 'single' ? optionLabel(answer) : answer;
}

/** Lays out the registrations as the export's table, labels and times in the given language and the event's zone. */
export function buildExportTable(data: RegistrationExportData, locale: Locale): ExportTable {
  const labels = EXPORT_LABELS[locale];
  const c = labels.columns;
  const zone = data.event.timeZone;
  const header = [
    c.status,
    c.guest,
    c.waitlistPosition,
    c.salutation,
    c.academicTitle,
    c.firstName,
    c.lastName,
    c.email,
    c.organization,
    c.position,
    c.sector,
    c.phone,
    c.topics,
    ...data.questions.map((q) => q.label[locale]),
    c.consentDirectory,
    c.consentPhotos,
    labels.timeHeader(c.requestedAt, zone),
    labels.timeHeader(c.confirmedAt, zone),
    labels.timeHeader(c.checkedInAt, zone),
  ];
  const yesNo = (value: boolean) => (value ? labels.yes : labels.no);
  const rows = data.registrations.map((r: RegistrationAdmin): Cell[] => [
    labels.status[r.status],
    yesNo(r.isGuest),
    r.waitlistPosition,
    labels.salutation[r.salutation] ?? '',
    r.academicTitle,
    r.firstName,
    r.lastName,
    r.email,
    r.organization,
    r.position,
    sectorLabel(data.event.sectorDefinitions, r.sector, locale),
    r.phone,
    r.topics.join(', '),
    ...data.questions.map((q) => answerText(q, r.answers[q.id], locale, labels)),
    yesNo(r.consents.directory),
    yesNo(r.consents.photos),
    localTime(r.requestedAt, zone),
    localTime(r.confirmedAt, zone),
    localTime(r.checkedInAt, zone),
  ]);
  return { header, rows, labels, fileStem: `${labels.fileStem}-${data.event.slug}` };
}

export { csvField };

function cellText(cell: Cell, labels: ExportLabels): string {
  if (cell === null) {
    return '';
  }
  if (typeof cell === 'object') {
    return cell.local.toFormat(labels.dateFormat.text);
  }
  return String(cell);
}

/**
 * The table as CSV for German Excel: UTF-8 with a byte order mark (so umlauts survive a double click),
 * `;` between fields (Excel's list separator under a German locale) and CRLF line ends.
 */
export function toCsv(table: ExportTable): Buffer {
  const lines = [table.header, ...table.rows].map((row) =>
    row.map((cell) => csvField(cellText(cell, table.labels))).join(';'),
  );
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** The table as an Excel workbook: typed cells (real dates in the event's wall-clock time), a frozen header, filters. */
export async function toXlsx(table: ExportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CrossDialog';
  const sheet = workbook.addWorksheet(table.labels.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(
      row.map((cell) => {
        if (cell === null || typeof cell !== 'object') {
          return cell;
        }
        // Excel dates carry no zone: write the event's wall-clock time as if it were UTC.
        const l = cell.local;
        return new Date(Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second));
      }),
    );
  }
  table.header.forEach((title, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = Math.min(40, Math.max(10, title.length + 2));
    if (table.rows.some((row) => row[index] !== null && typeof row[index] === 'object')) {
      column.numFmt = table.labels.dateFormat.excel;
      column.width = 18;
    }
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
