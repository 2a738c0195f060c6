import type { Session, WebContents } from 'electron';
import { app } from './app.js';
import { FakeWebContents } from './browser-window.js';
import { Recorder } from './support.js';

type SessionStatics = typeof import('electron').session;
type PermissionRequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
type PermissionCheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>;
type Permission = Parameters<PermissionRequestHandler>[1];

export class FakeSession extends Recorder implements Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;

  constructor(readonly partition: string) {
    super();
  }

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.record('setPermissionRequestHandler', [handler]);
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.record('setPermissionCheckHandler', [handler]);
    this.permissionCheckHandler = handler;
  }

  /** Test helper: a page asks for `permission`. Electron grants everything when no handler is set. */
  requestPermission(permission: Permission, contents = new FakeWebContents()): Promise<boolean> {
    const handler = this.permissionRequestHandler;
    if (!handler) return Promise.resolve(true);
    return new Promise((resolve) => {
      handler(contents as unknown as WebContents, permission, resolve, {
        requestingUrl: contents.url,
        isMainFrame: true,
      } as Parameters<PermissionRequestHandler>[3]);
    });
  }

  /** Test helper: a page checks `permission` synchronously. Electron allows it when no handler is set. */
  checkPermission(permission: Permission, origin = 'app://limber'): boolean {
    const handler = this.permissionCheckHandler;
    if (!handler) return true;
    return handler(null, permission, origin, { isMainFrame: true } as Parameters<PermissionCheckHandler>[3]);
  }
}

export const sessions = new Map<string, FakeSession>();

export const session = {
  /** Like Electron, the default session does not exist until the app is ready. */
  get defaultSession(): FakeSession {
    if (!app.isReady()) {
      throw new Error('Session can only be received when app is ready');
    }
    return session.fromPartition('');
  },
  fromPartition(partition: Parameters<SessionStatics['fromPartition']>[0]): FakeSession {
    let s = sessions.get(partition);
    if (!s) {
      s = new FakeSession(partition);
      sessions.set(partition, s);
    }
    return s;
  },
};
