// Runs the whole suite (unit, database, browser), lists the slowest tests and closes with one plain
// line "N passed, N failed". The JSON report stays in test-results/vitest.json for
// `node scripts/slowest-tests.mjs`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const report = path.resolve('test-results', 'vitest.json');
fs.mkdirSync(path.dirname(report), { recursive: true });
fs.rmSync(report, { force: true });
const args = [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
];
const result = spawnSync('npx', args, { stdio: 'inherit', env: process.env });

let passed = 0;
let failed = 0;
let skipped = 0;
if (fs.existsSync(report)) {
  const data = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = data.numPassedTests ?? 0;
  failed =
    (data.numFailedTests ?? 0) +
    (data.testResults ?? []).filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
  skipped = (data.numPendingTests ?? 0) + (data.numTodoTests ?? 0);
} else {
  failed = 1;
}
if (fs.existsSync(report)) {
  spawnSync(process.execPath, ['scripts/slowest-tests.mjs', report], { stdio: 'inherit' });
}
const code = result.status !== 0 || failed > 0 || passed === 0 ? 1 : 0;
if (code !== 0 && failed === 0) {
  failed = 1;
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(code);
