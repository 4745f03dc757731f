import { t } from '@/src/i18n/t';
import { checklistsItem } from '@/src/store/checklists';
import { useStoredValue } from '@/src/ui/shared/useStoredValue';
import { usePopupEnv } from '../popupEnv';
import {
  addClient,
  removeClient,
  resetClient,
  selectClient,
  selectedClient,
  toggleItem,
} from './checklistState';
import { ClientPicker } from './ClientPicker';
import { ClientChecklistView } from './ClientChecklistView';

// Readiness checklists, one per client, saved in extension storage.
export function ChecklistSection() {
  const env = usePopupEnv();
  const [state, update] = useStoredValue(checklistsItem);
  if (!state) return <p role="status">{t('popup_loading')}</p>;
  const client = selectedClient(state);
  const now = () => env.now().getTime();

  return (
    <>
      <p className="lead">{t('popup_checklist_intro')}</p>
      <ClientPicker
        clients={state.clients}
        selected={client}
        onSelect={(id) => void update((s) => selectClient(s, id))}
        onAdd={(name) => void update((s) => addClient(s, name, env.newId(), now()))}
        onDelete={(id) => void update((s) => removeClient(s, id))}
      />
      {client ? (
        <ClientChecklistView
          key={client.id}
          client={client}
          onToggle={(item) => void update((s) => toggleItem(s, client.id, item, now()))}
          onReset={() => void update((s) => resetClient(s, client.id, now()))}
        />
      ) : (
        <p className="muted">{t('popup_checklist_empty')}</p>
      )}
    </>
  );
}
