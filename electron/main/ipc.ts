import { BrowserWindow, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { z } from 'zod';
import { isTrustedSender, type PageName } from '../common/app-origin.js';
import { CHANNELS, CHANNEL_PREFIX, requestSchemas, type Channel, type Responses } from '../common/ipc-contract.js';
import { frameShowsPage, pageMayUse } from '../common/page-channels.js';
import { describeIssues } from '../common/settings.js';

/**
 * One handler per contract channel, behind three gates: the sender must be the main frame of one of our windows
 * on app://limber, that window's page must be one the channel allows (page-channels.ts), and the payload must
 * parse with the channel's schema. A request failing any is rejected with an error that names the channel and
 * the field, and no handler runs.
 */

/** Which of our pages a web contents shows, or null when it is not one of our windows. */
export type PageOf = (contents: WebContents) => PageName | null;

export type Payload<C extends Channel> = z.output<(typeof requestSchemas)[C]>;

export type Handlers = {
  [C in Channel]: (payload: Payload<C>, sender: WebContents) => Responses[C] | Promise<Responses[C]>;
};

export function registerIpc(handlers: Handlers, pageOf: PageOf): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(`${CHANNEL_PREFIX}${channel}`, (event, ...args) => handle(channel, handlers, pageOf, event, args));
  }
}

function handle<C extends Channel>(
  channel: C,
  handlers: Handlers,
  pageOf: PageOf,
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
