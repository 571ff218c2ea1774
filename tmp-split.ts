import { build } from 'vite';
import { gzipSync } from 'node:zlib';
process.env.NODE_ENV = 'production';
const out = await build({
  configFile: 'vite.config.ts', logLevel: 'silent',
  build: { write: false, rollupOptions: { output: { manualChunks(id: string) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id); if (m) return 'nm-' + m[1]!.replace('/', '_');
    const i = /src\/web\/i18n\/(\w+)\//.exec(id); if (i) return 'i18n-' + i[1];
    return undefined; } } } },
});
const outputs = (Array.isArray(out) ? out[0] : out) as any;
for (const c of outputs.output) if (c.type === 'chunk' && (c.fileName.includes('nm-') || c.fileName.includes('i18n-') || c.isEntry)) console.log(c.fileName.padEnd(50), (c.code.length/1024).toFixed(1).padStart(7), (gzipSync(c.code,{level:9}).length/1024).toFixed(1).padStart(7));
