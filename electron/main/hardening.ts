import { session, shell, type App } from 'electron';
import { EXTERNAL_LINKS, type ExternalLinkId } from '../common/app-origin.js';

/**
 * Web content in Limber is only ever our own bundled renderer, so anything that would take it elsewhere — a
 * navigation, a popup, an embedded <webview> — is treated as an attack and refused.
 */
export function hardenWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

/** Notifications are shown from main, so the renderer has no reason to hold any permission at all. */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

/** Pages name a link by id; the URL always comes from the fixed list, never from the page. */
export async function openExternalLink(id: ExternalLinkId): Promise<void> {
  const url = EXTERNAL_LINKS[id];
  if (!url.startsWith('https://')) throw new Error(`link ${id} is not https`);
  await shell.openExternal(url);
}
