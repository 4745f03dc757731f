import { useState } from 'react';
import { t, uiLanguage } from '@/src/i18n/t';
import { userTemplatesItem } from '@/src/store/settings';
import { mergeTemplates } from '@/src/store/templates';
import { TemplateForm } from './TemplateForm';
import { useStored } from './useStored';

/** Built-in reply templates can be reworded (and reset); the user can add their own. */
export function TemplatesSection({
  newId,
  lang = uiLanguage(),
}: {
  newId(): string;
  lang?: string;
}) {
  const { value: user, set } = useStored(userTemplatesItem);
  const [editing, setEditing] = useState<string | null>(null);
  const templates = mergeTemplates(user, lang);
  const edited = new Set(user.map((u) => u.id));

  const save = async (id: string, value: { title: string; text: string }) => {
    await set([...user.filter((u) => u.id !== id), { id, ...value }]);
    setEditing(null);
  };
  const drop = (id: string) => void set(user.filter((u) => u.id !== id));

  return (
    <section aria-labelledby="templates-title">
      <h2 id="templates-title">{t('options_templates_title')}</h2>
      <p className="hint">{t('options_templates_hint')}</p>
      <ul className="templates">
        {templates.map((tpl) => (
          <li key={tpl.id}>
            {editing === tpl.id ? (
              <TemplateForm
                initial={tpl}
                titleLabel={t('options_template_title')}
                textLabel={t('options_template_text')}
                submitLabel={t('options_save')}
                onSubmit={(value) => save(tpl.id, value)}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <>
                <h3>{tpl.title}</h3>
                <p className="template-text">{tpl.text}</p>
                <div className="actions">
                  <button
                    type="button"
                    className="quiet"
                    aria-label={t('options_edit_named', tpl.title)}
                    onClick={() => setEditing(tpl.id)}
                  >
                    {t('options_edit')}
                  </button>
                  {tpl.builtIn && edited.has(tpl.id) && (
                    <button
                      type="button"
                      className="quiet"
                      aria-label={t('options_template_reset_named', tpl.title)}
                      onClick={() => drop(tpl.id)}
                    >
                      {t('options_template_reset')}
                    </button>
                  )}
                  {!tpl.builtIn && (
                    <button
                      type="button"
                      className="quiet"
                      aria-label={t('options_remove_named', tpl.title)}
                      onClick={() => drop(tpl.id)}
                    >
                      {t('options_remove')}
                    </button>
                  )}
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      <h3>{t('options_template_add_heading')}</h3>
      <TemplateForm
        titleLabel={t('options_template_new_title')}
        textLabel={t('options_template_new_text')}
        submitLabel={t('options_template_add')}
        onSubmit={(value) => set([...user, { id: newId(), ...value }])}
      />
    </section>
  );
}
