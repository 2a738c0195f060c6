import { DisposableStore, type Disposable } from '../../common/disposable.js';
import type { AppLanguage } from '../../common/i18n/app-language.js';
import { CHANNEL_PREFIX } from '../../common/ipc-contract.js';
import { registerIpc, type SenderGate } from '../ipc.js';
import type { PageWindows } from '../windows.js';

/**
 * The pages' side of the language: each page asks for its catalogue as it loads, and open pages are sent the new
 * one when the user switches language, so they re-render without reloading (and without losing their place).
 * The tray and notifications follow through the core, which asks for the translator on every render.
 */
export function registerLanguageFeature(deps: { language: AppLanguage; windows: PageWindows; pageOf: SenderGate; rerender: () => void }): Disposable {
  const disposables = new DisposableStore();
  disposables.add(registerIpc({ 'i18n:get': () => deps.language.page() }, deps.pageOf));
  disposables.add(
    deps.language.onDidChange(() => {
      const page = deps.language.page();
      for (const contents of deps.windows.contents()) if (!contents.isDestroyed()) contents.send(`${CHANNEL_PREFIX}language-changed`, page);
      deps.rerender();
    }),
  );
  return disposables;
}
