import { useEffect, useRef, useState } from 'react';
import type { SettingsView } from '../../electron/common/ipc-contract.js';
import type { SettingsPatch } from '../../electron/common/settings.js';
import { IntervalChoice } from './BreaksSection.js';
import { Choice, Toggle } from './fields.js';
import { WhyBreaks } from './why/WhyBreaks.js';
import type { OpenLink } from './why/SourceList.js';
import { POSTURE_CHOICES } from './words.js';

export interface WelcomeProps {
  view: SettingsView;
  update(patch: SettingsPatch): Promise<string[]>;
  onDone(): Promise<void>;
  openLink: OpenLink;
  /** Opens the break window on the suggested routine, so the first break can be tried at once. */
  tryBreak(): Promise<string | null>;
}

const TRAY_PLACE: Record<SettingsView['platform'], string> = {
  linux: 'in the top bar or panel of your desktop, usually near the clock',
  darwin: 'in the menu bar at the top right of the screen',
  win32: 'in the notification area at the bottom right, near the clock; it may be hidden behind the ^ arrow',
  other: 'in your desktop’s tray or panel, near the clock',
};

const STEPS = ['What Limber does', 'Your breaks', 'Finding Limber'] as const;

/** The first start: three short pages, every choice saved as it is made, finished by keyboard as easily as by mouse. */
export function Welcome({ view, update, onDone, openLink, tryBreak }: WelcomeProps) {
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
        Back to the welcome
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
      <p className="eyebrow">
        Welcome to Limber · step {step + 1} of {STEPS.length}
      </p>
      <h1 id="welcome-title" ref={heading} tabIndex={-1}>
        {STEPS[step]}
      </h1>
      {step === 0 && (
        <>
          <p>
            Limber keeps an eye on how long you have been sitting and suggests a short stretch before it gets too
            long. It counts time at the computer as sitting unless you tell it otherwise, for example with “I’m
            standing” in its menu, and it notices when you step away.
          </p>
          <div className="safety-note" role="note" aria-label="Safety">
            <p>
              <strong>Before you start:</strong> if you have a back condition, have had surgery recently or are
              pregnant, check with your doctor first.
            </p>
            <p>Stretch mildly and never into pain. If something hurts, ease off and stop.</p>
          </div>
        </>
      )}
      {step === 1 && (
        <>
          <p>You can change both later in Settings.</p>
          <IntervalChoice settings={view.settings} update={update} onDraft={setIntervalOk} />
          <div>
            <button type="button" className="link" ref={whyButton} onClick={() => setReading(true)}>
              Why 30 minutes? The evidence, with its sources
            </button>
          </div>
          <Choice
            legend="What kind of breaks do you prefer?"
            value={view.settings.posturePreference}
            options={POSTURE_CHOICES}
            onCommit={(posturePreference) => update({ posturePreference })}
          />
        </>
      )}
      {step === 2 && (
        <>
          <p>Limber has no main window. It lives as a small icon {TRAY_PLACE[view.platform]}. Click it for the menu: stretch now, pause, settings and your day so far.</p>
          <p>
            <strong>No icon to be seen?</strong> Some desktops, such as GNOME without the AppIndicator extension,
            show no tray icons. Limber still works: breaks still come as notifications, and starting Limber again
            from your applications opens this window.
          </p>
          <Toggle
            label="Start Limber when I log in"
            hint="So it is there every working day without a thought."
            checked={view.settings.launchAtLogin}
            onCommit={(launchAtLogin) => update({ launchAtLogin })}
          />
          <div>
            <button type="button" onClick={() => void tryBreak().then(setTried)}>
              Try a break now
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
          <button type="button" onClick={() => setStep(step - 1)}>
            Back
          </button>
        )}
        {step < STEPS.length - 1 ? (
          <button type="button" className="primary" onClick={() => (step !== 1 || intervalOk) && setStep(step + 1)}>
            Next
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
            Start using Limber
          </button>
        )}
      </div>
    </main>
  );
}
