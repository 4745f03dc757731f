import { useId, useState, type FormEvent } from 'react';
import { t } from '@/src/i18n/t';

interface Props {
  initial?: { title: string; text: string };
  titleLabel: string;
  textLabel: string;
  submitLabel: string;
  onSubmit(value: { title: string; text: string }): Promise<void>;
  onCancel?(): void;
}

export function TemplateForm({
  initial = { title: '', text: '' },
  onSubmit,
  onCancel,
  ...labels
}: Props) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft.title.trim() || !draft.text.trim()) return setError(t('options_entry_empty'));
    setError('');
    await onSubmit({ title: draft.title.trim(), text: draft.text.trim() });
    if (!onCancel) setDraft({ title: '', text: '' });
  }

  return (
    <form className="template-form" onSubmit={(e) => void submit(e)}>
      <label htmlFor={`${id}-title`}>{labels.titleLabel}</label>
      <input
        id={`${id}-title`}
        type="text"
        value={draft.title}
        onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
      />
      <label htmlFor={`${id}-text`}>{labels.textLabel}</label>
      <textarea
        id={`${id}-text`}
        rows={4}
        value={draft.text}
        onChange={(e) => setDraft({ ...draft, text: e.currentTarget.value })}
      />
      <p className="error" aria-live="polite">
        {error}
      </p>
      <div className="actions">
        <button type="submit">{labels.submitLabel}</button>
        {onCancel && (
          <button type="button" className="quiet" onClick={onCancel}>
            {t('options_cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
