import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { LimberApi, TrayState } from '../common/ipc-contract.js';
// The channel list only: importing ipc-contract's values would bundle zod into a script that must stay small.
import { BRIDGE_KEY, CHANNEL_PREFIX, isChannel } from '../common/ipc-channels.js';

/**
 * Everything a page can reach of the outside world: the contract's channels, one subscription, the version.
 * Raw Electron objects (ipcRenderer, events) never cross the bridge. Payloads are checked again in main, which
 * trusts nothing a page sends; checking the channel here only fails a typo early.
 */

const STATE_CHANGED = `${CHANNEL_PREFIX}state-changed`;

const api: LimberApi = {
  version: __LIMBER_VERSION__,
  invoke: ((channel: unknown, ...payload: unknown[]) => {
    if (!isChannel(channel)) return Promise.reject(new Error(`Unknown channel: ${String(channel)}`));
    if (payload.length > 1) return Promise.reject(new Error(`${channel}: takes at most one payload`));
    return ipcRenderer.invoke(`${CHANNEL_PREFIX}${channel}`, ...payload);
  }) as LimberApi['invoke'],
  onStateChanged(callback) {
    if (typeof callback !== 'function') throw new TypeError('onStateChanged needs a function');
    const listener = (_event: IpcRendererEvent, state: TrayState) => callback(state);
    ipcRenderer.on(STATE_CHANGED, listener);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      ipcRenderer.removeListener(STATE_CHANGED, listener);
    };
  },
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, api);
