import fs from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Files worth compressing: text. Images and fonts (woff2) are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt|map)$/;
/** Below this a compressed copy saves less than the round trip costs (the server's threshold too). */
const MIN_BYTES = 1024;

/** Writes `<file>.br` and `<file>.gz` beside a file, when they are smaller than the file. */
export function precompressFile(file: string): void {
  const content = fs.readFileSync(file);
  if (content.length < MIN_BYTES) {
    return;
  }
  // Made once per build, so the slowest, smallest settings are worth it.
  const br = brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
  const gzip = gzipSync(content, { level: 9 });
  if (br.length < content.length) {
    fs.writeFileSync(`${file}.br`, br);
  }
  if (gzip.length < content.length) {
    fs.writeFileSync(`${file}.gz`, gzip);
  }
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/**
 * A Vite plugin that precompresses the build: the server sends the .br or .gz file by the request's
 * Accept-Encoding (@fastify/static's preCompressed), so serving a chunk costs no compression.
 */
export function precompress(): Plugin {
  return {
    name: 'crossdialog-precompress',
    apply: 'build',
    // After the files are written, including those Vite copies from public/ (a build that only
    // returns its output in memory writes none and calls no writeBundle).
    writeBundle(options) {
      if (!options.dir) {
        return;
      }
      for (const file of walk(options.dir)) {
        if (COMPRESSIBLE.test(file)) {
          precompressFile(file);
        }
      }
    },
  };
}
