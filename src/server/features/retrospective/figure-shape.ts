import {
  MIN_GROUP_SIZE,
  type Figure,
  type FigureItem,
  type FigureKey,
} from '../../../contract/retrospective.js';
import type { Locale } from '../../../contract/locale.js';
import { DEFAULT_SECTORS, type SectorDefinition } from '../../../contract/sectors.js';

/** A figure with nothing in it yet; the computations fill in what they know. */
export function emptyFigure(key: FigureKey, groupSize: number): Figure {
  return {
    key,
    groupSize,
    suppressed: false,
    reason: null,
    basis: null,
    value: null,
    percent: null,
    items: [],
    groups: [],
    hiddenItems: 0,
  };
}

/** Strips every number from a figure about fewer than MIN_GROUP_SIZE people (or about nobody). */
export function guardGroup(figure: Figure): Figure {
  if (figure.groupSize >= MIN_GROUP_SIZE) {
    return figure;
  }
  return {
    ...emptyFigure(figure.key, figure.groupSize),
    basis: figure.basis,
    suppressed: true,
    reason: figure.groupSize === 0 ? 'no-data' : 'small-group',
  };
}

/** A whole-number percentage, or null without a base. */
export function percentOf(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 100) : null;
}

/** A line whose count is withheld (value and percent null) when it describes fewer than MIN_GROUP_SIZE. */
export function countItem(label: string, count: number, whole: number): FigureItem {
  if (count < MIN_GROUP_SIZE) {
    return { label, value: null, percent: null };
  }
  return { label, value: count, percent: percentOf(count, whole) };
}

/**
 * One side of a yes/no answer: withheld like `countItem`, and also when the other side is one or two
 * people, because the published total would give that small side away (5 answers, "80 %" = one "no").
 */
export function shareItem(label: string, count: number, whole: number): FigureItem {
  const rest = whole - count;
  if (rest > 0 && rest < MIN_GROUP_SIZE) {
    return { label, value: null, percent: null };
  }
  return countItem(label, count, whole);
}

/** Database counts come back as number (SQLite) or string (PostgreSQL bigint). */
export function toCount(value: unknown): number {
  return typeof value === 'number' ? value : Number(value ?? 0);
}

/** The label of a sector key in the event's list (or the default list), the key itself when unknown. */
export function sectorLabel(sectors: readonly SectorDefinition[], key: string, locale: Locale): string {
  const found = sectors.find((s) => s.key === key) ?? DEFAULT_SECTORS.find((s) => s.key === key);
  return found ? found.label[locale] : key;
}

/** Parses an event's stored sector list; the default list when it is empty or unreadable. */
export function parseSectors(json: string | null | undefined): readonly SectorDefinition[] {
  try {
    const list = JSON.parse(json ?? '[]') as SectorDefinition[];
    return Array.isArray(list) && list.length > 0 ? list : DEFAULT_SECTORS;
  } catch {
    return DEFAULT_SECTORS;
  }
}
