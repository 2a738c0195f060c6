/**
 * Everything the renderer can reach of the outside world. Kept to plain data and narrow functions: the
 * renderer is treated as untrusted, so raw Electron objects (ipcRenderer, events) never cross the bridge.
 */
export interface LimberApi {
  /** The app's version, for the about line. */
  readonly version: string;
}

export const BRIDGE_KEY = 'limber';
