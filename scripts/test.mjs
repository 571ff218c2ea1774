// Runs the whole suite (unit, database, browser) and closes with one plain line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'crossdialog-vitest-')), 'report.json');
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
const code = result.status !== 0 || failed > 0 || passed === 0 ? 1 : 0;
if (code !== 0 && failed === 0) {
  failed = 1;
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(code);
