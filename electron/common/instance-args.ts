import type { PauseLength } from './sitting-engine.js';

/**
 * Arguments a launch of Limber may carry to control the instance that is already running:
 *
 *   limber --stretch            open the break window now
 *   limber --pause 1h           pause for 30m, 1h, 90m, 2h… (minutes `m`, hours `h`), `tomorrow` or `indefinitely`
 *   limber --resume             resume tracking
 *   limber --status             print the status line and exit
 *
 * argv comes from the operating system (and, for a second launch, through Electron from another process), so
 * it is parsed strictly: anything not understood is reported, never guessed at. Chromium and Electron switches
 * (`--no-sandbox`, `--enable-features=…`) and the app path in development pass through the same argv, so
 * unknown arguments are collected as `ignored` rather than treated as errors.
 *
 * A launch can carry any number of arguments, and each command costs the running app real work (history and
 * state writes), so only the first MAX_INSTANCE_ARGS are read, a command repeated counts once (the last pause
 * wins), and a command flag with a value it does not take (`--stretch=x`) is an error, not a stretch.
 */

/** More than a person types, and the most a launch is read for; the rest is reported and dropped. */
export const MAX_INSTANCE_ARGS = 64;
/** A longer argument is not one of ours: it is skipped without being copied around. */
const MAX_ARG_LENGTH = 256;
/** Errors are reported, but a flood of bad arguments gives a handful of lines, not thousands. */
const MAX_ERRORS = 8;

export type InstanceCommand =
  | { type: 'stretch' }
  | { type: 'pause'; length: PauseLength }
  | { type: 'resume' }
  | { type: 'status' };

export interface ParsedInstanceArgs {
  commands: InstanceCommand[];
  errors: string[];
  ignored: string[];
}

/** Longest pause a command line may ask for; anything longer is what `--pause indefinitely` is for. */
const MAX_PAUSE_MINUTES = 24 * 60;

export function parsePauseLength(text: string): { ok: true; length: PauseLength } | { ok: false; error: string } {
  const value = text.trim().toLowerCase();
  if (value === 'tomorrow') return { ok: true, length: 'tomorrow' };
  if (value === 'indefinitely' || value === 'forever' || value === 'until-resumed') return { ok: true, length: 'until-resumed' };
  const m = /^(\d{1,4})\s*(m|min|h|hr)?$/.exec(value);
  if (!m) return { ok: false, error: `--pause ${printable(text)}: expected a length such as 30m, 1h, 2h, tomorrow or indefinitely` };
  const amount = Number(m[1]);
  const minutes = m[2]?.startsWith('h') ? amount * 60 : amount;
  if (minutes < 1 || minutes > MAX_PAUSE_MINUTES) return { ok: false, error: `--pause ${text}: must be from 1 minute to 24 hours` };
  return { ok: true, length: { minutes } };
}

export function parseInstanceArgs(argv: readonly string[]): ParsedInstanceArgs {
  const result: ParsedInstanceArgs = { commands: [], errors: [], ignored: [] };
  const read = argv.length > MAX_INSTANCE_ARGS ? argv.slice(0, MAX_INSTANCE_ARGS) : argv;
  const error = (message: string) => {
    if (result.errors.length < MAX_ERRORS) result.errors.push(message);
  };
  if (argv.length > MAX_INSTANCE_ARGS) error(`${argv.length} arguments: only the first ${MAX_INSTANCE_ARGS} are read`);
  /** Commands by kind: a repeat replaces the earlier one and moves to its place in the order. */
  const commands = new Map<InstanceCommand['type'], InstanceCommand>();
  const command = (c: InstanceCommand) => {
    commands.delete(c.type);
    commands.set(c.type, c);
  };
  for (let i = 0; i < read.length; i++) {
    const arg = read[i]!;
    if (typeof arg !== 'string' || arg.length > MAX_ARG_LENGTH) {
      error(`an argument of ${typeof arg === 'string' ? `${arg.length} characters` : typeof arg} is too long to be one of Limber's`);
      continue;
    }
    const [flag, inlineValue] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    switch (flag) {
      case '--stretch':
      case '--resume':
      case '--status':
        if (inlineValue !== undefined) error(`${flag} takes no value (got ${printable(arg)})`);
        else command({ type: flag.slice(2) as 'stretch' | 'resume' | 'status' });
        break;
      case '--pause': {
        let value = inlineValue;
        if (value === undefined && read[i + 1] !== undefined && !read[i + 1]!.startsWith('--')) value = read[++i];
        if (value === undefined) {
          error('--pause needs a length such as 30m, 1h, 2h, tomorrow or indefinitely');
          break;
        }
        const parsed = parsePauseLength(value);
        if (parsed.ok) command({ type: 'pause', length: parsed.length });
        else error(parsed.error);
        break;
      }
      default:
        if (result.ignored.length < MAX_INSTANCE_ARGS) result.ignored.push(arg);
    }
  }
  result.commands = [...commands.values()];
  return result;
}

/** An argument as it may be shown in a message: control characters made visible, never more than 40 characters. */
function printable(arg: string): string {
  // eslint-disable-next-line no-control-regex
  const shown = arg.replace(/[\u0000-\u001f\u007f]/g, '?');
  return shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
}
