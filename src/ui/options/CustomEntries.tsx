import { useState } from 'react';
import { t } from '@/src/i18n/t';
import type { Category, Severity } from '@/src/detector/types';
import { EntryForm, type EntryDraft } from './EntryForm';
import { LockedNote } from './Locked';

// The list half of the custom phrases and custom patterns sections: each entry
// can be edited in place or removed; problems found when compiling show inline.
export interface Entry {
  id: string;
  value: string;
  category: Category;
  severity: Severity;
}

interface Props {
  kind: 'phrase' | 'regex';
  title: string;
  hint: string;
  newLabel: string;
  addLabel: string;
  editLabel: string;
  entries: Entry[];
  problems: Map<string, string>;
  locked: boolean;
  onSave(entries: Entry[]): Promise<void>;
  newId(): string;
}

export function CustomEntries(props: Props) {
  const { kind, entries, problems, locked, onSave } = props;
  const [editing, setEditing] = useState<string | null>(null);
  const headingId = `${kind}-title`;

  const duplicate = (draft: EntryDraft, except?: string) =>
    entries.some((e) => e.id !== except && e.value.toLowerCase() === draft.value.toLowerCase())
      ? t('options_entry_duplicate')
      : null;

  async function add(draft: EntryDraft) {
    const failure = duplicate(draft);
    if (failure) return failure;
    await onSave([...entries, { id: props.newId(), ...draft }]);
    return null;
  }

  async function update(id: string, draft: EntryDraft) {
    const failure = duplicate(draft, id);
    if (failure) return failure;
    await onSave(entries.map((e) => (e.id === id ? { id, ...draft } : e)));
    setEditing(null);
    return null;
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{props.title}</h2>
      <p className="hint">{props.hint}</p>
      {locked && <LockedNote />}
      <EntryForm
        kind={kind}
        label={props.newLabel}
        submitLabel={props.addLabel}
        disabled={locked}
        onSubmit={add}
      />
      {entries.length === 0 ? (
        <p className="empty">{t('options_entries_empty')}</p>
      ) : (
        <ul className="entries">
          {entries.map((entry) =>
            editing === entry.id ? (
              <li key={entry.id}>
                <EntryForm
                  kind={kind}
                  label={props.editLabel}
                  submitLabel={t('options_save')}
                  initial={entry}
                  onSubmit={(draft) => update(entry.id, draft)}
                  onCancel={() => setEditing(null)}
                />
              </li>
            ) : (
              <li key={entry.id} className="entry">
                <span className={kind === 'regex' ? 'mono value' : 'value'}>{entry.value}</span>
                <span className="tags">
                  {t(`options_category_${entry.category}`)} ·{' '}
                  {t(`options_severity_${entry.severity}`)}
                </span>
                <span className="actions">
                  <button
                    type="button"
                    className="quiet"
                    disabled={locked}
                    aria-label={t('options_edit_named', entry.value)}
                    onClick={() => setEditing(entry.id)}
                  >
                    {t('options_edit')}
                  </button>
                  <button
                    type="button"
                    className="quiet"
                    disabled={locked}
                    aria-label={t('options_remove_named', entry.value)}
                    onClick={() => void onSave(entries.filter((e) => e.id !== entry.id))}
                  >
                    {t('options_remove')}
                  </button>
                </span>
                {problems.has(entry.id) && (
                  <p className="error">
                    {t('options_entry_skipped', problems.get(entry.id) ?? '')}
                  </p>
                )}
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}
