import path from 'node:path';
import { app } from 'electron';

/**
 * Where the built app finds its parts. The renderer and preload are build output inside the app (the asar when
 * packaged); icons and figures ship as extraResources beside it, because native code (tray, notifications)
 * cannot read from inside an asar.
 */
export interface AppPaths {
  renderer: string;
  preload: string;
  figures: string;
  icons: string;
  userData: string;
}

export function appPaths(): AppPaths {
  const appRoot = app.getAppPath();
  const resources = app.isPackaged ? process.resourcesPath : path.join(appRoot, 'resources');
  return {
    renderer: path.join(appRoot, 'out/renderer'),
    preload: path.join(appRoot, 'out/preload/index.cjs'),
    figures: path.join(resources, 'figures'),
    icons: path.join(resources, 'icons'),
    userData: app.getPath('userData'),
  };
}
