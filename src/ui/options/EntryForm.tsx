import { useId, useState, type FormEvent } from 'react';
import { compileUserPatterns } from '@/src/detector';
import type { Category, Severity } from '@/src/detector/types';
import { t } from '@/src/i18n/t';
import { categorySchema, severitySchema } from '@/src/store/schemas';

export interface EntryDraft {
  value: string;
  category: Category;
  severity: Severity;
}

interface Props {
  kind: 'phrase' | 'regex';
  label: string;
  submitLabel: string;
  initial?: EntryDraft;
  disabled?: boolean;
  /** Returns an error to show, or null when the entry was saved. */
  onSubmit(draft: EntryDraft): Promise<string | null>;
  onCancel?(): void;
}

const EMPTY: EntryDraft = { value: '', category: 'circumvention', severity: 'medium' };

/** The draft is compiled as it is typed, so an invalid or unsafe pattern is explained before saving. */
export function diagnose(kind: Props['kind'], draft: EntryDraft): string | null {
  if (!draft.value.trim()) return null;
  const spec = {
    id: 'draft',
    kind,
    source: draft.value,
    category: draft.category,
    severity: draft.severity,
  };
  return compileUserPatterns([spec]).diagnostics[0]?.message ?? null;
}

export function EntryForm({
  kind,
  label,
  submitLabel,
  initial = EMPTY,
  disabled,
  onSubmit,
  onCancel,
}: Props) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const problem = diagnose(kind, draft);
  const shown = problem ?? error;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft.value.trim()) return setError(t('options_entry_empty'));
    if (problem) return;
    const failure = await onSubmit({ ...draft, value: draft.value.trim() });
    setError(failure);
    if (!failure && !onCancel)
      setDraft({ ...EMPTY, category: draft.category, severity: draft.severity });
  }

  return (
    <form className="entry-form" onSubmit={(e) => void submit(e)}>
      <div className="field grow">
        <label htmlFor={`${id}-value`}>{label}</label>
        <input
          id={`${id}-value`}
          type="text"
          value={draft.value}
          disabled={disabled}
          spellCheck={kind === 'phrase'}
          className={kind === 'regex' ? 'mono' : undefined}
          aria-invalid={shown ? true : undefined}
          aria-describedby={shown ? `${id}-error` : undefined}
          onChange={(e) => setDraft({ ...draft, value: e.currentTarget.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-category`}>{t('options_category')}</label>
        <select
          id={`${id}-category`}
          value={draft.category}
          disabled={disabled}
          onChange={(e) =>
            setDraft({ ...draft, category: categorySchema.parse(e.currentTarget.value) })
          }
        >
          {categorySchema.options.map((c) => (
            <option key={c} value={c}>
              {t(`options_category_${c}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-severity`}>{t('options_severity')}</label>
        <select
          id={`${id}-severity`}
          value={draft.severity}
          disabled={disabled}
          onChange={(e) =>
            setDraft({ ...draft, severity: severitySchema.parse(e.currentTarget.value) })
          }
        >
          {severitySchema.options.map((s) => (
            <option key={s} value={s}>
              {t(`options_severity_${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        <button type="submit" disabled={disabled}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="quiet" onClick={onCancel}>
            {t('options_cancel')}
          </button>
        )}
      </div>
      <p id={`${id}-error`} className="error" aria-live="polite">
        {shown}
      </p>
    </form>
  );
}
