import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LimberApi, QuietSignalView, QuietView } from '../../electron/common/ipc-contract.js';
import type { QuietReason, QuietSourceId, SignalUnavailable } from '../../electron/common/quiet-moments.js';
import { GRACE_RANGE, HOLD_LIMIT_RANGE, QUIET_REASONS } from '../../electron/common/settings.js';
import type { SectionProps } from './BreaksSection.js';
import { FieldProblems, NumberField } from './fields.js';

/**
 * Quiet moments: one switch per signal with what it reads on this desktop right now, the grace after a moment,
 * the hold limit and the user's quiet apps. The live states come from main (`quiet:get`) when the window opens
 * and again whenever the app's state changes, which is when a signal's change reaches the engine.
 */

/** The hold limit a switched-on reminder starts from, as in the defaults. */
const DEFAULT_HOLD_LIMIT = 90;

export function QuietSection({ api, settings, update }: SectionProps & { api: LimberApi }) {
  const { t } = useTranslation();
  const [view, setView] = useState<QuietView | null>(null);
  const [failed, setFailed] = useState(false);
  const quiet = settings.quietMoments;

  const refresh = useCallback(() => {
    api
      .invoke('quiet:get')
      .then((next) => {
        setView(next);
        setFailed(false);
      })
      .catch(() => setFailed(true));
  }, [api]);
  useEffect(() => {
    refresh();
    return api.onStateChanged(() => refresh());
  }, [api, refresh]);

  return (
    <section className="section quiet" aria-labelledby="quiet-title">
      <h2 id="quiet-title">{t('settings.quiet.title')}</h2>
      <p className="explain">{t('settings.quiet.intro')}</p>
      <fieldset className="quiet-signals">
        <legend>{t('settings.quiet.signalsLegend')}</legend>
        {failed && <p className="notice">{t('settings.quiet.loadFailed')}</p>}
        {QUIET_REASONS.map((reason) => (
          <SignalSwitch
            key={reason}
            reason={reason}
            checked={quiet.signals[reason]}
            live={view?.signals.find((s) => s.reason === reason) ?? null}
            loading={view === null && !failed}
            onCommit={(on) => update({ quietMoments: { signals: { [reason]: on } } })}
          />
        ))}
      </fieldset>
      <div className="field-row">
        <NumberField
          label={t('settings.quiet.grace.label')}
          value={quiet.graceMin}
          min={GRACE_RANGE.min}
          max={GRACE_RANGE.max}
          unit={t('settings.quiet.minutes')}
          hint={t('settings.quiet.grace.hint')}
          onCommit={(graceMin) => update({ quietMoments: { graceMin } })}
        />
      </div>
      <HoldLimit value={quiet.holdLimitMin} update={update} />
      <QuietApps api={api} apps={quiet.apps} update={update} />
    </section>
  );
}

function SignalSwitch({
  reason,
  checked,
  live,
  loading,
  onCommit,
}: {
  reason: QuietReason;
  checked: boolean;
  live: QuietSignalView | null;
  loading: boolean;
  onCommit(on: boolean): Promise<string[]>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [problems, setProblems] = useState<string[]>([]);
  const words = signalWords(t)[reason];
  const describedBy = [`${id}-hint`, `${id}-state`, problems.length ? `${id}-problem` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field toggle quiet-signal ${live?.state ?? ''}`}>
      <input id={id} type="checkbox" checked={checked} aria-describedby={describedBy} onChange={(event) => void onCommit(event.target.checked).then(setProblems)} />
      <div>
        <label htmlFor={id}>{words.label}</label>
        <p id={`${id}-hint`} className="hint">
          {words.hint}
        </p>
        <div id={`${id}-state`} className="quiet-state">
          {loading ? <p>{t('settings.quiet.loading')}</p> : live && <LiveState live={live} />}
        </div>
        <FieldProblems id={`${id}-problem`} problems={problems} />
      </div>
    </div>
  );
}

function LiveState({ live }: { live: QuietSignalView }) {
  const { t } = useTranslation();
  const label = { detected: t('settings.quiet.state.detected'), clear: t('settings.quiet.state.clear'), unavailable: t('settings.quiet.state.unavailable') }[live.state];
  const why = live.sources.filter((s) => s.unavailable !== null);
  return (
    <>
      <p className={`quiet-badge ${live.state}`}>
        <span className="quiet-dot" aria-hidden="true" />
        {label}
      </p>
      {live.state === 'unavailable' &&
        (why.length === 0 ? (
          <p className="hint">{t('settings.quiet.state.noSource')}</p>
        ) : (
          <ul className="quiet-why hint">
            {why.map((s) => (
              <li key={s.source}>{t('settings.quiet.state.why', { source: sourceName(t, s.source), reason: unavailableWords(t, s.unavailable!) })}</li>
            ))}
          </ul>
        ))}
    </>
  );
}

function HoldLimit({ value, update }: { value: number | 'never'; update: SectionProps['update'] }) {
  const { t } = useTranslation();
  const id = useId();
  const [problems, setProblems] = useState<string[]>([]);
  // The last minutes the user chose, so switching the reminder off and on again brings them back.
  const [last, setLast] = useState(typeof value === 'number' ? value : DEFAULT_HOLD_LIMIT);
  if (typeof value === 'number' && value !== last) setLast(value);
  const on = value !== 'never';
  return (
    <div className="quiet-hold-limit">
      <div className="field toggle">
        <input
          id={id}
          type="checkbox"
          checked={on}
          aria-describedby={[`${id}-hint`, problems.length ? `${id}-problem` : ''].filter(Boolean).join(' ')}
          onChange={(event) => void update({ quietMoments: { holdLimitMin: event.target.checked ? last : 'never' } }).then(setProblems)}
        />
        <div>
          <label htmlFor={id}>{t('settings.quiet.holdLimit.toggle')}</label>
          <p id={`${id}-hint`} className="hint">
            {t('settings.quiet.holdLimit.toggleHint')}
          </p>
          <FieldProblems id={`${id}-problem`} problems={problems} />
        </div>
      </div>
      {on && (
        <div className="field-row quiet-indent">
          <NumberField
            label={t('settings.quiet.holdLimit.label')}
            value={value}
            min={HOLD_LIMIT_RANGE.min}
            max={HOLD_LIMIT_RANGE.max}
            unit={t('settings.quiet.minutes')}
            hint={t('settings.quiet.holdLimit.hint')}
            onCommit={(holdLimitMin) => update({ quietMoments: { holdLimitMin } })}
          />
        </div>
      )}
    </div>
  );
}

/**
 * The user's quiet apps: each removable, and new ones picked from the processes running now, which main lists
 * only while the picker is open. Every step works from the keyboard, and focus never falls back to the page.
 */
function QuietApps({ api, apps, update }: { api: LimberApi; apps: string[]; update: SectionProps['update'] }) {
  const { t } = useTranslation();
  const id = useId();
  const [picking, setPicking] = useState(false);
  const [running, setRunning] = useState<string[] | null>(null);
  const [wanted, setChosen] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [said, setSaid] = useState('');
  const chooseButton = useRef<HTMLButtonElement>(null);
  const picker = useRef<HTMLSelectElement>(null);
  const removeButtons = useRef<Array<HTMLButtonElement | null>>([]);
  const focusAfterRemove = useRef<number | null>(null);

  const offered = (running ?? []).filter((name) => !apps.some((a) => a.toLowerCase() === name.toLowerCase()));
  // What the picker shows selected: the user's choice while it is still offered, else the first offered.
  const chosen = offered.includes(wanted) ? wanted : (offered[0] ?? '');

  const load = useCallback(() => {
    setRunning(null);
    api
      .invoke('quiet:get', { runningApps: true })
      .then((view) => setRunning(view.runningApps ?? []))
      .catch(() => setRunning([]));
  }, [api]);

  useEffect(() => {
    // After a removal, the next app's Remove button (or the one before, or Choose) takes focus.
    const at = focusAfterRemove.current;
    if (at === null) return;
    focusAfterRemove.current = null;
    const next = removeButtons.current[Math.min(at, apps.length - 1)];
    (next ?? chooseButton.current)?.focus();
  }, [apps]);

  const commit = async (next: string[]) => {
    const found = await update({ quietMoments: { apps: next } });
    setProblems(found);
    return found.length === 0;
  };
  const add = async () => {
    if (!chosen) return;
    if (await commit([...apps, chosen])) {
      setSaid(t('settings.quiet.apps.added', { name: chosen }));
      picker.current?.focus();
    }
  };
  const remove = async (index: number) => {
    const name = apps[index]!;
    focusAfterRemove.current = index;
    if (await commit(apps.filter((_, i) => i !== index))) setSaid(t('settings.quiet.apps.removed', { name }));
    else focusAfterRemove.current = null;
  };
  const open = () => {
    setPicking(true);
    load();
  };
  const close = () => {
    setPicking(false);
    setRunning(null);
    // The Choose button comes back once the picker is gone; focus goes to it then.
    requestAnimationFrame(() => chooseButton.current?.focus());
  };

  return (
    <div className="quiet-apps" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('settings.quiet.apps.title')}</h3>
      <p className="hint">{t('settings.quiet.apps.explain')}</p>
      {apps.length === 0 ? (
        <p>{t('settings.quiet.apps.none')}</p>
      ) : (
        <ul className="quiet-app-list">
          {apps.map((name, index) => (
            <li key={name}>
              <span className="quiet-app-name">{name}</span>
              <button
                type="button"
                className="small"
                ref={(el) => {
                  removeButtons.current[index] = el;
                }}
                aria-label={t('settings.quiet.apps.removeNamed', { name })}
                onClick={() => void remove(index)}
              >
                {t('settings.quiet.apps.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {!picking ? (
        <div className="button-row">
          <button type="button" ref={chooseButton} onClick={open}>
            {t('settings.quiet.apps.choose')}
          </button>
        </div>
      ) : (
        <div className="quiet-picker">
          {running === null ? (
            <p role="status">{t('settings.quiet.apps.loading')}</p>
          ) : running.length === 0 ? (
            <p>{t('settings.quiet.apps.noneRunning')}</p>
          ) : offered.length === 0 ? (
            <p>{t('settings.quiet.apps.allAdded')}</p>
          ) : (
            <div className="field">
              <label htmlFor={`${id}-picker`}>{t('settings.quiet.apps.pickLabel')}</label>
              <div className="button-row">
                <select
                  id={`${id}-picker`}
                  ref={picker}
                  value={chosen}
                  autoFocus
                  onChange={(event) => setChosen(event.target.value)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') {
                      event.preventDefault();
                      void add();
                    }
                  }}
                >
                  {offered.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </select>
                <button type="button" onClick={() => void add()}>
                  {t('settings.quiet.apps.add')}
                </button>
              </div>
            </div>
          )}
          <div className="button-row">
            <button type="button" className="small" onClick={load}>
              {t('settings.quiet.apps.refresh')}
            </button>
            <button type="button" className="small" onClick={close}>
              {t('settings.quiet.apps.done')}
            </button>
          </div>
        </div>
      )}
      <FieldProblems id={`${id}-problem`} problems={problems} />
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </div>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

/*
 * Signals, sources and reasons are codes (quiet-moments.ts), named here by keys built from the codes;
 * test/resources/catalogues.test.ts checks that English has a key for every code, since tsc gives up following
 * keys through a catalogue this large (TS2589).
 */
type Words = (key: string, values?: Record<string, unknown>) => string;

function sourceName(t: T, source: QuietSourceId): string {
  return (t as unknown as Words)(`settings.quiet.sources.${source}`);
}

function unavailableWords(t: T, why: SignalUnavailable): string {
  return (t as unknown as Words)(`settings.quiet.why.${why.code}`, { ...why });
}

function signalWords(t: T): Record<QuietReason, { label: string; hint: string }> {
  const words = t as unknown as Words;
  const of = (reason: QuietReason) => ({ label: words(`settings.quiet.signal.${reason}.label`), hint: words(`settings.quiet.signal.${reason}.hint`) });
  return { call: of('call'), presentation: of('presentation'), fullscreen: of('fullscreen'), dnd: of('dnd'), awake: of('awake'), app: of('app') };
}
