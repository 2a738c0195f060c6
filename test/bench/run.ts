import { measureBreakWindow } from './break-window.js';
import { measureEngine } from './engine.js';
import { measureFigureFrames } from './figure-frames.js';
import { measureQuiet } from './quiet.js';

/**
 * `npm run bench`: one JSON line of measurements. Each part measures in this run; none is copied from elsewhere.
 * Targets are checked by whoever reads the line (and by CI budgets where a part states one), never by timed
 * unit tests.
 */
const parts: Array<() => Promise<Record<string, number>> | Record<string, number>> = [measureEngine, measureBreakWindow, measureFigureFrames, measureQuiet];

const line: Record<string, number> = {};
for (const part of parts) Object.assign(line, await part());
process.stdout.write(`${JSON.stringify(line)}\n`);
