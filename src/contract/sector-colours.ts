/**
 * Badge colour bands by the sector's position in the event's list. Each colour carries white text at a
 * contrast of at least 4.5:1 (WCAG AA), and neighbours differ in hue so that nearby sectors stay apart.
 */
export const SECTOR_PALETTE = [
  '#0B5394', // blue
  '#B3261E', // red
  '#1E7B34', // green
  '#6A3D9A', // purple
  '#8A4B00', // brown
  '#00696F', // teal
  '#A1266B', // magenta
  '#3D4F7D', // slate
  '#5A6500', // olive
  '#7A1F3D', // wine
  '#4A4A4A', // grey
] as const;

/** The band colour of a sector: by its index in the event's sectors, grey for a sector not listed. */
export function sectorColour(sectorKeys: string[], key: string): string {
  const index = sectorKeys.indexOf(key);
  if (index === -1) {
    return '#4A4A4A';
  }
  return SECTOR_PALETTE[index % SECTOR_PALETTE.length]!;
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** The WCAG relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** The WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}
