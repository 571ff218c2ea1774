import { DateTime } from 'luxon';
import type { Locale } from '../../../contract/locale.js';
import { csvField } from '../../csv-field.js';

// Questions are the audience's text: every cell goes through the one formula-safe quoting.
export { csvField };

/** Rows as CSV for German Excel: UTF-8 with a byte order mark, `;` between fields, CRLF line ends. */
export function toCsv(rows: (string | number)[][]): Buffer {
  const lines = rows.map((row) => row.map((cell) => csvField(String(cell))).join(';'));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** An instant as wall-clock time in the event's zone, the way the locale writes it. */
export function localTime(iso: string | null, zone: string, locale: Locale): string {
  if (!iso) {
    return '';
  }
  const time = DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone);
  return time.toFormat(locale === 'de' ? 'dd.MM.yyyy HH:mm' : 'yyyy-MM-dd HH:mm');
}

/** A file name stem from a title: letters, digits and dashes only. */
export function fileStem(prefix: string, title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return slug ? `${prefix}-${slug}` : prefix;
}
