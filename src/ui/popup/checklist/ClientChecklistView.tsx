import { t } from '@/src/i18n/t';
import type { ClientChecklist } from '@/src/store/checklists';
import { checklistProgress } from './checklistState';
import { ConfirmButton } from './ConfirmButton';
import { CHECKLIST_GROUPS, itemMessageKey } from './items';

interface Props {
  client: ClientChecklist;
  onToggle: (item: string) => void;
  onReset: () => void;
}

export function verdictText(open: number): string {
  if (open === 0) return t('popup_verdict_ready');
  return t(open === 1 ? 'popup_verdict_not_ready_one' : 'popup_verdict_not_ready_other', open);
}

export function ClientChecklistView({ client, onToggle, onReset }: Props) {
  const progress = checklistProgress(client.checked);
  const progressLabel = t('popup_checklist_progress', progress.done, progress.total);
  return (
    <>
      <div className={`verdict ${progress.ready ? 'verdict-ready' : ''}`}>
        <p role="status">{verdictText(progress.open)}</p>
        <progress value={progress.done} max={progress.total} aria-label={progressLabel} />
        <p className="muted">{progressLabel}</p>
      </div>
      {CHECKLIST_GROUPS.map((group) => (
        <fieldset key={group.id} className="checks">
          <legend>{t(`popup_checklist_group_${group.id}`)}</legend>
          {group.id === 'ready' && <p className="muted">{t('popup_checklist_unclear')}</p>}
          {group.items.map((item) => (
            <label key={item} className="check">
              <input
                type="checkbox"
                checked={client.checked.includes(item)}
                onChange={() => onToggle(item)}
              />
              <span>{t(itemMessageKey(item))}</span>
            </label>
          ))}
        </fieldset>
      ))}
      <ConfirmButton
        label={t('popup_checklist_reset')}
        question={t('popup_checklist_reset_confirm', client.name)}
        confirmLabel={t('popup_checklist_reset_yes')}
        onConfirm={onReset}
      />
    </>
  );
}
