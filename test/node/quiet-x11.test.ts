import x11, { type XClient, type XDisplay } from 'x11';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { X11Fullscreen, ownAtomCache } from '../../electron/node/quiet/x11-fullscreen.js';
import { startXvfb } from '../support/xvfb.js';

/*
 * Against a real X server: the test client plays the window manager, setting the root's _NET_ACTIVE_WINDOW and a
 * window's _NET_WM_STATE exactly as an EWMH window manager does, while the watcher listens.
 */

const XA_ATOM = 4;
const XA_WINDOW = 33;

let server: Awaited<ReturnType<typeof startXvfb>>;
let wm: XDisplay;
const watchers: X11Fullscreen[] = [];

function connect(display: string): Promise<XDisplay> {
  return new Promise((resolve, reject) =>
    x11.createClient({ display }, (err, d) => {
      if (err) return reject(err);
      ownAtomCache(d.client);
      d.client.on('error', () => {});
      resolve(d);
    }),
  );
}
function atom(X: XClient, name: string): Promise<number> {
  return new Promise((resolve, reject) => X.InternAtom(false, name, (err, a) => (err ? reject(err) : resolve(a))));
}

beforeEach(async () => {
  server = await startXvfb();
  wm = await connect(server.display);
});
afterEach(async () => {
  for (const w of watchers.splice(0)) w.dispose();
  wm.client.terminate();
  await server.stop();
});

describe('fullscreen app in front on X11', () => {
  it('follows the active window and its fullscreen state by PropertyNotify', async () => {
    const X = wm.client;
    const root = wm.screen[0]!.root;
    const [active, state, fullscreen, above] = await Promise.all(
      ['_NET_ACTIVE_WINDOW', '_NET_WM_STATE', '_NET_WM_STATE_FULLSCREEN', '_NET_WM_STATE_ABOVE'].map((n) => atom(X, n)),
    );
    const video = X.AllocID();
    X.CreateWindow(video, root, 0, 0, 640, 480, 0, 0, 0, 0, {});
    const editor = X.AllocID();
    X.CreateWindow(editor, root, 0, 0, 640, 480, 0, 0, 0, 0, {});
    X.ChangeProperty(0, root, active!, XA_WINDOW, 32, [editor]);

    const watcher = new X11Fullscreen({ display: server.display, sessionType: 'x11' });
    watchers.push(watcher);
    expect(await watcher.start()).toBe(true);
    expect(watcher.readings().fullscreen).toBe('off');

    X.ChangeProperty(0, video, state!, XA_ATOM, 32, [above!, fullscreen!]);
    X.ChangeProperty(0, root, active!, XA_WINDOW, 32, [video]);
    await vi.waitFor(() => expect(watcher.readings().fullscreen).toBe('on'));

    // Leaving fullscreen in place, without the active window changing.
    X.ChangeProperty(0, video, state!, XA_ATOM, 32, [above!]);
    await vi.waitFor(() => expect(watcher.readings().fullscreen).toBe('off'));
    X.ChangeProperty(0, video, state!, XA_ATOM, 32, [fullscreen!]);
    await vi.waitFor(() => expect(watcher.readings().fullscreen).toBe('on'));
    X.ChangeProperty(0, root, active!, XA_WINDOW, 32, [editor]);
    await vi.waitFor(() => expect(watcher.readings().fullscreen).toBe('off'));
  });

  it('holds only for a fullscreen app on the display Limber would use, following the pointer and the window', async () => {
    const X = wm.client;
    const root = wm.screen[0]!.root;
    const [active, state, fullscreen] = await Promise.all(['_NET_ACTIVE_WINDOW', '_NET_WM_STATE', '_NET_WM_STATE_FULLSCREEN'].map((n) => atom(X, n)));
    // The 1280 × 800 screen as two monitors side by side; the video fills the right one.
    const left = { x: 0, y: 0, width: 640, height: 800 };
    const right = { x: 640, y: 0, width: 640, height: 800 };
    let pointerOn = left;
    const video = X.AllocID();
    X.CreateWindow(video, root, 640, 0, 640, 800, 0, 0, 0, 0, {});
    X.ChangeProperty(0, video, state!, XA_ATOM, 32, [fullscreen!]);
    X.ChangeProperty(0, root, active!, XA_WINDOW, 32, [video]);

    const watcher = new X11Fullscreen({ display: server.display, sessionType: 'x11', targetDisplay: () => pointerOn });
    watchers.push(watcher);
    expect(await watcher.start()).toBe(true);
    // Limber would prompt on the left monitor: the video on the right is no reason to wait.
    expect(watcher.readings().fullscreen).toBe('off');
    // The pointer moves to the right monitor; the engine's next wake samples.
    pointerOn = right;
    watcher.sample();
    expect(watcher.readings().fullscreen).toBe('on');
    // The window manager moves the fullscreen window to the left monitor (ConfigureNotify).
    X.MoveResizeWindow(video, 0, 0, 640, 800);
    await vi.waitFor(() => expect(watcher.readings().fullscreen).toBe('off'));
    pointerOn = left;
    watcher.sample();
    expect(watcher.readings().fullscreen).toBe('on');
  });

  it('says unknown when the display goes away, and on Wayland without trying', async () => {
    const X = wm.client;
    const root = wm.screen[0]!.root;
    X.ChangeProperty(0, root, await atom(X, '_NET_ACTIVE_WINDOW'), XA_WINDOW, 32, [0]);
    const watcher = new X11Fullscreen({ display: server.display, sessionType: 'x11' });
    watchers.push(watcher);
    await watcher.start();
    expect(watcher.readings().fullscreen).toBe('off');
    await server.stop();
    await vi.waitFor(() => expect(watcher.statuses()[0]).toMatchObject({ reading: 'unknown', unavailable: { code: 'x-display-gone' } }));

    const wayland = new X11Fullscreen({ display: ':0', sessionType: 'wayland' });
    expect(await wayland.start()).toBe(false);
    expect(wayland.statuses()[0]!.unavailable).toEqual({ code: 'wayland' });
  });

  it('says unknown where the window manager does not name an active window', async () => {
    const watcher = new X11Fullscreen({ display: server.display, sessionType: 'x11' });
    watchers.push(watcher);
    await watcher.start();
    expect(watcher.statuses()[0]).toMatchObject({ reading: 'unknown', unavailable: { code: 'no-active-window' } });
  });
});
