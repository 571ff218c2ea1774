import fs from 'node:fs';
const f = fs.readdirSync('.').find((x) => x.endsWith('.cpuprofile'));
const prof = JSON.parse(fs.readFileSync(f));
const self = new Map();
const dt = prof.timeDeltas; const byId = new Map(prof.nodes.map((n) => [n.id, n]));
prof.samples.forEach((id, i) => { const n = byId.get(id); const k = `${n.callFrame.functionName} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0)); });
[...self].sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([k, v]) => console.log((v / 1000).toFixed(0).padStart(6), k));
