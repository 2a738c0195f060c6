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
 */

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
  if (!m) return { ok: false, error: `--pause ${text}: expected a length such as 30m, 1h, 2h, tomorrow or indefinitely` };
  const amount = Number(m[1]);
  const minutes = m[2]?.startsWith('h') ? amount * 60 : amount;
  if (minutes < 1 || minutes > MAX_PAUSE_MINUTES) return { ok: false, error: `--pause ${text}: must be from 1 minute to 24 hours` };
  return { ok: true, length: { minutes } };
}

export function parseInstanceArgs(argv: readonly string[]): ParsedInstanceArgs {
  const result: ParsedInstanceArgs = { commands: [], errors: [], ignored: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inlineValue] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    switch (flag) {
      case '--stretch':
        result.commands.push({ type: 'stretch' });
        break;
      case '--resume':
        result.commands.push({ type: 'resume' });
        break;
      case '--status':
        result.commands.push({ type: 'status' });
        break;
      case '--pause': {
        let value = inlineValue;
        if (value === undefined && argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) value = argv[++i];
        if (value === undefined) {
          result.errors.push('--pause needs a length such as 30m, 1h, 2h, tomorrow or indefinitely');
          break;
        }
        const parsed = parsePauseLength(value);
        if (parsed.ok) result.commands.push({ type: 'pause', length: parsed.length });
        else result.errors.push(parsed.error);
        break;
      }
      default:
        result.ignored.push(arg);
    }
  }
  return result;
}
