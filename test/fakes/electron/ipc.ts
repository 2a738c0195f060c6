import type { IpcMain, IpcMainInvokeEvent, IpcRenderer } from 'electron';
import { FakeWebContents } from './browser-window.js';
import { createFakeEvent, Recorder } from './support.js';

/** The sender identity a fake IPC event carries; override per call to test sender validation. */
export interface FakeSender {
  sender: FakeWebContents;
  senderFrame: { url: string; parent: null | object; routingId: number; processId: number } | null;
}

export function createFakeSender(url = 'app://limber/index.html', contents = new FakeWebContents()): FakeSender {
  contents.url = url;
  return { sender: contents, senderFrame: { url, parent: null, routingId: 1, processId: 1 } };
}

type InvokeHandler = Parameters<IpcMain['handle']>[1];

/** `on`/`removeAllListeners` come from EventEmitter: electron-store listens on a channel, and main removes it. */
export class FakeIpcMain extends Recorder implements Pick<IpcMain, 'handle' | 'removeHandler'> {
  readonly handlers = new Map<string, InvokeHandler>();

  handle(channel: string, listener: InvokeHandler): void {
    this.record('handle', [channel, listener]);
    if (this.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    this.handlers.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.record('removeHandler', [channel]);
    this.handlers.delete(channel);
  }

  /** Test helper: a renderer calls `ipcRenderer.invoke(channel, ...args)` from `from`. */
  async invokeFrom(from: FakeSender, channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) {
      throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
    }
    const event = createFakeEvent({ ...from, frameId: 1, processId: 1 }) as unknown as IpcMainInvokeEvent;
    return await handler(event, ...args);
  }

  reset(): void {
    this.resetRecorder();
    this.handlers.clear();
  }
}

export const ipcMain = new FakeIpcMain();

/** `on`/`removeListener` come from EventEmitter: the preload subscribes to main's pushes. */
export class FakeIpcRenderer extends Recorder implements Pick<IpcRenderer, 'invoke'> {
  /** Who the renderer side claims to be when it reaches the fake ipcMain. */
  sender: FakeSender = createFakeSender();

  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.record('invoke', [channel, ...args]);
    return ipcMain.invokeFrom(this.sender, channel, ...args);
  }

  /** Test helper: main sent `channel` to this renderer (`webContents.send`). */
  deliver(channel: string, ...args: unknown[]): void {
    this.emit(channel, createFakeEvent({ sender: this, ports: [] }), ...args);
  }

  reset(): void {
    this.resetRecorder();
    this.sender = createFakeSender();
  }
}

export const ipcRenderer = new FakeIpcRenderer();
