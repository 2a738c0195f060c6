import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The README promises that its test command is what CI runs. These checks keep .ci/run and the README from
 * drifting apart, and catch the script mistakes that would otherwise only show up on the CI machine.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');
const ci = readFileSync(`${root}.ci/run`, 'utf8');
const package_ = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: Record<string, string> };

function readmeTestCommand(): string {
  const section = readme.split(/^## /m).find((s) => s.startsWith('Test it'));
  const command = section?.match(/```sh\n([^\n]+)\n```/)?.[1];
  if (!command) throw new Error('README.md has no ```sh block under "## Test it"');
  return command;
}

const ciLines = ci.split('\n').map((l) => l.trim());

describe('.ci/run', () => {
  it('runs the README test command verbatim', () => {
    expect(ciLines).toContain(readmeTestCommand());
  });

  it('installs from the lockfile, builds, then tests, in that order', () => {
    const command = readmeTestCommand();
    expect(command).toMatch(/^npm ci && npm run build && npm test$/);
  });

  it('is strict bash, executable and syntactically valid', () => {
    expect(ci.startsWith('#!/usr/bin/env bash\n')).toBe(true);
    expect(ciLines).toContain('set -euo pipefail');
    expect(statSync(`${root}.ci/run`).mode & 0o111).not.toBe(0);
    expect(spawnSync('bash', ['-n', `${root}.ci/run`]).status).toBe(0);
  });

  it('blocks the Electron download before anything is installed or run', () => {
    const exportAt = ciLines.indexOf('export ELECTRON_OVERRIDE_DIST_PATH=/nonexistent');
    const installAt = ciLines.findIndex((l) => l.startsWith('npm ci'));
    expect(exportAt).toBeGreaterThan(-1);
    expect(exportAt).toBeLessThan(installAt);
  });

  it('uses only scripts that exist', () => {
    const used = [...ci.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1] ?? '');
    for (const script of used) expect(Object.keys(package_.scripts)).toContain(script);
  });
});

describe('README.md', () => {
  it('keeps the Simulator section for the engine documentation', () => {
    expect(readme).toMatch(/^## Simulator$/m);
  });
});
