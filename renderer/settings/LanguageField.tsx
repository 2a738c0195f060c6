import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage, supportedLanguageFor, type Language, type LanguageSetting } from '../../electron/common/i18n/languages.js';
import { FieldProblems } from './fields.js';

export interface LanguageFieldProps {
  value: LanguageSetting;
  /** What "System language" means on this computer now, as main resolved it. */
  systemLanguage?: Language;
  onCommit(language: LanguageSetting): Promise<string[]>;
}

/**
 * The language Limber speaks. Every language is listed by its own name, so a reader finds theirs whatever the
 * window speaks now; the choice applies at once (main sends the page its new catalogue and re-renders the tray).
 */
export function LanguageField({ value, systemLanguage, onCommit }: LanguageFieldProps) {
  const id = useId();
  const { t, i18n } = useTranslation();
  const [problems, setProblems] = useState<string[]>([]);
  const system = systemLanguage ?? fallbackSystemLanguage(value, i18n.language);
  return (
    <div className="field">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        className="language-select"
        value={value}
        aria-describedby={problems.length ? `${id}-problem` : `${id}-hint`}
        onChange={(event) => {
          const chosen = event.target.value;
          if (chosen === 'system' || isLanguage(chosen)) void onCommit(chosen).then(setProblems);
        }}
      >
        <option value="system">{t('language.system', { name: LANGUAGE_NAMES[system] })}</option>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
      {problems.length === 0 && (
        <p id={`${id}-hint`} className="hint">
          {t('language.hint')}
        </p>
      )}
      <FieldProblems id={`${id}-problem`} problems={problems} />
    </div>
  );
}

/** For a main that does not say: while the setting follows the system the page speaks the system's language. */
function fallbackSystemLanguage(setting: LanguageSetting, spoken: string): Language {
  if (setting === 'system' && isLanguage(spoken)) return spoken;
  return supportedLanguageFor(navigator.language) ?? 'en';
}
