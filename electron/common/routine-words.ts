import { z } from 'zod';

/**
 * The words of the exercises and routines: names, steps, safety notes and summaries. They live in each
 * language's catalogue (`content.exercises.<id>`, `content.routines.<id>`), not in the exercise and routine files,
 * so a translator edits one file per language and the library has one source for its text.
 *
 * English is the source and is held to the limits the player's layout was made for. A translation gets more
 * room, because the same sentence runs longer in German or Spanish, but not unlimited room: a step that needs
 * twice the English length no longer fits the window's column at 200 % text.
 */

export interface ExerciseWords {
  name: string;
  steps: string[];
  safety: string[];
}

export interface RoutineWords {
  name: string;
  /** One line for the prompt, e.g. what the routine is good for. */
  summary: string;
}

export interface LibraryWords {
  exercises: ReadonlyMap<string, ExerciseWords>;
  routines: ReadonlyMap<string, RoutineWords>;
}

/** Characters, per English entry. */
export const ENGLISH_LIMITS = { exerciseName: 60, step: 160, safety: 200, routineName: 40, summary: 120 } as const;

/** How much longer than English's limit a translation may run. */
export const TRANSLATION_ROOM = 1.5;

const text = (max: number) =>
  z.string({ error: 'must be a string' }).trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

function wordSchemas(room: number) {
  const limit = (n: number) => Math.round(n * room);
  return {
    exercise: z.strictObject({
      name: text(limit(ENGLISH_LIMITS.exerciseName)),
      steps: z.array(text(limit(ENGLISH_LIMITS.step)), { error: 'must be a list' }),
      safety: z.array(text(limit(ENGLISH_LIMITS.safety)), { error: 'must be a list' }),
    }),
    routine: z.strictObject({
      name: text(limit(ENGLISH_LIMITS.routineName)),
      summary: text(limit(ENGLISH_LIMITS.summary)),
    }),
  };
}

const ENGLISH = wordSchemas(1);
const TRANSLATED = wordSchemas(TRANSLATION_ROOM);

/** The player shows three to five steps per exercise: fewer is not a how-to, more does not fit a step screen. */
const englishSteps = z.array(z.string()).min(3, 'must have at least 3 steps').max(5, 'must have at most 5 steps');

/** The `content` section of a catalogue, as read: anything, until checked. */
export type ContentSection = unknown;

interface Ids {
  exercises: readonly string[];
  routines: readonly string[];
}

function section(content: ContentSection, part: 'exercises' | 'routines'): Record<string, unknown> {
  const value = typeof content === 'object' && content !== null ? (content as Record<string, unknown>)[part] : undefined;
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function describe(issues: readonly z.core.$ZodIssue[], label: string): string[] {
  return issues.map((issue) => `${label}: ${issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)'}: ${issue.message}`);
}

/**
 * English's words for every exercise and routine, checked: every id has its words, nothing else is there, and
 * every entry keeps to English's limits. Returns the words and every problem at once.
 */
export function readEnglishWords(content: ContentSection, ids: Ids): { words: LibraryWords; issues: string[] } {
  const issues: string[] = [];
  const exercises = new Map<string, ExerciseWords>();
  const routines = new Map<string, RoutineWords>();
  const given = { exercises: section(content, 'exercises'), routines: section(content, 'routines') };
  for (const id of ids.exercises) {
    const label = `content.exercises.${id}`;
    const raw = given.exercises[id];
    if (raw === undefined) {
      issues.push(`${label}: exercise '${id}' has no words in the English catalogue`);
      continue;
    }
    const parsed = ENGLISH.exercise.safeParse(raw);
    if (!parsed.success) {
      issues.push(...describe(parsed.error.issues, label));
      continue;
    }
    const steps = englishSteps.safeParse(parsed.data.steps);
    if (!steps.success) issues.push(`${label}.steps: ${steps.error.issues[0]?.message}`);
    exercises.set(id, parsed.data);
  }
  for (const id of ids.routines) {
    const label = `content.routines.${id}`;
    const raw = given.routines[id];
    if (raw === undefined) {
      issues.push(`${label}: routine '${id}' has no words in the English catalogue`);
      continue;
    }
    const parsed = ENGLISH.routine.safeParse(raw);
    if (!parsed.success) issues.push(...describe(parsed.error.issues, label));
    else routines.set(id, parsed.data);
  }
  issues.push(...extras(given, ids));
  return { words: { exercises, routines }, issues };
}

function extras(given: { exercises: Record<string, unknown>; routines: Record<string, unknown> }, ids: Ids): string[] {
  const issues: string[] = [];
  for (const id of Object.keys(given.exercises)) {
    if (!ids.exercises.includes(id)) issues.push(`content.exercises.${id}: there is no exercise '${id}'`);
  }
  for (const id of Object.keys(given.routines)) {
    if (!ids.routines.includes(id)) issues.push(`content.routines.${id}: there is no routine '${id}'`);
  }
  return issues;
}

/**
 * What is wrong with one translation of the words: a missing or empty entry, a step or safety list of another
 * length than English's (the player numbers the steps and the figure follows them), an entry past the room a
 * translation is given, or words for an exercise that does not exist.
 */
export function translationIssues(content: ContentSection, english: LibraryWords): string[] {
  const issues: string[] = [];
  const given = { exercises: section(content, 'exercises'), routines: section(content, 'routines') };
  for (const [id, source] of english.exercises) {
    const label = `content.exercises.${id}`;
    const raw = given.exercises[id];
    if (raw === undefined) {
      issues.push(`${label}: missing`);
      continue;
    }
    const parsed = TRANSLATED.exercise.safeParse(raw);
    if (!parsed.success) {
      issues.push(...describe(parsed.error.issues, label));
      continue;
    }
    for (const part of ['steps', 'safety'] as const) {
      if (parsed.data[part].length !== source[part].length) {
        issues.push(`${label}.${part}: has ${parsed.data[part].length} entries, English has ${source[part].length}`);
      }
    }
  }
  for (const id of english.routines.keys()) {
    const label = `content.routines.${id}`;
    const raw = given.routines[id];
    if (raw === undefined) issues.push(`${label}: missing`);
    else {
      const parsed = TRANSLATED.routine.safeParse(raw);
      if (!parsed.success) issues.push(...describe(parsed.error.issues, label));
    }
  }
  issues.push(...extras(given, { exercises: [...english.exercises.keys()], routines: [...english.routines.keys()] }));
  return issues;
}

/**
 * The words in one language, entry by entry: a translated field is taken when it is sound, else English's, so a
 * half-finished or damaged translation shows English for what it lacks instead of an empty step or a wrong count.
 */
export function wordsIn(content: ContentSection, english: LibraryWords): LibraryWords {
  const given = { exercises: section(content, 'exercises'), routines: section(content, 'routines') };
  const field = <T>(raw: unknown, key: string, ok: (value: unknown) => value is T, fallback: T): T => {
    const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[key] : undefined;
    return ok(value) ? value : fallback;
  };
  const isText = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;
  const listLike = (length: number) => (value: unknown): value is string[] =>
    Array.isArray(value) && value.length === length && value.every(isText);
  const exercises = new Map<string, ExerciseWords>();
  for (const [id, source] of english.exercises) {
    const raw = given.exercises[id];
    exercises.set(id, {
      name: field(raw, 'name', isText, source.name),
      steps: field(raw, 'steps', listLike(source.steps.length), source.steps),
      safety: field(raw, 'safety', listLike(source.safety.length), source.safety),
    });
  }
  const routines = new Map<string, RoutineWords>();
  for (const [id, source] of english.routines) {
    const raw = given.routines[id];
    routines.set(id, { name: field(raw, 'name', isText, source.name), summary: field(raw, 'summary', isText, source.summary) });
  }
  return { exercises, routines };
}
