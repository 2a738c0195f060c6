import { BrowserWindow, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { z } from 'zod';
import { isTrustedSender, type PageName } from '../common/app-origin.js';
import { CHANNELS, CHANNEL_PREFIX, requestSchemas, type Channel, type Responses } from '../common/ipc-contract.js';
import { frameShowsPage, pageMayUse } from '../common/page-channels.js';
import { toDisposable, type Disposable } from '../common/disposable.js';
import { describeIssues } from '../common/settings.js';

/**
 * One handler per contract channel, behind three gates: the sender must be the main frame of one of our windows
 * on app://limber, that window's page must be one the channel allows (page-channels.ts), and the payload must
 * parse with the channel's schema. A request failing any is rejected with an error that names the channel and
 * the field, and no handler runs. Each feature registers its own channels and gets back what removes them.
 */

export type Payload<C extends Channel> = z.output<(typeof requestSchemas)[C]>;

export type Handlers = {
  [C in Channel]: (payload: Payload<C>, sender: WebContents) => Responses[C] | Promise<Responses[C]>;
};

/** Which of Limber's pages a web contents shows, by the window main opened for it; null when it is none of ours. */
export type SenderGate = (contents: WebContents) => PageName | null;

export function registerIpc(handlers: Partial<Handlers>, pageOf: SenderGate): Disposable {
  const channels = CHANNELS.filter((channel) => handlers[channel] !== undefined);
  for (const channel of channels) {
    ipcMain.handle(`${CHANNEL_PREFIX}${channel}`, (event, ...args) => handle(channel, handlers as Handlers, pageOf, event, args));
  }
  return toDisposable(() => {
    for (const channel of channels) ipcMain.removeHandler(`${CHANNEL_PREFIX}${channel}`);
  });
}

function handle<C extends Channel>(
  channel: C,
  handlers: Handlers,
  pageOf: SenderGate,
  event: IpcMainInvokeEvent,
  args: unknown[],
): Responses[C] | Promise<Responses[C]> {
  const frame = event.senderFrame;
  const page = BrowserWindow.fromWebContents(event.sender) !== null ? pageOf(event.sender) : null;
  const frameUrl = frame?.url ?? null;
  if (!isTrustedSender({ fromOurWindow: page !== null, frameUrl, isMainFrame: frame?.parent === null }) || page === null || frameUrl === null) {
    throw new Error(`${channel}: refused, the sender is not a Limber page`);
  }
  if (!frameShowsPage(frameUrl, page) || !pageMayUse(page, channel)) {
    throw new Error(`${channel}: refused, the ${page} window has no use for this channel`);
  }
  if (args.length > 1) throw new Error(`${channel}: takes at most one payload`);
  const parsed = requestSchemas[channel].safeParse(args[0]);
  if (!parsed.success) throw new Error(`${channel}: ${describeIssues(parsed.error).join('; ')}`);
  return handlers[channel](parsed.data as Payload<C>, event.sender);
}
