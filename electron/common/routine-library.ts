import { z } from 'zod';
import { postureSchema } from './history-events.js';
import type { RoutineCatalogue, RoutineSummary, SuggestionRequest } from './routine-catalogue.js';
import { type Candidate, selectRoutine } from './routine-selection.js';
import { englishContent, exerciseData, routineData } from './routine-resources.js';
import type { Translator } from './i18n/translator.js';
import { readEnglishWords, wordsIn, type ContentSection, type ExerciseWords, type LibraryWords, type RoutineWords } from './routine-words.js';

/**
 * The exercise and routine library: content lives as JSON under `resources/` (what each exercise and routine is)
 * and in the catalogues (what they are called and how they are done, per language: routine-words.ts); this
 * module is the only gate both pass through. Everything the engine and the player rely on (lengths, desk safety, which exercises bend the
 * spine forward) is checked here once, so a content edit that breaks a rule fails at load and in the tests,
 * never halfway through a routine on someone's screen.
 */

/**
 * Pause between two steps while the player shows the next picture and the user changes position. Five seconds
 * is enough to read a short name and settle, and short enough that a four-step routine does not drift far from
 * the length people were promised in the prompt.
 */
export const TRANSITION_SECONDS = 5;

/**
 * Allowed computed lengths per kind. Break routines follow the 1–5 minute range of the evidence brief (§A9.2);
 * the eye-and-hands card is a nudge of well under a minute (20-20-20 plus a stretch); the at-home floor set is
 * an optional session away from the desk, so it may run like the brief's 10–12 minute sequence.
 */
export const LENGTH_LIMITS = {
  stretch: { min: 60, max: 300 },
  move: { min: 60, max: 300 },
  micro: { min: 20, max: 60 },
  home: { min: 60, max: 900 },
} as const satisfies Record<RoutineKind, { min: number; max: number }>;

const idSchema = z
  .string({ error: 'must be a string' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case kebab-case id such as "chin-tuck"')
  .max(48, 'must be at most 48 characters');

const text = (max: number) =>
  z.string({ error: 'must be a string' }).trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const wholeSeconds = (min: number, max: number) =>
  z
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

export const doseSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('reps'), reps: wholeSeconds(1, 30), secondsPerRep: wholeSeconds(1, 60) }),
    z.strictObject({ kind: z.literal('hold'), seconds: wholeSeconds(5, 180) }),
    z.strictObject({ kind: z.literal('time'), seconds: wholeSeconds(5, 300) }),
  ],
  { error: 'must be {kind:"reps",reps,secondsPerRep}, {kind:"hold",seconds} or {kind:"time",seconds}' },
);
export type Dose = z.infer<typeof doseSchema>;

export const positionSchema = z.enum(['seated', 'standing', 'floor', 'all-fours', 'kneeling']);
export type Position = z.infer<typeof positionSchema>;

/**
 * A closed list, because `flexion` drives a safety filter: a typo such as "flextion" must fail loudly instead
 * of quietly letting a forward bend through to someone who asked to avoid them.
 */
export const exerciseFlagSchema = z.enum([
  /** Rounds or folds the spine forward; hidden from flexion-sensitive users. */
  'flexion',
  /** Bends the spine backward. */
  'extension',
  /** Arms go overhead: needs clear space above (shelves, monitor arms). */
  'overhead',
  /** The body travels or marches: counts as moving, not just standing. */
  'moving',
]);
export type ExerciseFlag = z.infer<typeof exerciseFlagSchema>;

const seedFileSchema = z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'must be a seed file name like 000_0123456789abcdef.txt');

export const sourceSchema = z.union(
  [z.strictObject({ seed: seedFileSchema }), z.strictObject({ name: text(160), url: z.url({ error: 'must be a URL' }) })],
  { error: 'must be {seed} or {name,url}' },
);

/** What an exercise is, apart from its words, which are the catalogue's. */
export const exerciseSchema = z.strictObject({
  id: idSchema,
  position: positionSchema,
  deskSafe: z.boolean({ error: 'must be true or false' }),
  targets: z.array(text(60)).min(1, 'must name at least one muscle group'),
  dose: doseSchema,
  perSide: z.boolean({ error: 'must be true or false' }),
  flags: z.array(exerciseFlagSchema),
  source: sourceSchema,
  figure: z.string().regex(/^[a-z0-9-]+\.svg$/, 'must be an .svg file name in resources/figures'),
});
export type ExerciseData = z.infer<typeof exerciseSchema>;
/** An exercise with its words in one language. */
export type Exercise = ExerciseData & ExerciseWords;

export const routineKindSchema = z.enum(['stretch', 'move', 'micro', 'home']);
export type RoutineKind = z.infer<typeof routineKindSchema>;

export const routineStepSchema = z.strictObject({ exercise: idSchema, dose: doseSchema.optional() });
export type RoutineStep = z.infer<typeof routineStepSchema>;

/** Strict, so a typed-in `seconds` or `duration` is rejected: the length is always computed from the steps. */
export const routineSchema = z.strictObject({
  id: idSchema,
  posture: postureSchema,
  kind: routineKindSchema,
  steps: z.array(routineStepSchema).min(1, 'must have at least one step').max(12, 'must have at most 12 steps'),
});
export type RoutineData = z.infer<typeof routineSchema>;
/** A routine with its name and summary in one language. */
export type Routine = RoutineData & RoutineWords;

export class LibraryError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`Routine library is invalid:\n- ${issues.join('\n- ')}`);
    this.name = 'LibraryError';
  }
}

export interface ResolvedStep {
  exercise: Exercise;
  dose: Dose;
  /** Both sides included for per-side exercises. */
  seconds: number;
}

export interface LoadedRoutine extends Routine {
  seconds: number;
  /** True when any step bends the spine forward. */
  flexion: boolean;
}

export interface RoutineLibrary {
  exercises: ReadonlyMap<string, Exercise>;
  /** In data order, which is also the tie-break order for suggestions. */
  routines: readonly LoadedRoutine[];
  /** English's words, which fill in wherever a translation lacks one (see `libraryIn`). */
  english: LibraryWords;
}

export function doseSeconds(dose: Dose): number {
  return dose.kind === 'reps' ? dose.reps * dose.secondsPerRep : dose.seconds;
}

type ExerciseLookup = ReadonlyMap<string, Exercise> | readonly Exercise[];

function lookup(exercises: ExerciseLookup): ReadonlyMap<string, Exercise> {
  return Array.isArray(exercises) ? new Map(exercises.map((e) => [e.id, e])) : (exercises as ReadonlyMap<string, Exercise>);
}

export function resolveSteps(routine: RoutineData, exercises: ExerciseLookup): ResolvedStep[] {
  const byExerciseId = lookup(exercises);
  return routine.steps.map((step) => {
    const exercise = byExerciseId.get(step.exercise);
    if (!exercise) throw new LibraryError([`routine '${routine.id}': steps: unknown exercise '${step.exercise}'`]);
    const dose = step.dose ?? exercise.dose;
    return { exercise, dose, seconds: doseSeconds(dose) * (exercise.perSide ? 2 : 1) };
  });
}

export function routineSeconds(routine: RoutineData, exercises: ExerciseLookup): number {
  const steps = resolveSteps(routine, exercises);
  return steps.reduce((sum, s) => sum + s.seconds, 0) + TRANSITION_SECONDS * Math.max(0, steps.length - 1);
}

function describe(issues: readonly z.core.$ZodIssue[], label: string): string[] {
  return issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
    return `${label}: ${field}: ${issue.message}`;
  });
}

function labelOf(raw: unknown, what: string, index: number): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length > 0 ? `${what} '${id}'` : `${what}s[${index}]`;
}

/**
 * Validates every entry and its English words, and cross-checks the routines against the exercises; reports all
 * problems at once. `englishWords` is the English catalogue's `content` section.
 */
export function loadLibrary(exercisesJson: unknown, routinesJson: unknown, englishWords: ContentSection = englishContent): RoutineLibrary {
  const issues: string[] = [];
  const data = new Map<string, ExerciseData>();
  const routineEntries: RoutineData[] = [];

  if (!Array.isArray(exercisesJson)) issues.push('exercises: must be a list');
  if (!Array.isArray(routinesJson)) issues.push('routines: must be a list');
  if (issues.length > 0) throw new LibraryError(issues);

  (exercisesJson as unknown[]).forEach((raw, i) => {
    const parsed = exerciseSchema.safeParse(raw);
    if (!parsed.success) return void issues.push(...describe(parsed.error.issues, labelOf(raw, 'exercise', i)));
    if (data.has(parsed.data.id)) issues.push(`exercise '${parsed.data.id}': id: is used twice`);
    data.set(parsed.data.id, parsed.data);
  });
  (routinesJson as unknown[]).forEach((raw, i) => {
    const parsed = routineSchema.safeParse(raw);
    if (!parsed.success) return void issues.push(...describe(parsed.error.issues, labelOf(raw, 'routine', i)));
    if (routineEntries.some((r) => r.id === parsed.data.id)) issues.push(`routine '${parsed.data.id}': id: is used twice`);
    routineEntries.push(parsed.data);
  });

  const english = readEnglishWords(englishWords, { exercises: [...data.keys()], routines: routineEntries.map((r) => r.id) });
  issues.push(...english.issues);
  const exercises = new Map<string, Exercise>();
  for (const [id, exercise] of data) {
    const words = english.words.exercises.get(id);
    if (words) exercises.set(id, { ...exercise, ...words });
  }
  const routines: Routine[] = [];
  for (const routine of routineEntries) {
    const words = english.words.routines.get(routine.id);
    if (words) routines.push({ ...routine, ...words });
  }

  const loaded: LoadedRoutine[] = [];
  for (const routine of routines) {
    const label = `routine '${routine.id}'`;
    const before = issues.length;
    routine.steps.forEach((step, i) => {
      const exercise = exercises.get(step.exercise);
      if (!exercise) return void issues.push(`${label}: steps.${i}.exercise: unknown exercise '${step.exercise}'`);
      // The at-home set is the only place for floor and kneeling work; everything else is offered at a desk.
      if (routine.kind !== 'home' && !exercise.deskSafe) {
        issues.push(`${label}: steps.${i}.exercise: '${exercise.id}' is not desk-safe, only a home routine may use it`);
      }
      // A seated routine does not end the sitting bout, so it must not quietly make the user stand.
      if (routine.posture === 'seated' && exercise.position !== 'seated') {
        issues.push(`${label}: steps.${i}.exercise: '${exercise.id}' is ${exercise.position}, but the routine is seated`);
      }
    });
    if (issues.length > before) continue;

    const steps = resolveSteps(routine, exercises);
    if (routine.kind === 'move' && routine.posture !== 'moving') {
      issues.push(`${label}: posture: a move routine must have posture "moving"`);
    }
    // Getting down to the floor and up again is a full break from the chair, so the home set may count as
    // moving without a walk in it; at the desk "moving" has to mean actual walking or marching.
    const needsWalk = routine.posture === 'moving' && routine.kind !== 'home';
    if (needsWalk && !steps.some((s) => s.exercise.flags.includes('moving'))) {
      issues.push(`${label}: posture: "moving" needs at least one exercise flagged "moving"`);
    }
    const seconds = routineSeconds(routine, exercises);
    const limit = LENGTH_LIMITS[routine.kind];
    if (seconds < limit.min || seconds > limit.max) {
      issues.push(`${label}: steps: computed length ${seconds} s is outside ${limit.min}–${limit.max} s for a ${routine.kind} routine`);
    }
    loaded.push({ ...routine, seconds, flexion: steps.some((s) => s.exercise.flags.includes('flexion')) });
  }

  if (issues.length > 0) throw new LibraryError(issues);
  return { exercises, routines: loaded, english: english.words };
}

/**
 * The same library in another language: every rule and length stays as loaded, only the words change, each one
 * taken from `content` (a catalogue's `content` section) when it is sound and from English otherwise.
 */
export function libraryIn(library: RoutineLibrary, content: ContentSection): RoutineLibrary {
  const words = wordsIn(content, library.english);
  const exercises = new Map<string, Exercise>();
  for (const [id, exercise] of library.exercises) exercises.set(id, { ...exercise, ...words.exercises.get(id) });
  const routines = library.routines.map((routine) => ({ ...routine, ...words.routines.get(routine.id) }));
  return { exercises, routines, english: library.english };
}

/** The break routines a prompt may offer: the micro card and the floor set have their own entry points. */
export function isBreakRoutine(routine: Pick<Routine, 'kind'>): boolean {
  return routine.kind === 'stretch' || routine.kind === 'move';
}

function summaryOf(routine: LoadedRoutine): RoutineSummary {
  return { id: routine.id, name: routine.name, posture: routine.posture, seconds: routine.seconds };
}

export class LibraryCatalogue implements RoutineCatalogue {
  private readonly candidates: readonly Candidate[];

  constructor(readonly library: RoutineLibrary) {
    this.candidates = library.routines.filter(isBreakRoutine).map((r) => ({ ...summaryOf(r), flexion: r.flexion }));
    if (this.candidates.length === 0) throw new LibraryError(['routines: no stretch or move routine to suggest']);
  }

  suggest(request: SuggestionRequest): RoutineSummary {
    const { id, name, posture, seconds } = selectRoutine(this.candidates, request);
    return { id, name, posture, seconds };
  }

  byId(id: string): RoutineSummary | undefined {
    const routine = this.routine(id);
    return routine ? summaryOf(routine) : undefined;
  }

  routine(id: string): LoadedRoutine | undefined {
    return this.library.routines.find((r) => r.id === id);
  }

  exercise(id: string): Exercise | undefined {
    return this.library.exercises.get(id);
  }

  /** What the player walks through: each step's exercise with the dose that applies in this routine. */
  steps(id: string): ResolvedStep[] | undefined {
    const routine = this.routine(id);
    return routine ? resolveSteps(routine, this.library.exercises) : undefined;
  }
}

/** In English, the source language: what the engine, the simulator and the figures script use. */
export const defaultCatalogue = new LibraryCatalogue(loadLibrary(exerciseData, routineData));

const inLanguage = new WeakMap<Translator, LibraryCatalogue>();

/**
 * The library in a translator's language, for whatever the user reads: break plans, the tray's routine names,
 * notifications. Built once per translator (main makes a new one only when the language changes).
 */
export function catalogueIn(translator: Translator, base: LibraryCatalogue = defaultCatalogue): LibraryCatalogue {
  if (translator.language === 'en') return base;
  const known = base === defaultCatalogue ? inLanguage.get(translator) : undefined;
  if (known) return known;
  const bundle = translator.i18n.getResourceBundle(translator.language, 'translation') as { content?: unknown } | undefined;
  const catalogue = new LibraryCatalogue(libraryIn(base.library, bundle?.content));
  if (base === defaultCatalogue) inLanguage.set(translator, catalogue);
  return catalogue;
}

export function byId(id: string): RoutineSummary | undefined {
  return defaultCatalogue.byId(id);
}
