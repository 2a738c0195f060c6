import { useEffect, useRef, useState } from 'react';
import type { SettingsView } from '../../electron/common/ipc-contract.js';
import type { SettingsPatch } from '../../electron/common/settings.js';
import { IntervalChoice } from './BreaksSection.js';
import { Choice, Toggle } from './fields.js';
import { WhyBreaks } from './why/WhyBreaks.js';
import type { OpenLink } from './why/SourceList.js';
import { LanguageField } from './LanguageField.js';
import { POSTURE_CHOICES, useWords, type Key } from './words.js';

export interface WelcomeProps {
  view: SettingsView;
  update(patch: SettingsPatch): Promise<string[]>;
  onDone(): Promise<void>;
  openLink: OpenLink;
  /** Opens the break window on the suggested routine, so the first break can be tried at once. */
  tryBreak(): Promise<string | null>;
}

const TRAY_PLACE = {
  linux: 'welcome.trayPlace.linux',
  darwin: 'welcome.trayPlace.darwin',
  win32: 'welcome.trayPlace.win32',
  other: 'welcome.trayPlace.other',
} as const satisfies Record<SettingsView['platform'], Key>;

const STEPS = ['welcome.steps.what', 'welcome.steps.breaks', 'welcome.steps.finding'] as const satisfies readonly Key[];

/**
 * The way back and the way on, pointing where the pages go. The arrow is drawn, not typed, and turned round
 * in a right-to-left layout (settings.css), where the next page lies to the left.
 */
function Arrow({ to }: { to: 'back' | 'next' }) {
  return (
    <svg className={`nav-arrow ${to}`} viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path d={to === 'next' ? 'M3 8h9M8 3.5 12.5 8 8 12.5' : 'M13 8H4M8 3.5 3.5 8 8 12.5'} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** The first start: three short pages, every choice saved as it is made, finished by keyboard as easily as by mouse. */
export function Welcome({ view, update, onDone, openLink, tryBreak }: WelcomeProps) {
  const { t, number } = useWords();
  const [tried, setTried] = useState<string | null>(null);
  // An "Other" interval that would not be saved keeps the welcome on this page, where its message shows.
  const [intervalOk, setIntervalOk] = useState(true);
  const [step, setStep] = useState(0);
  const [finishing, setFinishing] = useState(false);
  const [reading, setReading] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const whyButton = useRef<HTMLButtonElement>(null);
  const first = useRef(true);
  const wasReading = useRef(false);
  useEffect(() => {
    // The first page keeps the browser's own starting point; later pages move focus to their heading.
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [step]);
  useEffect(() => {
    // Back from the reasons, the reader carries on from the button that took them there.
    if (wasReading.current && !reading) whyButton.current?.focus();
    wasReading.current = reading;
  }, [reading]);

  if (reading) {
    const back = (
      <button type="button" onClick={() => setReading(false)}>
        {t('welcome.backToWelcome')}
      </button>
    );
    return (
      <main className="welcome" aria-labelledby="why-title">
        <div className="welcome-nav at-top">{back}</div>
        <WhyBreaks openLink={openLink} focusTitle />
        <div className="welcome-nav">{back}</div>
      </main>
    );
  }

  return (
    <main className="welcome" aria-labelledby="welcome-title">
      <p className="eyebrow">{t('welcome.step', { step: number(step + 1), steps: number(STEPS.length) })}</p>
      <h1 id="welcome-title" ref={heading} tabIndex={-1}>
        {t(STEPS[step]!)}
      </h1>
      {step === 0 && (
        <>
          <p>{t('welcome.intro')}</p>
          <div className="safety-note" role="note" aria-label={t('welcome.safetyLabel')}>
            <p>
              <strong>{t('welcome.safetyLead')}</strong> {t('welcome.safety')}
            </p>
            <p>{t('welcome.safetyMild')}</p>
          </div>
          <LanguageField value={view.settings.language} systemLanguage={view.systemLanguage} onCommit={(language) => update({ language })} />
        </>
      )}
      {step === 1 && (
        <>
          <p>{t('welcome.changeLater')}</p>
          <IntervalChoice settings={view.settings} update={update} onDraft={setIntervalOk} />
          <div>
            <button type="button" className="link" ref={whyButton} onClick={() => setReading(true)}>
              {t('welcome.why')}
            </button>
          </div>
          <Choice
            legend={t('welcome.postureLegend')}
            value={view.settings.posturePreference}
            options={POSTURE_CHOICES.map((choice) => ({ value: choice.value, label: t(choice.labelKey), hint: t(choice.hintKey) }))}
            onCommit={(posturePreference) => update({ posturePreference })}
          />
        </>
      )}
      {step === 2 && (
        <>
          <p>{t(TRAY_PLACE[view.platform])}</p>
          <p>
            <strong>{t('welcome.noIcon')}</strong> {t('welcome.noIconMore')}
          </p>
          <Toggle
            label={t('settings.names.launchAtLogin')}
            hint={t('welcome.loginHint')}
            checked={view.settings.launchAtLogin}
            onCommit={(launchAtLogin) => update({ launchAtLogin })}
          />
          <div>
            <button type="button" onClick={() => void tryBreak().then(setTried)}>
              {t('welcome.tryBreak')}
            </button>
            {tried && (
              <p className="notice" role="alert">
                {tried}
              </p>
            )}
          </div>
        </>
      )}
      <div className="welcome-nav">
        {step > 0 && (
          <button type="button" className="nav-back" onClick={() => setStep(step - 1)}>
            <Arrow to="back" />
            {t('welcome.back')}
          </button>
        )}
        {step < STEPS.length - 1 ? (
          <button type="button" className="primary nav-next" onClick={() => (step !== 1 || intervalOk) && setStep(step + 1)}>
            {t('welcome.next')}
            <Arrow to="next" />
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            disabled={finishing}
            onClick={() => {
              setFinishing(true);
              void onDone().finally(() => setFinishing(false));
            }}
          >
            {t('welcome.done')}
          </button>
        )}
      </div>
    </main>
  );
}
