import { useId, useState, type ReactNode } from 'react';
import { useWords } from './words.js';

/**
 * The form controls every section uses. Each shows its own problems inline, tied to the control with
 * aria-describedby and aria-invalid, and commits through `onCommit`, which resolves to the problems (none when
 * the change was saved).
 */

export type Commit<T> = (value: T) => Promise<string[]>;

export function FieldProblems({ id, problems }: { id: string; problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <p id={id} className="field-problem">
      {problems.join(' ')}
    </p>
  );
}

export interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  unit: string;
  hint?: string;
  onCommit: Commit<number>;
  /** Told on every keystroke whether the text in the box is a value that would be saved. */
  onDraft?: (valid: boolean) => void;
}

/**
 * Digits only: `Number()` would read "0x10" as 16 and "1e1" as 10, and save what the user never typed. Arabic-Indic
 * and Persian digits count as the digits they are, since an Arabic keyboard may type them.
 */
export function parseWholeNumber(text: string): number {
  const trimmed = text.trim().replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) & 0xf));
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** Typed text is committed on Enter or on leaving the field, so a half-typed "4" on the way to "45" is not sent. */
export function NumberField({ label, value, min, max, unit, hint, onCommit, onDraft }: NumberFieldProps) {
  const id = useId();
  const { t, number } = useWords();
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  const [problems, setProblems] = useState<string[]>([]);
  if (shown !== value) {
    // Changed from elsewhere (restore defaults, or a preset): show the new value.
    setShown(value);
    setText(String(value));
    setProblems([]);
  }
  const commit = async () => {
    const trimmed = text.trim();
    // Back to the saved value: nothing to send, and nothing wrong any more.
    if (trimmed === String(value)) return setProblems([]);
    // An empty or non-numeric entry goes to the schema as NaN, so its message names the range like any other.
    setProblems(await onCommit(parseWholeNumber(trimmed)));
  };
  // The problem names the range itself: while it shows, the hint would only say it twice.
  const describedBy = problems.length ? `${id}-problem` : `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="number-input">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          size={4}
          value={text}
          aria-invalid={problems.length > 0}
          aria-describedby={describedBy}
          onChange={(event) => {
            setText(event.target.value);
            const typed = parseWholeNumber(event.target.value);
            onDraft?.(typed >= min && typed <= max);
          }}
          onBlur={() => void commit()}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void commit();
          }}
        />
        <span className="unit">{unit}</span>
      </div>
      {problems.length === 0 && (
        <p id={`${id}-hint`} className="hint">
          {hint ?? t('settings.range', { min: number(min), max: number(max) })}
        </p>
      )}
      <FieldProblems id={`${id}-problem`} problems={problems} />
    </div>
  );
}

export interface ChoiceProps<T extends string | number> {
  legend: string;
  value: T | null;
  options: ReadonlyArray<{ value: T; label: string; hint?: string }>;
  onCommit: Commit<T>;
  children?: ReactNode;
}

export function Choice<T extends string | number>({ legend, value, options, onCommit, children }: ChoiceProps<T>) {
  const name = useId();
  const [problems, setProblems] = useState<string[]>([]);
  return (
    <fieldset className="choice" aria-describedby={problems.length ? `${name}-problem` : undefined}>
      <legend>{legend}</legend>
      <div className="choice-options">
        {options.map((option) => (
          <label key={String(option.value)} className="choice-option">
            <input
              type="radio"
              name={name}
              checked={value === option.value}
              onChange={() => void onCommit(option.value).then(setProblems)}
            />
            <span>
              {option.label}
              {option.hint && <span className="hint">{option.hint}</span>}
            </span>
          </label>
        ))}
      </div>
      {children}
      <FieldProblems id={`${name}-problem`} problems={problems} />
    </fieldset>
  );
}

export interface ToggleProps {
  label: string;
  hint?: string;
  checked: boolean;
  onCommit: Commit<boolean>;
}

export function Toggle({ label, hint, checked, onCommit }: ToggleProps) {
  const id = useId();
  const [problems, setProblems] = useState<string[]>([]);
  const describedBy = [hint ? `${id}-hint` : '', problems.length ? `${id}-problem` : ''].filter(Boolean).join(' ');
  return (
    <div className="field toggle">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={describedBy || undefined}
        onChange={(event) => void onCommit(event.target.checked).then(setProblems)}
      />
      <div>
        <label htmlFor={id}>{label}</label>
        {hint && (
          <p id={`${id}-hint`} className="hint">
            {hint}
          </p>
        )}
        <FieldProblems id={`${id}-problem`} problems={problems} />
      </div>
    </div>
  );
}
