import { compileUserPatterns } from '@/src/detector';
import { t } from '@/src/i18n/t';
import { userSpecs } from '@/src/store/specs';
import type { Policy } from '@/src/store/policy';
import type { CustomPattern, CustomPhrase } from '@/src/store/schemas';
import { CustomEntries, type Entry } from './CustomEntries';

interface Props {
  phrases: CustomPhrase[];
  patterns: CustomPattern[];
  setPhrases(next: CustomPhrase[]): Promise<void>;
  setPatterns(next: CustomPattern[]): Promise<void>;
  policy: Policy;
  newId(): string;
}

/** Custom phrases, custom patterns, and the organisation's patterns (read-only). */
export function CustomSections({
  phrases,
  patterns,
  setPhrases,
  setPatterns,
  policy,
  newId,
}: Props) {
  const { diagnostics } = compileUserPatterns(userSpecs(phrases, patterns));
  const problems = new Map(diagnostics.map((d) => [d.id, d.message]));
  const locked = policy.locked.customPatterns === true;

  return (
    <>
      <CustomEntries
        kind="phrase"
        title={t('options_phrases_title')}
        hint={t('options_phrases_hint')}
        newLabel={t('options_phrase_new')}
        addLabel={t('options_phrase_add')}
        editLabel={t('options_phrase_edit')}
        entries={phrases.map(({ text, ...rest }) => ({ ...rest, value: text }))}
        onSave={(next: Entry[]) =>
          setPhrases(next.map(({ value, ...rest }) => ({ ...rest, text: value })))
        }
        problems={problems}
        locked={locked}
        newId={newId}
      />
      <CustomEntries
        kind="regex"
        title={t('options_patterns_title')}
        hint={t('options_patterns_hint')}
        newLabel={t('options_pattern_new')}
        addLabel={t('options_pattern_add')}
        editLabel={t('options_pattern_edit')}
        entries={patterns.map(({ source, ...rest }) => ({ ...rest, value: source }))}
        onSave={(next: Entry[]) =>
          setPatterns(next.map(({ value, ...rest }) => ({ ...rest, source: value })))
        }
        problems={problems}
        locked={locked}
        newId={newId}
      />
      {(policy.patterns.length > 0 || policy.problems.length > 0) && (
        <section aria-labelledby="policy-patterns-title">
          <h2 id="policy-patterns-title">{t('options_policy_patterns_title')}</h2>
          <p className="hint">{t('options_locked')}</p>
          <ul className="entries">
            {policy.patterns.map((p) => (
              <li key={p.id} className="entry">
                <span className={p.kind === 'regex' ? 'mono value' : 'value'}>{p.source}</span>
                <span className="tags">
                  {t(`options_category_${p.category}`)} · {t(`options_severity_${p.severity}`)}
                </span>
              </li>
            ))}
          </ul>
          {policy.problems.map((problem) => (
            <p key={problem.id} className="error">
              {problem.id}: {problem.message}
            </p>
          ))}
        </section>
      )}
    </>
  );
}
