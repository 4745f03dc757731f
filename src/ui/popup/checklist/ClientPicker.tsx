import { useId, useState, type FormEvent } from 'react';
import { t } from '@/src/i18n/t';
import type { ClientChecklist } from '@/src/store/checklists';
import { ConfirmButton } from './ConfirmButton';

interface Props {
  clients: readonly ClientChecklist[];
  selected: ClientChecklist | null;
  onSelect: (id: string) => void;
  onAdd: (name: string) => void;
  onDelete: (id: string) => void;
}

export function ClientPicker({ clients, selected, onSelect, onAdd, onDelete }: Props) {
  const [name, setName] = useState('');
  const [error, setError] = useState(false);
  const ids = { select: useId(), name: useId(), error: useId() };

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError(true);
    onAdd(trimmed);
    setName('');
    setError(false);
  }

  return (
    <div className="clients">
      {selected && (
        <div className="client-row">
          <label htmlFor={ids.select}>{t('popup_checklist_client_label')}</label>
          <select id={ids.select} value={selected.id} onChange={(e) => onSelect(e.target.value)}>
            {clients.map((client) => (
              <option key={client.id} value={client.id}>
                {client.name}
              </option>
            ))}
          </select>
          <ConfirmButton
            label={t('popup_checklist_delete')}
            question={t('popup_checklist_delete_confirm', selected.name)}
            confirmLabel={t('popup_checklist_delete_yes')}
            onConfirm={() => onDelete(selected.id)}
          />
        </div>
      )}
      <form className="add-client" onSubmit={submit} noValidate>
        <label htmlFor={ids.name}>{t('popup_checklist_new_label')}</label>
        <div className="inline">
          <input
            id={ids.name}
            type="text"
            value={name}
            maxLength={80}
            autoComplete="off"
            aria-invalid={error || undefined}
            aria-describedby={error ? ids.error : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit">{t('popup_checklist_add')}</button>
        </div>
        {error && (
          <p id={ids.error} className="error" role="alert">
            {t('popup_checklist_name_required')}
          </p>
        )}
      </form>
    </div>
  );
}
