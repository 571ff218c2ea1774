// Lists the slowest tests (and test files) of a Vitest JSON report, slowest first.
//   node scripts/slowest-tests.mjs [report.json] [--top N] [--over SECONDS]
// Without a path it reads the report `npm test` keeps (test-results/vitest.json). A test marked
// with "!" takes longer than --over seconds (default 5): docs/testing.md says why each of those may.
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
function option(name, fallback) {
  const index = args.indexOf(name);
  if (index === -1) {
    return fallback;
  }
  const [, value] = args.splice(index, 2);
  return Number(value);
}
const top = option('--top', 20);
const over = option('--over', 5);
const file = args[0] ?? 'test-results/vitest.json';
if (!fs.existsSync(file)) {
  console.error(`No report at ${file}. Run \`npm test\` first, or name a report made with --reporter=json.`);
  process.exit(1);
}

const report = JSON.parse(fs.readFileSync(file, 'utf8'));
const root = process.cwd() + path.sep;
const tests = [];
const files = [];
for (const result of report.testResults ?? []) {
  const name = result.name.startsWith(root) ? result.name.slice(root.length) : result.name;
  files.push({
    name,
    seconds: (result.endTime - result.startTime) / 1000,
    count: result.assertionResults.length,
  });
  for (const test of result.assertionResults) {
    tests.push({ file: name, title: test.fullName ?? test.title, seconds: (test.duration ?? 0) / 1000 });
  }
}

const seconds = (s) => `${s.toFixed(1).padStart(6)} s`;
console.log(`The ${top} slowest tests (! = over ${over} s):`);
for (const test of tests.sort((a, b) => b.seconds - a.seconds).slice(0, top)) {
  console.log(`${test.seconds > over ? '!' : ' '} ${seconds(test.seconds)}  ${test.file} › ${test.title}`);
}
console.log(`\nThe ${Math.min(top, files.length)} slowest files (set-up and tests):`);
for (const entry of files.sort((a, b) => b.seconds - a.seconds).slice(0, top)) {
  console.log(`  ${seconds(entry.seconds)}  ${entry.name} (${entry.count} tests)`);
}
const total = tests.reduce((sum, t) => sum + t.seconds, 0);
console.log(
  `\n${tests.length} tests in ${files.length} files; ${total.toFixed(0)} s in tests over all workers.`,
);
