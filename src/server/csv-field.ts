/**
 * A cell as CSV text that no spreadsheet runs as a formula and no importer splits (CSV injection).
 *
 * Text whose first non-blank character is = + - @ (or that starts with a tab or carriage return) gets a
 * leading apostrophe, so the spreadsheet shows it as text. Every field holding a separator any importer
 * may choose (`;`, `,`, tab), a quote or a line break is quoted: otherwise a program that reads the file
 * comma-separated would split "Müller,=HYPERLINK(…)" and start a new cell with the formula.
 */
export function csvField(value: string): string {
  const neutralized = /^(?:[\t\r]|[\s\u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20])/.test(value)
    ? `'${value}`
    : value;
  return /[;,"\t\r\n]/.test(neutralized) ? `"${neutralized.replace(/"/g, '""')}"` : neutralized;
}
