import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_INSTANCE_ARGS, parseInstanceArgs } from '../../electron/common/instance-args.js';

/*
 * Second-launch arguments come from any process that can start Limber. Whatever they hold, one launch may cost the
 * running app only a bounded amount of work: at most one command of each kind (each command writes history and
 * state), a handful of error lines, and only the first MAX_INSTANCE_ARGS arguments are looked at. The bound is
 * stated in work done, not in milliseconds, so it holds on any machine.
 */

const flags = ['--stretch', '--resume', '--status', '--pause', '--pause=1h', '--pause=30m', '--stretch=x', '--no-sandbox', '.', '1h', 'tomorrow'];
const argument = fc.oneof(fc.constantFrom(...flags), fc.string({ maxLength: 20 }), fc.string({ minLength: 200, maxLength: 400 }), fc.constantFrom('--pause', '\n', '--pause=\u0000x'));

describe('second-launch arguments, fuzzed', () => {
  it('bounds the work of any launch: at most one command per kind, eight error lines, 64 arguments read', () => {
    const seed = Number(process.env.FUZZ_SEED ?? 20261202);
    fc.assert(
      fc.property(fc.array(argument, { maxLength: 300 }), (argv) => {
        const parsed = parseInstanceArgs(argv);
        const kinds = parsed.commands.map((c) => c.type);
        expect(new Set(kinds).size).toBe(kinds.length);
        expect(kinds.length).toBeLessThanOrEqual(4);
        expect(parsed.errors.length).toBeLessThanOrEqual(8);
        expect(parsed.ignored.length).toBeLessThanOrEqual(MAX_INSTANCE_ARGS);
        // eslint-disable-next-line no-control-regex
        for (const e of parsed.errors) expect(e).not.toMatch(/[\u0000-\u001f]/);
        // Nothing past the 64th argument counts: the same launch cut there gives the same commands.
        expect(parseInstanceArgs(argv.slice(0, MAX_INSTANCE_ARGS)).commands).toEqual(parsed.commands);
      }),
      { seed, numRuns: 300 },
    );
  });

  it('reads 10,000 arguments as the first 64, and says the rest were dropped', () => {
    const argv = Array.from({ length: 10_000 }, (_, i) => (i % 2 === 0 ? '--stretch' : '--pause=1h'));
    const parsed = parseInstanceArgs(argv);
    expect(parsed.commands).toEqual([{ type: 'stretch' }, { type: 'pause', length: { minutes: 60 } }]);
    expect(parsed.errors).toEqual(['10000 arguments: only the first 64 are read']);
  });
});
