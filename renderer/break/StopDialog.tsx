import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface StopDialogProps {
  open: boolean;
  onKeepGoing: () => void;
  onStop: () => void;
}

/**
 * A native modal: it keeps focus inside, puts it on the first button (Keep going), and Esc inside it means "keep
 * going", the safe answer.
 */
export function StopDialog({ open, onKeepGoing, onStop }: StopDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="stop-dialog"
      aria-labelledby="stop-title"
      aria-describedby="stop-text"
      onCancel={(event) => {
        event.preventDefault();
        onKeepGoing();
      }}
    >
      <h2 id="stop-title">{t('break.stop.title')}</h2>
      <p id="stop-text">{t('break.stop.text')}</p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onKeepGoing}>
          {t('break.stop.keepGoing')}
        </button>
        <button type="button" onClick={onStop}>
          {t('break.stop.stopAndClose')}
        </button>
      </div>
    </dialog>
  );
}
