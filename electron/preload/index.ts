import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { LimberApi, PageLanguage, TrayState } from '../common/ipc-contract.js';
// The channel list only: importing ipc-contract's values would bundle zod into a script that must stay small.
import { BRIDGE_KEY, CHANNEL_PREFIX, isChannel } from '../common/ipc-channels.js';

/**
 * Everything a page can reach of the outside world: the contract's channels, one subscription, the version.
 * Raw Electron objects (ipcRenderer, events) never cross the bridge. Payloads are checked again in main, which
 * trusts nothing a page sends; checking the channel here only fails a typo early.
 */

const STATE_CHANGED = `${CHANNEL_PREFIX}state-changed`;
const LANGUAGE_CHANGED = `${CHANNEL_PREFIX}language-changed`;

/** One subscription to a main → page push, handing the callback the data only, undone once. */
function subscribe<T>(channel: string, what: string, callback: (data: T) => void): () => void {
  if (typeof callback !== 'function') throw new TypeError(`${what} needs a function`);
  const listener = (_event: IpcRendererEvent, data: T) => callback(data);
  ipcRenderer.on(channel, listener);
  let subscribed = true;
  return () => {
    if (!subscribed) return;
    subscribed = false;
    ipcRenderer.removeListener(channel, listener);
  };
}

const api: LimberApi = {
  version: __LIMBER_VERSION__,
  invoke: ((channel: unknown, ...payload: unknown[]) => {
    if (!isChannel(channel)) return Promise.reject(new Error(`Unknown channel: ${String(channel)}`));
    if (payload.length > 1) return Promise.reject(new Error(`${channel}: takes at most one payload`));
    return ipcRenderer.invoke(`${CHANNEL_PREFIX}${channel}`, ...payload);
  }) as LimberApi['invoke'],
  onStateChanged: (callback) => subscribe<TrayState>(STATE_CHANGED, 'onStateChanged', callback),
  onLanguageChanged: (callback) => subscribe<PageLanguage>(LANGUAGE_CHANGED, 'onLanguageChanged', callback),
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, api);
