import { describe, expect, it } from 'vitest';
import { contrastRatio, darken, formatRatio, isHexColour } from './colour-contrast.js';

describe('colour contrast (WCAG 2)', () => {
  it('gives 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0b4f8a', '#0b4f8a')).toBe(1);
  });

  it('matches published ratios and is symmetric', () => {
    // #767676 on white is the well-known lightest grey that passes AA (4.54:1); #777777 fails (4.48:1).
    expect(formatRatio(contrastRatio('#767676', '#ffffff'))).toBe('4.54');
    expect(formatRatio(contrastRatio('#ffffff', '#777777'))).toBe('4.47');
    expect(contrastRatio('#0b4f8a', '#ffffff')).toBeGreaterThan(8);
  });

  it('rounds down so a ratio just below 4.5 never reads as 4.50', () => {
    expect(formatRatio(4.4999)).toBe('4.49');
  });

  it('checks the #rrggbb form and darkens', () => {
    expect(isHexColour('#0B4F8A')).toBe(true);
    expect(isHexColour('#0b4f8')).toBe(false);
    expect(isHexColour('red')).toBe(false);
    expect(darken('#ffffff', 0.5)).toBe('#808080');
    expect(darken('#0b4f8a', 0)).toBe('#0b4f8a');
  });
});
