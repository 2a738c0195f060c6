import { useEffect, useRef } from 'react';

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
      <h2 id="stop-title">Stop this break?</h2>
      <p id="stop-text">What you have done so far still counts.</p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onKeepGoing}>
          Keep going
        </button>
        <button type="button" onClick={onStop}>
          Stop and close
        </button>
      </div>
    </dialog>
  );
}
