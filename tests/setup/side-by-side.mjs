// Runs npm scripts at the same time and fails when one fails. Lint and the type check each keep one core busy,
// so on two cores together they take as long as the slower one instead of both in turn. Each script's output
// is printed whole when all have ended, so their lines do not interleave.
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
// Under npm, npm_execpath is npm's own script: the same npm runs the scripts, on any system.
const npm = process.env.npm_execpath
  ? { command: process.execPath, args: [process.env.npm_execpath] }
  : { command: 'npm', args: [] };

function run(script) {
  return new Promise((resolve) => {
    const child = spawn(npm.command, [...npm.args, 'run', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => resolve({ script, code: 1, output: `${error.message}\n` }));
    child.on('close', (code) => resolve({ script, code, output: Buffer.concat(output).toString() }));
  });
}

const results = await Promise.all(scripts.map(run));
for (const { output } of results) process.stdout.write(output);
const failed = results.filter(({ code }) => code !== 0).map(({ script }) => script);
if (failed.length > 0) console.error(`Mislukt: ${failed.join(', ')}`);
process.exit(failed.length > 0 ? 1 : 0);
