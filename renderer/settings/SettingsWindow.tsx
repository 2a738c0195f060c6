import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ExternalLinkId } from '../../electron/common/app-origin.js';
import type { LimberApi } from '../../electron/common/ipc-contract.js';
import { HistoryPanel } from './history/HistoryPanel.js';
import { RecoveryBanner } from './RecoveryBanner.js';
import { SettingsForm } from './SettingsForm.js';
import { StorageBanner } from './StorageBanner.js';
import { useSettingsView } from './useSettingsView.js';
import { useWords } from './words.js';
import { Welcome } from './Welcome.js';
import { WhyBreaks } from './why/WhyBreaks.js';

const TABS = [
  { id: 'settings', label: 'settings.tabs.settings' },
  { id: 'history', label: 'settings.tabs.history' },
  { id: 'why', label: 'settings.tabs.why' },
] as const;
type Tab = (typeof TABS)[number]['id'];

/** Limber's one everyday window: the welcome on a first start, then settings, history and the reasons for breaks as tabs. */
export function SettingsWindow({ api }: { api: LimberApi }) {
  const state = useSettingsView(api);
  const { t, locale, dir } = useWords();
  const [tab, setTab] = useState<Tab>('settings');
  const tabs = useRef<Record<Tab, HTMLButtonElement | null>>({ settings: null, history: null, why: null });
  const topBar = useTopBarHeight();
  // The window's title follows the language too (main gives the first one, before the page has loaded).
  const title = t('dialog.windowTitle.settings');
  useLayoutEffect(() => {
    document.title = title;
  }, [title]);
  const { view } = state;
  const openLink = (id: ExternalLinkId) => api.invoke('link:open', { id });

  if (state.status === 'loading' || !view) {
    return state.status === 'failed' ? (
      <main className="settings-window">
        <p className="notice">{t('settings.window.loadFailed')}</p>
      </main>
    ) : (
      <div className="settings-window">
        <p className="loading">{t('settings.window.loading')}</p>
      </div>
    );
  }
  if (!view.firstRunDone) {
    return (
      <div className="settings-window">
        <Welcome
          view={view}
          update={state.update}
          onDone={state.completeFirstRun}
          openLink={openLink}
          tryBreak={() =>
            api
              .invoke('app:control', { type: 'stretch' })
              .then((result) => (result.ok ? null : result.reason))
              .catch(() => t('welcome.tryFailed'))
          }
        />
      </div>
    );
  }

  // Arrow keys, Home and End move between tabs, as in any tab strip; Tab itself goes on into the panel. In a
  // right-to-left layout the strip is mirrored, so the arrow pointing the way of reading goes to the next tab.
  const onTabKey = (event: KeyboardEvent) => {
    const at = TABS.findIndex((t) => t.id === tab);
    const forward = (at + 1) % TABS.length;
    const backward = (at + TABS.length - 1) % TABS.length;
    const index = {
      ArrowRight: dir === 'rtl' ? backward : forward,
      ArrowLeft: dir === 'rtl' ? forward : backward,
      Home: 0,
      End: TABS.length - 1,
    }[event.key];
    if (index === undefined) return;
    event.preventDefault();
    const next = TABS[index]!.id;
    setTab(next);
    tabs.current[next]?.focus();
  };

  return (
    <div className="settings-window">
      <header className="settings-top" ref={topBar}>
        <span className="brand">Limber</span>
        <div className="tabs" role="tablist" aria-label={t('settings.window.tabsLabel')} onKeyDown={onTabKey}>
          {TABS.map((tabInfo) => (
            <button
              key={tabInfo.id}
              ref={(el) => {
                tabs.current[tabInfo.id] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${tabInfo.id}`}
              aria-selected={tab === tabInfo.id}
              aria-controls={`panel-${tabInfo.id}`}
              tabIndex={tab === tabInfo.id ? 0 : -1}
              onClick={() => setTab(tabInfo.id)}
            >
              {t(tabInfo.label)}
            </button>
          ))}
        </div>
      </header>
      {view.recovery && <RecoveryBanner recovery={view.recovery} onDismiss={state.dismissRecovery} />}
      {view.storageProblems && view.storageProblems.length > 0 && <StorageBanner problems={view.storageProblems} />}
      {/*
        The settings panel stays mounted while another tab is shown, so a half-typed or refused value and its
        message are still there on the way back rather than silently thrown away.
      */}
      <main id="panel-settings" role="tabpanel" aria-labelledby="tab-settings" className="panel" hidden={tab !== 'settings'}>
        <h1 className="visually-hidden">{t('settings.title')}</h1>
        <SettingsForm api={api} view={view} update={state.update} restoreDefaults={state.restoreDefaults} openLogFolder={() => api.invoke('app:open-log-folder')} />
      </main>
      {/* The reasons are a long read with their first control at the very end, so the panel itself takes focus. */}
      {tab !== 'settings' && (
        <main id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} className="panel" tabIndex={tab === 'why' ? 0 : undefined}>
          {tab === 'history' && (
            <>
              <h1 className="visually-hidden">{t('settings.tabs.history')}</h1>
              <HistoryPanel api={api} boundaryHour={view.settings.dayBoundaryHour} />
            </>
          )}
          {tab === 'why' && <WhyBreaks openLink={openLink} />}
        </main>
      )}
      <p className="visually-hidden" role="status">
        {state.saved > 0 ? t('settings.window.savedAt', { time: new Date(state.saved).toLocaleTimeString(locale, { hour: 'numeric', minute: '2-digit', second: '2-digit' }) }) : ''}
      </p>
    </div>
  );
}

/**
 * The tab bar's height as `--top-bar` on the page, so whatever the browser scrolls to stops below the bar however
 * tall its words make it. A bar that takes much of the window (tabs in a longer language wrapping onto two lines
 * at a large text size) scrolls away with the page instead of covering what is being read.
 */
const MOST_A_BAR_MAY_COVER = 0.18;

function useTopBarHeight() {
  const [bar, setBar] = useState<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (!bar) return;
    const root = document.documentElement;
    const measure = () => {
      const height = bar.getBoundingClientRect().height;
      root.style.setProperty('--top-bar', `${height}px`);
      root.dataset.topBar = height > window.innerHeight * MOST_A_BAR_MAY_COVER ? 'scrolls' : 'stays';
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(bar);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
      root.style.removeProperty('--top-bar');
      delete root.dataset.topBar;
    };
  }, [bar]);
  return setBar;
}
