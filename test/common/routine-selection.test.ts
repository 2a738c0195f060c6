import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SuggestionRequest } from '../../electron/common/routine-catalogue.js';
import { defaultCatalogue } from '../../electron/common/routine-library.js';
import { RULES, type Candidate } from '../../electron/common/routine-selection.js';

const library = defaultCatalogue.library;
const breakRoutines: Candidate[] = library.routines
  .filter((r) => r.kind === 'stretch' || r.kind === 'move')
  .map((r) => ({ id: r.id, name: r.name, posture: r.posture, seconds: r.seconds, flexion: r.flexion }));
const ids = library.routines.map((r) => r.id);

const request = fc.record<SuggestionRequest>({
  want: fc.constantFrom('any', 'seated', 'upright', 'moving'),
  preference: fc.constantFrom('seated', 'standing', 'alternate'),
  lastPosture: fc.constantFrom(null, 'seated', 'standing', 'moving'),
  lastRoutineId: fc.oneof(fc.constant(null), fc.constantFrom(...ids), fc.constant('retired-routine')),
  recentRoutineIds: fc.array(fc.constantFrom(...ids), { maxLength: 6 }),
  flexionSensitive: fc.boolean(),
  breakIntervalMin: fc.constantFrom(15, 20, 30, 45, 60, 90),
});

const base: SuggestionRequest = {
  want: 'any',
  preference: 'standing',
  lastPosture: null,
  lastRoutineId: null,
  flexionSensitive: false,
  breakIntervalMin: 30,
};
const suggest = (over: Partial<SuggestionRequest>) => defaultCatalogue.suggest({ ...base, ...over });
const full = (id: string) => breakRoutines.find((c) => c.id === id)!;

describe('suggest', () => {
  it('rotates through the routines over a day of breaks instead of settling on two, moving every other time', () => {
    for (const preference of ['seated', 'standing', 'alternate'] as const) {
      let context: Pick<SuggestionRequest, 'lastPosture' | 'lastRoutineId' | 'recentRoutineIds'> = { lastPosture: null, lastRoutineId: null, recentRoutineIds: [] };
      const done: string[] = [];
      for (let i = 0; i < 12; i++) {
        const pick = suggest({ ...context, preference, want: 'upright' });
        done.push(pick.id);
        context = { lastPosture: pick.posture, lastRoutineId: pick.id, recentRoutineIds: [pick.id, ...(context.recentRoutineIds ?? []).filter((id) => id !== pick.id)].slice(0, 6) };
      }
      expect(new Set(done).size, `${preference}: ${done.join(', ')}`).toBeGreaterThanOrEqual(4);
      for (let i = 1; i < done.length; i++) {
        const moved = [done[i - 1]!, done[i]!].some((id) => full(id).posture === 'moving');
        expect(moved, `${preference}: ${done.join(', ')}`).toBe(true);
      }
    }
  });

  it('meets every rule whenever some routine meets them all (property)', () => {
    fc.assert(
      fc.property(request, (r) => {
        const chosen = full(defaultCatalogue.suggest(r).id);
        const satisfiable = breakRoutines.some((c) => RULES.every((rule) => rule.ok(c, r)));
        if (satisfiable) for (const rule of RULES) expect(rule.ok(chosen, r), rule.name).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the higher-priority rules whenever they can be met, whatever lower rules give way (property)', () => {
    fc.assert(
      fc.property(request, (r) => {
        const chosen = full(defaultCatalogue.suggest(r).id);
        for (let n = 1; n <= RULES.length; n++) {
          const top = RULES.slice(0, n);
          if (breakRoutines.some((c) => top.every((rule) => rule.ok(c, r)))) {
            for (const rule of top) expect(rule.ok(chosen, r), rule.name).toBe(true);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never offers the home set or the micro card, and is deterministic (property)', () => {
    fc.assert(
      fc.property(request, (r) => {
        const a = defaultCatalogue.suggest(r);
        expect(['at-home-back-stretches', 'eyes-and-hands']).not.toContain(a.id);
        expect(defaultCatalogue.suggest(r)).toEqual(a);
      }),
      { numRuns: 1000 },
    );
  });

  it('always satisfies flexionSensitive and want with this content (property)', () => {
    fc.assert(
      fc.property(request, (r) => {
        const chosen = full(defaultCatalogue.suggest(r).id);
        if (r.flexionSensitive) expect(chosen.flexion).toBe(false);
        if (r.want === 'seated') expect(chosen.posture).toBe('seated');
        if (r.want === 'upright') expect(chosen.posture).not.toBe('seated');
        if (r.want === 'moving') expect(chosen.posture).toBe('moving');
      }),
      { numRuns: 1000 },
    );
  });

  it('starts the day with a moving break and alternates after that', () => {
    expect(suggest({}).posture).toBe('moving');
    expect(suggest({ lastPosture: 'standing', lastRoutineId: 'stand-and-stretch' }).posture).toBe('moving');
    expect(suggest({ lastPosture: 'seated', lastRoutineId: 'neck-and-shoulder-reset', want: 'upright' }).posture).toBe('moving');
    expect(suggest({ lastPosture: 'moving', lastRoutineId: 'move-break' }).posture).not.toBe('moving');
  });

  it('does not repeat the last routine when another fits', () => {
    const first = suggest({ want: 'moving' });
    expect(suggest({ want: 'moving', lastRoutineId: first.id, lastPosture: 'moving' }).id).not.toBe(first.id);
    const seated = suggest({ want: 'seated', lastPosture: 'moving' });
    expect(suggest({ want: 'seated', lastPosture: 'seated', lastRoutineId: seated.id }).id).not.toBe(seated.id);
  });

  it('excludes routines with a forward bend for flexion-sensitive users', () => {
    for (const want of ['any', 'seated', 'upright', 'moving'] as const) {
      for (const lastPosture of [null, 'seated', 'standing', 'moving'] as const) {
        expect(full(suggest({ want, lastPosture, flexionSensitive: true }).id).flexion).toBe(false);
      }
    }
  });

  it('prefers short routines at the 20-minute preset and allows the long one at 60', () => {
    for (const want of ['any', 'seated', 'upright', 'moving'] as const) {
      for (const lastPosture of [null, 'seated', 'standing', 'moving'] as const) {
        expect(suggest({ want, lastPosture, breakIntervalMin: 20 }).seconds).toBeLessThanOrEqual(180);
      }
    }
    expect(suggest({ lastPosture: 'moving', breakIntervalMin: 60 }).id).toBe('full-desk-reset');
  });

  it('follows the posture preference among stretch routines', () => {
    expect(suggest({ lastPosture: 'moving', preference: 'seated' }).posture).toBe('seated');
    expect(suggest({ lastPosture: 'moving', preference: 'standing' }).posture).toBe('standing');
  });
});
