/**
 * The renderer's view of the preload bridge. It is declared here rather than imported because the renderer may
 * not depend on preload code; test/preload/preload.test.ts proves at type level that both sides agree.
 */
export interface LimberBridge {
  readonly version: string;
}

declare global {
  interface Window {
    readonly limber: LimberBridge;
  }
}
