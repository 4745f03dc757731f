import { t } from '@/src/i18n/t';
import { FactSource } from '../FactSource';
import { usePopupEnv } from '../popupEnv';
import { money } from './EligibilityResult';
import { FEE_MAX, FEE_MIN } from './feeEstimate';

// The fee's documented history (DOMAIN.md), oldest first; amounts are substitutions so
// each language formats its own currency.
const PERIODS = [
  ['before2018', [2500]],
  ['from2018', [3500]],
  ['from2020', [FEE_MIN, FEE_MAX]],
  ['from2022', [1]],
  ['later', [FEE_MIN, FEE_MAX]],
] as const;

export function FeeHistory() {
  const { locale } = usePopupEnv();
  return (
    <details className="history">
      <summary>{t('popup_fees_history_title')}</summary>
      <dl>
        {PERIODS.map(([period, amounts]) => (
          <div key={period}>
            <dt>{t(`popup_fees_history_${period}_when`)}</dt>
            <dd>
              {t(`popup_fees_history_${period}_rule`, ...amounts.map((a) => money(a, locale)))}
            </dd>
          </div>
        ))}
      </dl>
      <FactSource article="feeFormula" />
    </details>
  );
}
