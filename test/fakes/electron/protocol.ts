import type { Protocol } from 'electron';
import { app } from './app.js';
import { Recorder } from './support.js';

type ProtocolHandler = Parameters<Protocol['handle']>[1];
type CustomScheme = Parameters<Protocol['registerSchemesAsPrivileged']>[0][number];

export class FakeProtocol extends Recorder implements Pick<Protocol, 'handle' | 'isProtocolHandled' | 'registerSchemesAsPrivileged'> {
  readonly handlers = new Map<string, ProtocolHandler>();
  readonly privilegedSchemes: CustomScheme[] = [];

  registerSchemesAsPrivileged(customSchemes: CustomScheme[]): void {
    this.record('registerSchemesAsPrivileged', [customSchemes]);
    // Electron ignores this call after ready, which silently breaks the scheme; make that mistake loud here.
    if (app.isReady()) {
      throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    }
    this.privilegedSchemes.push(...customSchemes);
  }

  handle(scheme: string, handler: ProtocolHandler): void {
    this.record('handle', [scheme, handler]);
    if (this.handlers.has(scheme)) {
      throw new Error(`Failed to register protocol: ${scheme}`);
    }
    this.handlers.set(scheme, handler);
  }

  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme);
  }

  /** Test helper: what a page request to `url` would receive from the registered handler. */
  async fetch(input: string | Request): Promise<Response> {
    const request = typeof input === 'string' ? new Request(input) : input;
    const scheme = new URL(request.url).protocol.replace(/:$/, '');
    const handler = this.handlers.get(scheme);
    if (!handler) throw new Error(`No handler for scheme '${scheme}'`);
    return await handler(request);
  }

  reset(): void {
    this.resetRecorder();
    this.handlers.clear();
    this.privilegedSchemes.length = 0;
  }
}

export const protocol = new FakeProtocol();
