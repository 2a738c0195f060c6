/**
 * The fixed list of request channels, kept free of any dependency so the sandboxed preload can check channel
 * names without bundling the schemas that main uses to check payloads.
 */
export const CHANNELS = [
  'break:get-plan',
  'break:started',
  'break:finished',
  'break:snooze',
  'break:skip',
  'break:close',
  'break:count-gap',
  'today:get',
  'settings:get',
  'settings:update',
  'settings:restore-defaults',
  'settings:dismiss-recovery-notice',
  'history:get',
  'history:export-csv',
  'link:open',
  'app:complete-first-run',
  'app:control',
  'app:open-log-folder',
  'quiet:get',
  'i18n:get',
] as const;

export type Channel = (typeof CHANNELS)[number];

/** Prefixed on the wire, so our channels cannot collide with anything a library registers. */
export const CHANNEL_PREFIX = 'limber:';

/** Main → page pushes. Each carries plain data only. */
export const EVENT_CHANNELS = ['state-changed', 'language-changed'] as const;
export type EventChannel = (typeof EVENT_CHANNELS)[number];

export const BRIDGE_KEY = 'limber';

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}
