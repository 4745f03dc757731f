import { useState, type FormEvent } from 'react';
import { t } from '@/src/i18n/t';
import { allowListItem } from '@/src/store/settings';
import type { Policy } from '@/src/store/policy';
import { LockedNote } from './Locked';
import { useStored } from './useStored';

/** Terms the user allows: a finding whose matched text is one of them is not shown. */
export function AllowListSection({ policy }: { policy: Policy }) {
  const { value: terms, set } = useStored(allowListItem);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const locked = policy.locked.allowList === true;

  async function add(event: FormEvent) {
    event.preventDefault();
    const term = draft.trim();
    if (!term) return setError(t('options_entry_empty'));
    if (terms.some((x) => x.toLowerCase() === term.toLowerCase()))
      return setError(t('options_entry_duplicate'));
    setError('');
    setDraft('');
    await set([...terms, term]);
  }

  return (
    <section aria-labelledby="allow-title">
      <h2 id="allow-title">{t('options_allow_title')}</h2>
      <p className="hint">{t('options_allow_hint')}</p>
      {locked && <LockedNote />}
      <form className="entry-form" onSubmit={(e) => void add(e)}>
        <div className="field grow">
          <label htmlFor="allow-new">{t('options_allow_new')}</label>
          <input
            id="allow-new"
            type="text"
            value={draft}
            disabled={locked}
            aria-describedby="allow-error"
            onChange={(e) => setDraft(e.currentTarget.value)}
          />
        </div>
        <div className="actions">
          <button type="submit" disabled={locked}>
            {t('options_allow_add')}
          </button>
        </div>
        <p id="allow-error" className="error" aria-live="polite">
          {error}
        </p>
      </form>
      <ul className="chips">
        {terms.map((term) => (
          <li key={term}>
            {term}
            <button
              type="button"
              className="quiet"
              disabled={locked}
              aria-label={t('options_remove_named', term)}
              onClick={() => void set(terms.filter((x) => x !== term))}
            >
              ×
            </button>
          </li>
        ))}
        {policy.allowList.map((term) => (
          <li key={`policy-${term}`} className="policy">
            {term} <span className="hint">({t('options_from_organisation')})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
