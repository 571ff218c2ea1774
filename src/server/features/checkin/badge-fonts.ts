import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create } from 'fontkit';

/**
 * Noto Sans (SIL Open Font License 1.1) from the npm package @expo-google-fonts/noto-sans: Latin with every
 * Central and Eastern European letter (ř, ł, ő, ș …) and Vietnamese, Greek and Cyrillic. pdfkit embeds only
 * the glyphs a document uses (a subset of a few kilobytes), so the PDF stays small.
 */
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
} as const;

export type BadgeFontName = keyof typeof FONT_FILES;

interface LoadedFonts {
  files: Record<BadgeFontName, Buffer>;
  hasGlyph: (codePoint: number) => boolean;
}

let loaded: LoadedFonts | undefined;

function loadFonts(): LoadedFonts {
  if (loaded) {
    return loaded;
  }
  const require = createRequire(import.meta.url);
  const files = {
    regular: readFileSync(require.resolve(FONT_FILES.regular)),
    bold: readFileSync(require.resolve(FONT_FILES.bold)),
  };
  const fonts = Object.values(files).map((data) => {
    const font = create(data);
    if (!('hasGlyphForCodePoint' in font)) {
      throw new Error('A badge font file holds a font collection, not one font');
    }
    return font;
  });
  loaded = {
    files,
    hasGlyph: (codePoint) => fonts.every((font) => font.hasGlyphForCodePoint(codePoint)),
  };
  return loaded;
}

/** The badge fonts' TrueType files, read once from node_modules, for `doc.registerFont`. */
export function badgeFontFiles(): Record<BadgeFontName, Buffer> {
  return loadFonts().files;
}

/**
 * The text as the badge fonts can print it. Every letter the fonts have stays as it is; a letter they lack
 * loses its accents if its base letter exists, and otherwise prints as "?". Scripts outside Latin, Greek
 * and Cyrillic (Chinese, Japanese, Korean, Arabic, Hebrew, Devanagari …) therefore print as question marks:
 * a font for them would add tens of megabytes and needs right-to-left layout for Arabic and Hebrew.
 */
export function printableText(text: string): string {
  const { hasGlyph } = loadFonts();
  const printable = (s: string) => [...s].every((ch) => hasGlyph(ch.codePointAt(0) ?? 0));
  return [...text.normalize('NFC')]
    .map((ch) => {
      if (printable(ch)) {
        return ch;
      }
      const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
      return base.length > 0 && printable(base) ? base : '?';
    })
    .join('');
}
