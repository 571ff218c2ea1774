import { build } from 'vite';
process.env.NODE_ENV = 'production';
const wanted = process.argv[2] ?? 'index';
await build({
  configFile: 'vite.config.ts', logLevel: 'warn',
  build: { outDir: '/tmp/speed-analyze', emptyOutDir: true, write: false },
  plugins: [{
    name: 'analyze',
    generateBundle(_o, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.fileName.includes(wanted)) continue;
        const groups = new Map<string, number>();
        for (const [id, m] of Object.entries(chunk.modules)) {
          let key = id.replace(/.*node_modules\//, 'nm:').replace(process.cwd(), '');
          if (key.startsWith('nm:')) { const parts = key.slice(3).split('/'); key = 'nm:' + (parts[0]!.startsWith('@') ? parts.slice(0,2).join('/') : parts[0]); }
          else key = key.replace(/\/[^/]+$/, '/');
          groups.set(key, (groups.get(key) ?? 0) + m.renderedLength);
        }
        console.log('==', chunk.fileName, chunk.code.length);
        for (const [k, v] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((v/1024).toFixed(1).padStart(8), k);
      }
    },
  }],
});
