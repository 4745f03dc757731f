import { useId, useState } from 'react';
import { t } from '@/src/i18n/t';
import type { Template } from '@/src/store/templates';
import { usePopupEnv } from '../popupEnv';

type Outcome = 'copied' | 'copyFailed' | 'inserted' | 'insertCopied' | 'insertFailed';

interface Props {
  template: Template;
  /** The marketplace tab to insert into, or null when insertion is not possible. */
  tabId: number | null;
  whyDisabledId?: string;
}

export function TemplateCard({ template, tabId, whyDisabledId }: Props) {
  const env = usePopupEnv();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const titleId = useId();

  async function copy() {
    try {
      await env.copyText(template.text);
      setOutcome('copied');
    } catch {
      setOutcome('copyFailed');
    }
  }

  async function insert() {
    if (tabId === null) return;
    try {
      const result = await env.insertTemplate(tabId, template.text);
      setOutcome(result.inserted ? 'inserted' : result.copied ? 'insertCopied' : 'insertFailed');
    } catch {
      setOutcome('insertFailed');
    }
  }

  return (
    <article className="template" aria-labelledby={titleId}>
      <h2 id={titleId}>{template.title}</h2>
      <p className="template-text">{template.text}</p>
      <div className="actions">
        <button
          type="button"
          aria-label={t('popup_templates_copy_named', template.title)}
          onClick={copy}
        >
          {t('popup_templates_copy')}
        </button>
        <button
          type="button"
          className="secondary"
          aria-label={t('popup_templates_insert_named', template.title)}
          aria-describedby={whyDisabledId}
          disabled={tabId === null}
          onClick={insert}
        >
          {t('popup_templates_insert')}
        </button>
        <p role="status" className={`outcome ${outcome?.endsWith('Failed') ? 'error-text' : ''}`}>
          {outcome && t(`popup_templates_${outcome}`)}
        </p>
      </div>
    </article>
  );
}
