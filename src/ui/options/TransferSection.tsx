import { useState, type ChangeEvent } from 'react';
import { t } from '@/src/i18n/t';
import { applyImport, checkImport, exportSettings, restoreDefaults } from '@/src/store/transfer';
import type { OptionsEnv } from './env';

type Status = { kind: 'ok' | 'error'; text: string } | null;

/** Export to a JSON file, import one (checked in full before anything is written), restore defaults. */
export function TransferSection({
  env,
  now = () => new Date(),
}: {
  env: OptionsEnv;
  now?: () => Date;
}) {
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);

  async function exportFile() {
    const date = now();
    const json = JSON.stringify(await exportSettings(date), null, 2);
    env.download(`onside-settings-${date.toISOString().slice(0, 10)}.json`, json);
    setStatus({ kind: 'ok', text: t('options_export_done') });
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const checked = checkImport(await file.text());
    input.value = '';
    if (!checked.ok)
      return setStatus({ kind: 'error', text: t('options_import_rejected', checked.error) });
    await applyImport(checked.file);
    setStatus({ kind: 'ok', text: t('options_import_done') });
  }

  async function restore() {
    await restoreDefaults();
    setConfirming(false);
    setStatus({ kind: 'ok', text: t('options_restore_done') });
  }

  return (
    <section aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t('options_transfer_title')}</h2>
      <p className="hint">{t('options_transfer_hint')}</p>
      <div className="actions">
        <button type="button" onClick={() => void exportFile()}>
          {t('options_export')}
        </button>
        <label className="file-button">
          {t('options_import')}
          <input type="file" accept="application/json,.json" onChange={(e) => void importFile(e)} />
        </label>
        <button
          type="button"
          className="danger"
          onClick={() => setConfirming(true)}
          aria-expanded={confirming}
        >
          {t('options_restore')}
        </button>
      </div>
      {confirming && (
        <div className="confirm" role="group" aria-labelledby="restore-question">
          <p id="restore-question">{t('options_restore_confirm')}</p>
          <div className="actions">
            <button type="button" className="danger" onClick={() => void restore()}>
              {t('options_restore_yes')}
            </button>
            <button type="button" className="quiet" onClick={() => setConfirming(false)}>
              {t('options_cancel')}
            </button>
          </div>
        </div>
      )}
      <p className={status?.kind === 'error' ? 'error' : 'ok'} role="status">
        {status?.text}
      </p>
    </section>
  );
}
