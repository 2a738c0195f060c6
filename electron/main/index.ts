import { app } from 'electron';
import { hardenWebContents, denyAllPermissions } from './hardening.js';

// Must match electron-builder's appId: Windows only shows toasts for the AUMID on the installer's shortcut.
const APP_ID = 'app.limber.desktop';

// Set before anything can create a renderer, so no window ever escapes the sandbox.
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // A second launch only needs to wake the first one (via its `second-instance` event), then get out of the way.
  app.quit();
} else {
  if (process.platform === 'win32') {
    app.setAppUserModelId(APP_ID);
  }
  hardenWebContents(app);

  // Limber lives in the tray: closing its last window must not end the process.
  app.on('window-all-closed', () => {});

  app
    .whenReady()
    .then(() => {
      denyAllPermissions();
      // Without this, macOS would show a Dock icon for an app meant to live only in the menu bar.
      app.dock?.hide();
    })
    .catch((error: unknown) => {
      // A half-started tray app is invisible; dying loudly is the only way the user learns something broke.
      console.error('Limber failed to start', error);
      app.exit(1);
    });
}
