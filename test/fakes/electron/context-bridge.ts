import type { ContextBridge } from 'electron';
import { Recorder } from './support.js';

export class FakeContextBridge extends Recorder implements Pick<ContextBridge, 'exposeInMainWorld'> {
  /** What the page's `window` would see, keyed by API name. */
  readonly exposed: Record<string, unknown> = Object.create(null) as Record<string, unknown>;

  exposeInMainWorld(apiKey: string, api: unknown): void {
    this.record('exposeInMainWorld', [apiKey, api]);
    if (apiKey in this.exposed) {
      throw new Error('Cannot bind an API on top of an existing property on the window object');
    }
    this.exposed[apiKey] = api;
  }

  reset(): void {
    this.resetRecorder();
    for (const key of Object.keys(this.exposed)) delete this.exposed[key];
  }
}

export const contextBridge = new FakeContextBridge();
