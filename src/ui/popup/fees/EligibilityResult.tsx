import { t } from '@/src/i18n/t';
import { formatCalendarDate } from '@/src/ui/shared/calendarDate';
import { FactSource } from '../FactSource';
import { usePopupEnv } from '../popupEnv';
import type { Eligibility } from './conversionEligibility';
import { FEE_MAX, FEE_MIN, HOURS_PER_YEAR, type FeeEstimate } from './feeEstimate';

type Known = Extract<Eligibility, { ok: true }>;

export function money(amount: number, locale: string): string {
  const cents = !Number.isInteger(amount);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: cents ? 2 : 0,
  }).format(amount);
}

function Estimate({
  estimate,
  later,
  rate,
}: {
  estimate: FeeEstimate;
  later: FeeEstimate | null;
  rate: number;
}) {
  const { locale } = usePopupEnv();
  const number = (n: number) => new Intl.NumberFormat(locale).format(n);
  return (
    <div className="estimate">
      <p className="estimate-label">{t('popup_fees_estimate_label')}</p>
      <p className="estimate-amount">
        {t('popup_fees_estimate_amount', money(estimate.fee, locale))}
      </p>
      <p className="muted">
        {t(
          'popup_fees_estimate_math',
          number(estimate.percent),
          money(rate, locale),
          number(HOURS_PER_YEAR),
        )}
      </p>
      {estimate.clamped && <p className="muted">{t(`popup_fees_clamped_${estimate.clamped}`)}</p>}
      {later && <p className="muted">{t('popup_fees_later_copy', money(later.fee, locale))}</p>}
    </div>
  );
}

export function EligibilityResult({ result }: { result: Known }) {
  const { locale } = usePopupEnv();
  const mark = formatCalendarDate(result.mark, locale);
  if (result.reached) {
    return (
      <div className="result result-ok">
        <p className="result-title">{t('popup_fees_reached', mark)}</p>
        <p>{t('popup_fees_nominal_route', money(1, locale))}</p>
        <FactSource article="circumvention" />
      </div>
    );
  }
  const rate = result.estimate ? result.estimate.annualEarnings / HOURS_PER_YEAR : 0;
  return (
    <div className="result">
      <p className="result-title">
        {t(
          `popup_fees_not_reached_${result.daysUntilMark === 1 ? 'one' : 'other'}`,
          mark,
          result.daysUntilMark,
        )}
      </p>
      {result.estimate ? (
        <Estimate estimate={result.estimate} later={result.laterCopyEstimate} rate={rate} />
      ) : (
        <p>{t('popup_fees_formula', money(FEE_MIN, locale), money(FEE_MAX, locale))}</p>
      )}
      <p className="note">{t('popup_fees_exact_in_flow')}</p>
      <FactSource article="feeFormula" />
    </div>
  );
}
