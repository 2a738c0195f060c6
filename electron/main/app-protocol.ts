import { protocol } from 'electron';
import { APP_SCHEME } from '../common/app-origin.js';
import { serveAppRequest, type AppRoots } from '../node/app-protocol.js';

/**
 * Must run before `ready`. `standard` gives the scheme real origins and relative URLs; `secure` makes it a
 * secure context; `supportFetchAPI` and `corsEnabled` let Vite's `<script type="module" crossorigin>` load.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

export function serveAppScheme(roots: AppRoots): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const response = await serveAppRequest({ method: request.method, url: request.url }, roots);
    return new Response(response.body === null ? null : new Uint8Array(response.body), { status: response.status, headers: response.headers });
  });
}
