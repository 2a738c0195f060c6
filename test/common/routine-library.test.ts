import { describe, expect, it } from 'vitest';
import {
  LENGTH_LIMITS,
  LibraryError,
  TRANSITION_SECONDS,
  byId,
  catalogueIn,
  defaultCatalogue,
  libraryIn,
  loadLibrary,
  routineSeconds,
  type Exercise,
  type Routine,
} from '../../electron/common/routine-library.js';
import { englishContent, exerciseData, routineData } from '../../electron/common/routine-resources.js';
import { CATALOGUES } from '../../electron/common/i18n/catalogues.js';
import { createTranslator } from '../../electron/common/i18n/translator.js';
import { pseudoCatalogue } from '../../electron/common/i18n/pseudo.js';

const library = defaultCatalogue.library;
const clone = <T>(x: T): T => structuredClone(x);
const exercises = () => clone(exerciseData) as Record<string, unknown>[];
const routines = () => clone(routineData) as Record<string, unknown>[];
type Words = { exercises: Record<string, Record<string, unknown>>; routines: Record<string, Record<string, unknown>> };
const words = () => clone(englishContent) as Words;

function loadError(ex: unknown, ro: unknown, content: unknown = englishContent): string {
  try {
    loadLibrary(ex, ro, content);
  } catch (e) {
    expect(e).toBeInstanceOf(LibraryError);
    return (e as Error).message;
  }
  throw new Error('expected the library to be rejected');
}

describe('the bundled library', () => {
  it('loads and validates', () => {
    expect(() => loadLibrary(exerciseData, routineData)).not.toThrow();
    expect(library.exercises.size).toBeGreaterThanOrEqual(29);
  });

  it('includes all 13 seed exercises, floor and kneeling ones not desk-safe', () => {
    const seeded = [...library.exercises.values()].filter((e) => 'seed' in e.source);
    expect(seeded).toHaveLength(13);
    for (const e of library.exercises.values()) {
      if (['floor', 'all-fours', 'kneeling'].includes(e.position)) expect(e.deskSafe, e.id).toBe(false);
    }
  });

  it('has the brief routines, the micro card and the home set', () => {
    const ids = library.routines.map((r) => r.id);
    for (const id of [
      'back-break',
      'neck-and-shoulder-reset',
      'low-back-and-hips',
      'stand-and-stretch',
      'move-break',
      'full-desk-reset',
      'eyes-and-hands',
      'at-home-back-stretches',
    ]) {
      expect(ids).toContain(id);
    }
    expect(defaultCatalogue.routine('eyes-and-hands')?.kind).toBe('micro');
    expect(defaultCatalogue.routine('at-home-back-stretches')?.kind).toBe('home');
  });

  it('never states a routine length in its summary, where it could drift from the computed one', () => {
    const length = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]*(minutes?|mins?)\b/i;
    for (const r of library.routines) expect(r.summary, r.id).not.toMatch(length);
  });

  it('plays exercises done by alternating legs as one step, not as a first and a second side', () => {
    for (const e of library.exercises.values()) {
      if (e.steps.some((step) => /alternat|one leg then the other/i.test(step))) expect(e.perSide, e.id).toBe(false);
    }
  });

  it('computes every routine length inside the range for its kind', () => {
    for (const r of library.routines) {
      const { min, max } = LENGTH_LIMITS[r.kind];
      expect(r.seconds, r.id).toBeGreaterThanOrEqual(min);
      expect(r.seconds, r.id).toBeLessThanOrEqual(max);
      if (r.kind === 'stretch' || r.kind === 'move') {
        expect(r.seconds, r.id).toBeGreaterThanOrEqual(60);
        expect(r.seconds, r.id).toBeLessThanOrEqual(300);
      }
    }
  });

  it('keeps desk routines desk-safe and seated routines seated', () => {
    for (const r of library.routines.filter((x) => x.kind !== 'home')) {
      for (const s of defaultCatalogue.steps(r.id) ?? []) {
        expect(s.exercise.deskSafe, `${r.id}/${s.exercise.id}`).toBe(true);
        if (r.posture === 'seated') expect(s.exercise.position, `${r.id}/${s.exercise.id}`).toBe('seated');
      }
    }
  });

  it('builds Back Break from seed exercises only', () => {
    const steps = defaultCatalogue.steps('back-break') ?? [];
    expect(steps.length).toBeGreaterThan(0);
    for (const s of steps) expect('seed' in s.exercise.source, s.exercise.id).toBe(true);
  });

  it('never types a length into routine data', () => {
    for (const r of routineData) {
      expect(Object.keys(r as object)).not.toEqual(expect.arrayContaining(['seconds']));
      expect(Object.keys(r as object)).not.toEqual(expect.arrayContaining(['duration']));
    }
  });

  it('exposes summaries through byId', () => {
    const r = library.routines.find((x) => x.id === 'move-break');
    expect(byId('move-break')).toEqual({ id: 'move-break', name: 'Move Break', posture: 'moving', seconds: r?.seconds });
    expect(byId('no-such-routine')).toBeUndefined();
  });
});

describe('routineSeconds', () => {
  const base = (over: Partial<Exercise>): Exercise => ({
    id: 'x',
    name: 'X',
    position: 'seated',
    deskSafe: true,
    targets: ['t'],
    steps: ['a.', 'b.', 'c.'],
    dose: { kind: 'hold', seconds: 10 },
    perSide: false,
    flags: [],
    safety: [],
    source: { seed: '000_a3e5aa473ba41de0.txt' },
    figure: 'x.svg',
    ...over,
  });
  const routine = (steps: Routine['steps']): Routine => ({ id: 'r', name: 'R', summary: 's', posture: 'seated', kind: 'stretch', steps });

  it('sums doses, doubles per-side ones and adds a transition between steps', () => {
    const ex = [
      base({ id: 'hold', dose: { kind: 'hold', seconds: 20 }, perSide: true }),
      base({ id: 'reps', dose: { kind: 'reps', reps: 8, secondsPerRep: 4 } }),
      base({ id: 'time', dose: { kind: 'time', seconds: 90 } }),
    ];
    expect(routineSeconds(routine([{ exercise: 'hold' }, { exercise: 'reps' }, { exercise: 'time' }]), ex)).toBe(
      40 + 32 + 90 + 2 * TRANSITION_SECONDS,
    );
  });

  it('uses a step dose override instead of the exercise default', () => {
    const ex = [base({ id: 'hold', perSide: true })];
    expect(routineSeconds(routine([{ exercise: 'hold', dose: { kind: 'time', seconds: 30 } }]), ex)).toBe(60);
  });
});

describe('schema and cross-checks reject bad data, naming the field', () => {
  it('rejects a missing exercise name in the English catalogue', () => {
    const content = words();
    delete content.exercises['chin-tuck']!.name;
    expect(loadError(exerciseData, routineData, content)).toMatch(/content\.exercises\.chin-tuck: name: /);
  });

  it('rejects too few or too many English steps, and English text past its limit', () => {
    const content = words();
    content.exercises['chin-tuck']!.steps = ['Only one.'];
    content.exercises['walk']!.steps = ['a', 'b', 'c', 'd', 'e', 'f'];
    content.exercises['calf-raise']!.steps = ['x'.repeat(161), 'b', 'c'];
    content.routines['back-break']!.name = 'y'.repeat(41);
    const message = loadError(exerciseData, routineData, content);
    expect(message).toMatch(/content\.exercises\.chin-tuck\.steps: must have at least 3 steps/);
    expect(message).toMatch(/content\.exercises\.walk\.steps: must have at most 5 steps/);
    expect(message).toMatch(/content\.exercises\.calf-raise: steps\.0: must be at most 160 characters/);
    expect(message).toMatch(/content\.routines\.back-break: name: must be at most 40 characters/);
  });

  it('rejects an exercise or routine without English words, and words for one that does not exist', () => {
    const content = words();
    delete content.exercises['walk'];
    delete content.routines['back-break'];
    content.exercises['no-such-move'] = { name: 'N', steps: ['a', 'b', 'c'], safety: [] };
    const message = loadError(exerciseData, routineData, content);
    expect(message).toMatch(/content\.exercises\.walk: exercise 'walk' has no words/);
    expect(message).toMatch(/content\.routines\.back-break: routine 'back-break' has no words/);
    expect(message).toMatch(/content\.exercises\.no-such-move: there is no exercise 'no-such-move'/);
  });

  it('keeps words out of the exercise and routine files: the catalogue is their one source', () => {
    const ex = exercises();
    ex[0]!.name = 'A second name';
    const ro = routines();
    ro[0]!.summary = 'A second summary';
    expect(loadError(ex, ro)).toMatch(/exercise '[a-z-]+': \(root\): Unrecognized key: "name"/);
    for (const raw of [...exerciseData, ...routineData]) {
      for (const key of ['name', 'steps', 'safety', 'summary']) {
        if (key === 'steps' && (raw as { kind?: string }).kind) continue; // a routine's steps are exercise ids
        expect(Object.keys(raw as object), (raw as { id: string }).id).not.toContain(key);
      }
    }
  });

  it('rejects a malformed dose', () => {
    const ex = exercises();
    ex[0]!.dose = { kind: 'reps', reps: 0, secondsPerRep: 3 };
    expect(loadError(ex, routineData)).toMatch(/dose\.reps: must be at least 1/);
  });

  it('rejects an unknown flag, so a misspelt "flexion" cannot slip through', () => {
    const ex = exercises();
    ex[0]!.flags = ['flextion'];
    expect(loadError(ex, routineData)).toMatch(/flags\.0: /);
  });

  it('rejects a bad position and a bad source', () => {
    const ex = exercises();
    ex[0]!.position = 'lying';
    ex[1]!.source = { name: 'Somewhere', url: 'not a url' };
    const message = loadError(ex, routineData);
    expect(message).toMatch(/position: /);
    expect(message).toMatch(/source/);
  });

  it('rejects a typed-in routine length', () => {
    const ro = routines();
    ro[0]!.seconds = 120;
    expect(loadError(exerciseData, ro)).toMatch(/routine '[a-z-]+': .*seconds/);
  });

  it('rejects a step that references a missing exercise', () => {
    const ro = routines();
    (ro[0]!.steps as unknown[]).push({ exercise: 'no-such-exercise' });
    expect(loadError(exerciseData, ro)).toMatch(/steps\.\d+\.exercise: unknown exercise 'no-such-exercise'/);
  });

  it('rejects floor work in a desk routine', () => {
    const ro = routines();
    const desk = ro.find((r) => r.kind === 'stretch')!;
    desk.steps = [{ exercise: 'knee-hug' }];
    expect(loadError(exerciseData, ro)).toMatch(/'knee-hug' is not desk-safe/);
  });

  it('rejects a desk routine outside 60–300 s', () => {
    const ro = routines();
    const desk = ro.find((r) => r.kind === 'move')!;
    desk.steps = [{ exercise: 'walk', dose: { kind: 'time', seconds: 300 } }, { exercise: 'calf-raise' }];
    expect(loadError(exerciseData, ro)).toMatch(/steps: computed length 325 s is outside 60–300 s/);
    desk.steps = [{ exercise: 'walk', dose: { kind: 'time', seconds: 30 } }];
    expect(loadError(exerciseData, ro)).toMatch(/computed length 30 s is outside/);
  });

  it('rejects a standing exercise in a seated routine', () => {
    const ro = routines();
    const seated = ro.find((r) => r.posture === 'seated' && r.kind === 'stretch')!;
    (seated.steps as unknown[]).unshift({ exercise: 'calf-raise' });
    expect(loadError(exerciseData, ro)).toMatch(/'calf-raise' is standing, but the routine is seated/);
  });

  it('rejects duplicate ids and non-list input', () => {
    const ex = exercises();
    ex.push(clone(ex[0]!));
    expect(loadError(ex, routineData)).toMatch(/id: is used twice/);
    expect(loadError({}, routineData)).toMatch(/exercises: must be a list/);
  });
});

describe('the library in another language', () => {
  const german = createTranslator('de', CATALOGUES.de, { fallback: CATALOGUES.en });
  const de = CATALOGUES.de.content as unknown as Words;

  it('takes every name, step, safety note and summary from that language’s catalogue, and changes nothing else', () => {
    const catalogue = catalogueIn(german);
    for (const routine of catalogue.library.routines) {
      const english = defaultCatalogue.routine(routine.id)!;
      expect(routine.name, routine.id).toBe(de.routines[routine.id]!.name);
      expect(routine.summary, routine.id).toBe(de.routines[routine.id]!.summary);
      expect({ ...routine, name: '', summary: '' }).toEqual({ ...english, name: '', summary: '' });
    }
    for (const exercise of catalogue.library.exercises.values()) {
      expect(exercise.name, exercise.id).toBe(de.exercises[exercise.id]!.name);
      expect(exercise.steps, exercise.id).toEqual(de.exercises[exercise.id]!.steps);
      expect(exercise.safety, exercise.id).toEqual(de.exercises[exercise.id]!.safety);
    }
    expect(catalogue.byId('back-break')).toEqual({ ...byId('back-break'), name: de.routines['back-break']!.name });
  });

  it('is built once per translator, and English is the library itself', () => {
    expect(catalogueIn(german)).toBe(catalogueIn(german));
    expect(catalogueIn(createTranslator('en', CATALOGUES.en))).toBe(defaultCatalogue);
  });

  it('reads the pseudo-language too, so page tests in it show accented routine words', () => {
    const pseudo = catalogueIn(createTranslator('en-XA', pseudoCatalogue(CATALOGUES.en), { fallback: CATALOGUES.en }));
    expect(pseudo.byId('back-break')?.name).toMatch(/^\[Ɓáçķ Ɓŕéáķ/);
  });

  it('shows English for a missing or damaged entry, field by field, never an empty step or a wrong count', () => {
    const content = clone(de);
    delete content.routines['back-break'];
    content.exercises['chin-tuck']!.steps = ['Nur einer.'];
    content.exercises['walk']!.name = '  ';
    const library = libraryIn(defaultCatalogue.library, content);
    const english = defaultCatalogue.library;
    expect(library.routines.find((r) => r.id === 'back-break')?.name).toBe('Back Break');
    expect(library.exercises.get('chin-tuck')?.steps).toEqual(english.exercises.get('chin-tuck')?.steps);
    expect(library.exercises.get('chin-tuck')?.name).toBe(de.exercises['chin-tuck']!.name);
    expect(library.exercises.get('walk')?.name).toBe(english.exercises.get('walk')?.name);
    expect(library.exercises.get('walk')?.steps).toEqual(de.exercises['walk']!.steps);
  });
});
