import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './scripts/precompress.js';

// The visitor's first page must stay within 120 kB of JavaScript (gzip, bench/web-bundle.ts): react-dom
// alone is about 60 kB of it. The components are written against React's API (React 19: ref as a
// prop), and the browser build runs them on Preact 11's compatibility layer, which implements that API
// in about 12 kB. Types and editors keep seeing React; README.md, "Web bundle", says why and how to
// switch back (delete these aliases).
const preact = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
];

export default defineConfig({
  root: 'src/web',
  plugins: [react(), precompress()],
  resolve: { alias: preact },
  build: { outDir: '../../dist/web', emptyOutDir: true, sourcemap: false },
  server: { proxy: { '/api': 'http://localhost:3000', '/healthz': 'http://localhost:3000' } },
});
