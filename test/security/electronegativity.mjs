#!/usr/bin/env node
/*
 * Electronegativity over the sources (electron/ and renderer/), gated: its CLI exits 0 whatever it finds, so
 * this uses its API and fails on any finding of MEDIUM severity or above that is not merely flagged for manual
 * review. AvailableSecurityFixesGlobalCheck is excluded because it fetches Electron release data from GitHub,
 * which CI cannot reach (and a dropped connection would hang it). Part of `npm test`.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const electronegativity = require('@doyensec/electronegativity');
const run = typeof electronegativity === 'function' ? electronegativity : electronegativity.default;
const pkg = require(resolve(root, 'package.json'));

const MEDIUM = 2; // electronegativity's severity scale: INFORMATIONAL 0, LOW 1, MEDIUM 2, HIGH 3, CRITICAL 4
const excludeFromScan = ['AvailableSecurityFixesGlobalCheck'];
const electronVersion = pkg.devDependencies.electron.replace(/^[^\d]*/, '');

// Global checks (navigation limits, permission handler, CSP) judge the app as a whole, so both folders are
// scanned together: a copy holding just them, so tests, build output and configs stay out of the verdict.
const scanRoot = mkdtempSync(join(tmpdir(), 'limber-electronegativity-'));
let result;
try {
  // Other folders may be named on the command line, to show the gate fails an insecure sample.
  const folders = process.argv.length > 2 ? process.argv.slice(2) : ['electron', 'renderer'];
  for (const folder of folders) cpSync(resolve(root, folder), join(scanRoot, folder), { recursive: true });
  result = await run({
    input: scanRoot,
    output: undefined,
    isSarif: false,
    customScan: [],
    excludeFromScan,
    severitySet: undefined,
    confidenceSet: undefined,
    isRelative: false,
    parserPlugins: [],
    electronVersionOverride: electronVersion,
  });
} finally {
  rmSync(scanRoot, { recursive: true, force: true });
}
for (const error of result.errors ?? []) {
  console.error(`electronegativity could not parse ${relative(scanRoot, error.file ?? '')}: ${error.message ?? error.error ?? error}`);
  process.exitCode = 1;
}
const issues = result.issues ?? [];
const blocking = issues.filter((i) => !i.manualReview && i.severity.value >= MEDIUM);
const reviewed = issues.filter((i) => i.manualReview).length;

for (const issue of blocking) {
  const where = issue.file && issue.file !== 'N/A' ? `${relative(scanRoot, issue.file)}:${issue.location?.line ?? '?'}` : 'the app as a whole';
  console.error(`${issue.id} (${issue.severity.name}) at ${where}: ${issue.description ?? ''}`);
}
if (blocking.length > 0) {
  console.error(`electronegativity: ${blocking.length} finding(s) of medium severity or above`);
  process.exitCode = 1;
} else {
  console.log(`electronegativity: no blocking findings (${reviewed} note(s) for manual review)`);
}
