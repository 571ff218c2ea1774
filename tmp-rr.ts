import { build } from 'vite';
import { gzipSync } from 'node:zlib';
process.env.NODE_ENV = 'production';
for (const f of ['a', 'b']) {
  const out = await build({ configFile: false, logLevel: 'silent', root: '/work/wt-speed/tmp-rr-exp', build: { write: false, lib: { entry: `/work/wt-speed/tmp-rr-exp/${f}.tsx`, formats: ['es'] }, rollupOptions: { external: ['react', 'react-dom', 'react/jsx-runtime'] } } });
  const o = (Array.isArray(out) ? out[0] : out) as any;
  for (const c of o.output) if (c.type === 'chunk') console.log(f, (c.code.length/1024).toFixed(1), (gzipSync(c.code,{level:9}).length/1024).toFixed(1));
}
