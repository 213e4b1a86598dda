// `npm run bench [-- --scale N] [-- --grep Lighthouse]`: builds the site, then measures it
// (playwright.bench.config.ts). `--grep` runs only the measurements whose name matches, then the budget check on
// what they measured. Exits non-zero when a budget in tests/bench/budgets.json is broken.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

// `--grep <pattern>` runs only the measurements whose names match, e.g. `npm run bench -- --grep layout`.
const { values } = parseArgs({
  options: { scale: { type: 'string', default: '1' }, grep: { type: 'string' } },
});
const scale = Number(values.scale);
if (!Number.isInteger(scale) || scale < 1) {
  console.error('--scale takes a whole number of 1 or more, e.g. --scale 2');
  process.exit(2);
}

const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npm', ['run', 'build']);
run('node', ['tests/setup/ensure-browser.mjs']);
// The budget check is the last test of the serial file; a narrowed run still ends with it.
const grep = values.grep ? ['--grep', `(${values.grep})|results against the budgets`] : [];
run('npx', ['playwright', 'test', '--config', 'playwright.bench.config.ts', ...grep], {
  BENCH_SCALE: String(scale),
});
