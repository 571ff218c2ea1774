import { inflateSync } from 'node:zlib';

/**
 * The text a PDF viewer would copy out of a pdfkit document: each text object (BT … ET) becomes one line,
 * its glyph codes mapped to characters through the font's ToUnicode CMap. Enough for pdfkit's output
 * (Type 0 fonts with Identity-H codes, Flate streams); anything else throws rather than guessing.
 */
export function extractPdfText(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const toUnicodeByResource = new Map<string, Map<number, string>>();
  for (const { dict } of objects.values()) {
    for (const fontsDict of dict.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
      for (const [, name, ref] of (fontsDict[1] ?? '').matchAll(/\/(\S+?)\s+(\d+) 0 R/g)) {
        const fontDict = objects.get(Number(ref))?.dict ?? '';
        const cmapRef = /\/ToUnicode (\d+) 0 R/.exec(fontDict)?.[1];
        const cmap = cmapRef ? objects.get(Number(cmapRef))?.stream : undefined;
        if (name && cmap) {
          toUnicodeByResource.set(name, parseToUnicode(cmap.toString('latin1')));
        }
      }
    }
  }
  const lines: string[] = [];
  for (const { dict, stream } of objects.values()) {
    if (!stream || /\/(Type|Subtype|Length1)\b/.test(dict) || stream.includes('begincmap')) {
      continue; // only page content: not font files, CMaps or images
    }
    for (const block of stream.toString('latin1').matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
      let cmap: Map<number, string> | undefined;
      let line = '';
      const ops = /\/(\S+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>|\((?:[^()\\]|\\.)*\)/g;
      for (const [op, font, hex] of (block[1] ?? '').matchAll(ops)) {
        if (font !== undefined) {
          cmap = toUnicodeByResource.get(font);
          if (!cmap) {
            throw new Error(`font /${font} has no ToUnicode CMap (a PDF standard font, WinAnsi only?)`);
          }
        } else if (hex !== undefined && cmap) {
          for (let i = 0; i + 4 <= hex.length; i += 4) {
            line += cmap.get(parseInt(hex.slice(i, i + 4), 16)) ?? '\uFFFD';
          }
        } else {
          throw new Error(`unexpected text operand ${op}`);
        }
      }
      lines.push(line);
    }
  }
  return lines;
}

function readObjects(pdf: Buffer): Map<number, { dict: string; stream?: Buffer }> {
  const objects = new Map<number, { dict: string; stream?: Buffer }>();
  const text = pdf.toString('latin1');
  const header = /(\d+) 0 obj\b/g;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const from = match.index + match[0].length;
    const end = text.indexOf('endobj', from);
    const streamAt = text.indexOf('stream\n', from);
    if (streamAt < 0 || streamAt > end) {
      objects.set(Number(match[1]), { dict: text.slice(from, end) });
      continue;
    }
    // Binary stream data may contain anything, "endobj" too: skip it by its declared length.
    const dict = text.slice(from, streamAt);
    const start = streamAt + 'stream\n'.length;
    const raw = pdf.subarray(start, start + Number(/\/Length (\d+)/.exec(dict)?.[1]));
    const stream = dict.includes('/FlateDecode') ? inflateSync(raw) : raw;
    objects.set(Number(match[1]), { dict, stream });
    header.lastIndex = start + raw.length;
  }
  return objects;
}

function utf16(spacedHex: string): string {
  const hex = spacedHex.replace(/\s/g, '');
  const units: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) {
    units.push(parseInt(hex.slice(i, i + 4), 16));
  }
  return String.fromCharCode(...units);
}

function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const ranges = /<(\w+)>\s*<(\w+)>\s*(\[[^\]]*\]|<[\w\s]+>)/g;
    for (const [, from, to, target] of (section[1] ?? '').matchAll(ranges)) {
      const first = parseInt(from ?? '', 16);
      const last = parseInt(to ?? '', 16);
      if (target?.startsWith('[')) {
        // A ligature maps to several characters: <0066 0069> is "fi".
        [...target.matchAll(/<([\w\s]+)>/g)].forEach(([, dest], i) => map.set(first + i, utf16(dest ?? '')));
      } else {
        const base = utf16(target?.slice(1, -1) ?? '');
        for (let code = first; code <= last; code += 1) {
          const shifted =
            base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + code - first);
          map.set(code, shifted);
        }
      }
    }
  }
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, dest] of (section[1] ?? '').matchAll(/<(\w+)>\s*<([\w\s]+)>/g)) {
      map.set(parseInt(code ?? '', 16), utf16(dest ?? ''));
    }
  }
  return map;
}
