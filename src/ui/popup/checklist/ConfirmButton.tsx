import { useState } from 'react';
import { t } from '@/src/i18n/t';

interface Props {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
}

// A destructive action asks inline first (no window.confirm: it blocks and closes popups).
export function ConfirmButton({ label, question, confirmLabel, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="secondary" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={question}>
      <p>{question}</p>
      <button
        type="button"
        className="danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="secondary" autoFocus onClick={() => setAsking(false)}>
        {t('popup_cancel')}
      </button>
    </div>
  );
}
