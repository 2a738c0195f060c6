import type { LimberApi } from '../electron/common/ipc-contract';

/**
 * `window.limber`, as the preload exposes it: the shared contract's API, nothing else. Only the type crosses
 * from electron/common, so no main-process code can reach the renderer bundle.
 */
export type LimberBridge = LimberApi;

declare global {
  interface Window {
    readonly limber: LimberApi;
  }
}
