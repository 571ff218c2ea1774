import { describe, expect, it } from 'vitest';
import { contrastRatio, SECTOR_PALETTE, sectorColour } from './sector-colours.js';

describe('sector colours', () => {
  it('carries white text at WCAG AA contrast on every band', () => {
    for (const colour of SECTOR_PALETTE) {
      expect(contrastRatio(colour, '#FFFFFF'), colour).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('knows the contrast of black on white', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
  });

  it('gives distinct colours to the eleven default sectors and grey to an unlisted one', () => {
    const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'];
    expect(new Set(keys.map((k) => sectorColour(keys, k))).size).toBe(11);
    expect(sectorColour(keys, 'unbekannt')).toBe('#4A4A4A');
  });
});
