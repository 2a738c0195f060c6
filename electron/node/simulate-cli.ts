import { readFileSync } from 'node:fs';
import { defaultCatalogue } from '../common/routine-library.js';
import { parseScenario } from '../common/scenario.js';
import { runScenario } from '../common/simulation.js';

/**
 * `npm run simulate -- <scenario.json>`: runs the real engine over a scripted day and prints one JSON object.
 * Exit codes: 0 done, 2 the scenario (or its file) is unusable — with every problem named on stderr.
 */

export function simulateFile(path: string | undefined): { code: number; stdout: string; stderr: string } {
  if (!path) return { code: 2, stdout: '', stderr: 'usage: npm run simulate -- <scenario.json>\n' };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { code: 2, stdout: '', stderr: `cannot read ${path}: ${(error as Error).message}\n` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { code: 2, stdout: '', stderr: `${path} is not valid JSON: ${(error as Error).message}\n` };
  }
  const scenario = parseScenario(json, { routine: (id) => defaultCatalogue.byId(id) });
  if (!scenario.ok) return { code: 2, stdout: '', stderr: `${path}: invalid scenario\n${scenario.errors.map((e) => `  ${e}\n`).join('')}` };
  try {
    const { history: _history, ...result } = runScenario(scenario.value, defaultCatalogue);
    return { code: 0, stdout: `${JSON.stringify(result, null, 2)}\n`, stderr: '' };
  } catch (error) {
    // A valid scenario that still breaks the run is Limber's bug, not the file's: say so, with exit code 1.
    return { code: 1, stdout: '', stderr: `${path}: the simulation failed (a bug in Limber, please report it): ${(error as Error).stack ?? String(error)}\n` };
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { code, stdout, stderr } = simulateFile(process.argv[2]);
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = code;
}
