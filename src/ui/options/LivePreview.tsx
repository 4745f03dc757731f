import { useId, useMemo, useState } from 'react';
import { scan } from '@/src/detector';
import type { Severity, UserPatternSpec } from '@/src/detector/types';
import { t } from '@/src/i18n/t';
import { segments } from './preview';

interface Props {
  userPatterns: UserPatternSpec[];
  allowList: string[];
  warnSeverities: Severity[];
}

/** Scans an editable sample with the current settings and shows what would be flagged. */
export function LivePreview({ userPatterns, allowList, warnSeverities }: Props) {
  const id = useId();
  const [sample, setSample] = useState(() => t('options_preview_sample'));
  const findings = useMemo(
    () =>
      scan(sample, { userPatterns, allowList }).findings.filter((f) =>
        warnSeverities.includes(f.severity),
      ),
    [sample, userPatterns, allowList, warnSeverities],
  );
  const sourceById = new Map(userPatterns.map((p) => [p.id, p.source]));

  return (
    <section aria-labelledby={`${id}-title`} className="preview">
      <h2 id={`${id}-title`}>{t('options_preview_title')}</h2>
      <label htmlFor={`${id}-sample`}>{t('options_preview_sample_label')}</label>
      <textarea
        id={`${id}-sample`}
        rows={4}
        value={sample}
        onChange={(e) => setSample(e.currentTarget.value)}
      />
      <h3>{t('options_preview_result')}</h3>
      <p className="preview-text" data-testid="preview-text">
        {segments(sample, findings).map((segment, index) =>
          segment.finding ? (
            <mark
              key={index}
              className={`sev-${segment.finding.severity}`}
              title={segment.finding.message}
            >
              {segment.text}
            </mark>
          ) : (
            <span key={index}>{segment.text}</span>
          ),
        )}
      </p>
      <p aria-live="polite">{t('options_preview_count', findings.length)}</p>
      <ul className="findings" aria-label={t('options_preview_findings')}>
        {findings.map((f, index) => (
          <li key={`${f.ruleId}-${f.start}-${index}`}>
            <q>{sample.slice(f.start, f.end)}</q> —{' '}
            {f.userPatternId
              ? t('options_preview_yours', sourceById.get(f.userPatternId) ?? '')
              : f.message}{' '}
            <span className="tags">
              {t(`options_category_${f.category}`)} · {t(`options_severity_${f.severity}`)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
