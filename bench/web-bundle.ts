// What a visitor's browser downloads: builds the web app (production, with the Vite manifest) into a
// temporary directory, prints every JS chunk with raw and gzip size, then the JS a first visit of a few
// routes loads (the entry chunk plus the route's lazily loaded page chunks and their static imports,
// which Vite preloads together, and the text namespaces the page fetches, in German). It checks that
// organizer-only code stays out of the entry chunk and that a visitor's first visit of the public pages
// (event list, event page with its registration form) stays within PUBLIC_LIMIT_KB of gzipped JS, and
// exits non-zero if not. Run it with `npx tsx bench/web-bundle.ts`, or
// `npx tsx bench/web-bundle.ts <dir>` to read an existing build made with `vite build --manifest`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** The most JavaScript (gzip) a visitor's first visit of a public page may load (issue 13). */
const PUBLIC_LIMIT_KB = 120;

// The text namespaces (i18n/<lang>/<ns>.json, one chunk each) a page fetches in the visitor's language.
const texts = (...namespaces: string[]) => namespaces.map((ns) => `i18n/de/${ns}.json`);

// A first visit of each route: the page modules its route table entry loads lazily and the texts it
// fetches (keys of the manifest, relative to src/web). Modules missing from the manifest are inside the
// entry chunk.
const ROUTES: Record<string, string[]> = {
  '/events/:slug (event page, registration)': [
    'features/events/event-page.tsx',
    ...texts('events', 'registration', 'program', 'islands', 'networking', 'retrospective', 'my-events'),
  ],
  '/ (event list)': ['features/events/events-page.tsx', ...texts('events')],
  '/sessions/:id/live (live Q&A)': ['features/live/participant-page.tsx', ...texts('live-qa')],
  '/sessions/:id/screen (hall screen)': ['features/live/screen-page.tsx', ...texts('live-qa')],
  '/admin/events (organizer area)': [
    'features/admin/admin-layout.tsx',
    'features/events/admin-events-page.tsx',
  ],
  '/admin/events/:id/checkin (desk)': [
    'features/admin/admin-layout.tsx',
    'features/checkin/checkin-page.tsx',
  ],
  '/admin/events/:id/dashboard (charts)': [
    'features/admin/admin-layout.tsx',
    'features/dashboard/dashboard-page.tsx',
  ],
};

// The public pages held to PUBLIC_LIMIT_KB.
const PUBLIC_ROUTES = ['/events/:slug (event page, registration)', '/ (event list)'];

// Organizer-only code that a participant must never download with the entry chunk.
const NOT_IN_ENTRY = [
  'features/admin/admin-layout.tsx',
  'features/checkin/checkin-page.tsx',
  'features/dashboard/dashboard-page.tsx',
  'features/live/moderator-page.tsx',
  'features/live/screen-page.tsx',
];

async function build(): Promise<{ dir: string; cleanup: () => void }> {
  const given = process.argv[2];
  if (given) {
    return { dir: path.resolve(given), cleanup: () => {} };
  }
  // What `npm start` serves: React's production build.
  process.env.NODE_ENV = 'production';
  const { build: viteBuild } = await import('vite');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdialog-web-bundle-'));
  await viteBuild({
    configFile: path.resolve('vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: dir, emptyOutDir: true, manifest: true, chunkSizeWarningLimit: 10_000 },
  });
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

const kB = (bytes: number) => (bytes / 1024).toFixed(1);

function main(manifest: Manifest, dir: string): boolean {
  const sizes = new Map<string, { raw: number; gzip: number }>();
  const size = (file: string) => {
    let known = sizes.get(file);
    if (!known) {
      const content = fs.readFileSync(path.join(dir, file));
      known = { raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
      sizes.set(file, known);
    }
    return known;
  };
  // A chunk and everything it imports statically (what loading it fetches).
  const closure = (key: string, into = new Set<string>()): Set<string> => {
    const chunk = manifest[key];
    if (!chunk || into.has(chunk.file)) {
      return into;
    }
    into.add(chunk.file);
    for (const imported of chunk.imports ?? []) {
      closure(imported, into);
    }
    return into;
  };
  const total = (files: Iterable<string>) => {
    let raw = 0;
    let gzip = 0;
    for (const file of files) {
      raw += size(file).raw;
      gzip += size(file).gzip;
    }
    return { raw, gzip };
  };

  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entryKey) {
    throw new Error('The manifest names no entry chunk.');
  }
  const entry = closure(entryKey);
  const chunks = Object.values(manifest).filter((c) => c.file.endsWith('.js'));
  const rows = chunks
    .map((c) => ({ ...c, ...size(c.file) }))
    .sort((a, b) => b.raw - a.raw)
    .map((c) => [
      c.file,
      c.isEntry ? 'entry' : c.isDynamicEntry ? 'lazy' : entry.has(c.file) ? 'entry (shared)' : 'shared',
      kB(c.raw),
      kB(c.gzip),
    ]);
  const all = total(chunks.map((c) => c.file));
  printTable(['chunk', 'kind', 'raw kB', 'gzip kB'], [...rows, ['all JS', '', kB(all.raw), kB(all.gzip)]]);

  console.log('');
  const entryTotal = total(entry);
  const routeRows = [
    ['entry chunk and its imports', String(entry.size), kB(entryTotal.raw), kB(entryTotal.gzip)],
  ];
  const routeGzip = new Map<string, number>();
  for (const [route, modules] of Object.entries(ROUTES)) {
    const files = new Set(entry);
    for (const module of modules) {
      if (!manifest[module] && module.startsWith('i18n/')) {
        throw new Error(`${module} is not a chunk of its own: are the texts bundled eagerly again?`);
      }
      closure(module, files);
    }
    const sum = total(files);
    routeGzip.set(route, sum.gzip);
    routeRows.push([route, String(files.size), kB(sum.raw), kB(sum.gzip)]);
  }
  printTable(['first visit of', 'JS files', 'raw kB', 'gzip kB'], routeRows);

  console.log('');
  let ok = true;
  for (const route of PUBLIC_ROUTES) {
    const gzip = routeGzip.get(route) ?? 0;
    const within = gzip <= PUBLIC_LIMIT_KB * 1024;
    ok &&= within;
    console.log(
      `${within ? 'ok  ' : 'FAIL'} ${route}: ${kB(gzip)} kB gzip, limit ${PUBLIC_LIMIT_KB} kB (${((100 * gzip) / (PUBLIC_LIMIT_KB * 1024)).toFixed(0)} %)`,
    );
  }
  for (const module of NOT_IN_ENTRY) {
    const chunk = manifest[module];
    const separate = chunk !== undefined && !entry.has(chunk.file);
    ok &&= separate;
    console.log(
      `${separate ? 'ok  ' : 'FAIL'} ${module} ${separate ? 'loads in its own chunk' : 'is in the entry chunk'}`,
    );
  }
  return ok;
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log(line(header));
  console.log(`| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`);
  for (const row of rows) {
    console.log(line(row));
  }
}

const { dir, cleanup } = await build();
try {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const ok = main(manifest, dir);
  process.exitCode = ok ? 0 : 1;
} finally {
  cleanup();
}
