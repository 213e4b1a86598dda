// `npm run test:stress [-- --repeat N] [-- --no-build]`: the end-to-end suite on a busy machine, to find tests
// that only pass when the machine is quiet. Not part of `npm test`.
//
// 1. builds the site (unless --no-build) and makes sure there is a test browser;
// 2. keeps one core busy with a background process that stops by itself (bounded in time) or at the end;
// 3. runs the whole end-to-end suite once, then its eight slowest tests --repeat-each N times, each run with one
//    retry, so a test that fails and then passes is reported as flaky instead of hidden;
// 4. prints the flaky and failing tests and the ten slowest, and exits non-zero when there is any.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    repeat: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
    'hog-minutes': { type: 'string', default: '45' },
  },
});
const repeat = Number(values.repeat);
/** How many of the slowest tests the second pass repeats. */
const LONGEST = 8;
const hogMinutes = Number(values['hog-minutes']);
if (!Number.isInteger(repeat) || repeat < 1 || !(hogMinutes > 0)) {
  console.error('Gebruik: npm run test:stress -- [--repeat 3] [--hog-minutes 45] [--no-build]');
  process.exit(2);
}

const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

if (!values['no-build'] && run('npm', ['run', 'build']) !== 0) process.exit(1);
if (run('node', ['tests/setup/ensure-browser.mjs']) !== 0) process.exit(1);

// One busy core, for at most `hogMinutes`: the loop checks the clock, so it ends even if this script is killed.
const hog = spawn(
  process.execPath,
  ['-e', `const end = Date.now() + ${hogMinutes * 60_000}; while (Date.now() < end) {}`],
  { stdio: 'ignore' },
);
const stopHog = () => hog.exitCode === null && hog.kill();
process.on('exit', stopHog);
process.on('SIGINT', () => process.exit(130));
console.log(`Achtergrondproces ${hog.pid} houdt één kern bezig (hoogstens ${hogMinutes} minuten).`);

mkdirSync('test-results', { recursive: true });
const started = Date.now();

/** Runs the suite (or the tests at the given `file:line` places) with one retry; returns each test's outcome. */
function runPass(name, args, report) {
  console.log(`\n== ${name} ==`);
  // A test that fails here is hard to catch again, so each failure keeps its trace.
  run('npx', ['playwright', 'test', '--retries', '1', '--reporter', 'list,json', ...args], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: report,
    E2E_TRACE: '1',
  });
  return testsOf(JSON.parse(readFileSync(report, 'utf8')));
}

const suite = runPass('volledige suite', [], 'test-results/stress-suite.json');
const longest = [...suite].sort((a, b) => b.slowestRun - a.slowestRun).slice(0, LONGEST);
const repeated = runPass(
  `de ${longest.length} traagste tests, elk ${repeat} keer`,
  [...longest.map((test) => test.place), '--repeat-each', String(repeat)],
  'test-results/stress-longest.json',
);
const outcomes = [...suite, ...repeated];
stopHog();

const flaky = outcomes.filter((test) => test.status === 'flaky');
const failed = outcomes.filter((test) => test.status === 'unexpected');
const slowest = [...outcomes].sort((a, b) => b.slowestRun - a.slowestRun).slice(0, 10);

console.log(`\n== Resultaat (${((Date.now() - started) / 60_000).toFixed(1)} minuten, één kern bezet) ==`);
console.log(`${outcomes.length} testuitvoeringen, ${flaky.length} wisselvallig, ${failed.length} mislukt.`);
for (const test of flaky) console.log(`  wisselvallig: ${test.title}`);
for (const test of failed) console.log(`  mislukt:      ${test.title}`);
console.log('Traagste uitvoeringen:');
for (const test of slowest)
  console.log(`  ${(test.slowestRun / 1000).toFixed(1).padStart(6)} s  ${test.title}`);
process.exit(flaky.length + failed.length === 0 ? 0 : 1);

/** Every test run in a Playwright JSON report: where it is, its title, outcome and its slowest attempt. */
function testsOf(report) {
  const found = [];
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        found.push({
          place: `${relative(process.cwd(), join(report.config.rootDir, spec.file))}:${spec.line}`,
          title: `${spec.file}:${spec.line} ${spec.title}`,
          status: test.status,
          slowestRun: Math.max(0, ...test.results.map((result) => result.duration)),
        });
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites) visit(suite);
  return found;
}
