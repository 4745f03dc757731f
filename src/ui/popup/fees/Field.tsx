import { cloneElement, type ReactElement } from 'react';

interface Props {
  id: string;
  label: string;
  hint: string;
  error?: string;
  children: ReactElement<Record<string, unknown>>;
}

// A labelled input with its hint and, when the value is wrong, an inline error the
// input points to (aria-describedby + aria-invalid) and screen readers announce (role=alert).
export function Field({ id, label, hint, error, children }: Props) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error ? `${hintId} ${errorId}` : hintId,
      })}
      <p id={hintId} className="hint">
        {hint}
      </p>
      {error && (
        <p id={errorId} className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
