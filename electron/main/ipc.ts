import { BrowserWindow, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { z } from 'zod';
import { isTrustedSender } from '../common/app-origin.js';
import { CHANNELS, CHANNEL_PREFIX, requestSchemas, type Channel, type Responses } from '../common/ipc-contract.js';
import { toDisposable, type Disposable } from '../common/disposable.js';
import { describeIssues } from '../common/settings.js';

/**
 * One handler per contract channel, behind two gates: the sender must be the main frame of one of our windows
 * on app://limber, and the payload must parse with the channel's schema. A request failing either is rejected
 * with an error that names the channel and the field, and no handler runs. Each feature registers its own
 * channels and gets back what removes them.
 */

export type Payload<C extends Channel> = z.output<(typeof requestSchemas)[C]>;

export type Handlers = {
  [C in Channel]: (payload: Payload<C>, sender: WebContents) => Responses[C] | Promise<Responses[C]>;
};

/** Whether a web contents is one of the windows Limber opened. */
export type SenderGate = (contents: WebContents) => boolean;

export function registerIpc(handlers: Partial<Handlers>, isOurWindow: SenderGate): Disposable {
  const channels = CHANNELS.filter((channel) => handlers[channel] !== undefined);
  for (const channel of channels) {
    ipcMain.handle(`${CHANNEL_PREFIX}${channel}`, (event, ...args) => handle(channel, handlers as Handlers, isOurWindow, event, args));
  }
  return toDisposable(() => {
    for (const channel of channels) ipcMain.removeHandler(`${CHANNEL_PREFIX}${channel}`);
  });
}

function handle<C extends Channel>(
  channel: C,
  handlers: Handlers,
  isOurWindow: (contents: WebContents) => boolean,
  event: IpcMainInvokeEvent,
  args: unknown[],
): Responses[C] | Promise<Responses[C]> {
  const frame = event.senderFrame;
  const ours = isOurWindow(event.sender) && BrowserWindow.fromWebContents(event.sender) !== null;
  if (!isTrustedSender({ fromOurWindow: ours, frameUrl: frame?.url ?? null, isMainFrame: frame?.parent === null })) {
    throw new Error(`${channel}: refused, the sender is not a Limber page`);
  }
  if (args.length > 1) throw new Error(`${channel}: takes at most one payload`);
  const parsed = requestSchemas[channel].safeParse(args[0]);
  if (!parsed.success) throw new Error(`${channel}: ${describeIssues(parsed.error).join('; ')}`);
  return handlers[channel](parsed.data as Payload<C>, event.sender);
}
