import { useId, useState } from 'react';
import { t } from '@/src/i18n/t';
import { toIsoDate } from '@/src/ui/shared/calendarDate';
import { FactSource } from '../FactSource';
import { usePopupEnv } from '../popupEnv';
import { conversionEligibility } from './conversionEligibility';
import { EligibilityResult } from './EligibilityResult';
import { FeeHistory } from './FeeHistory';
import { Field } from './Field';
import { calendarDateIn } from '@/src/ui/shared/calendarDate';

export function FeesSection() {
  const { now } = usePopupEnv();
  const [firstConnected, setFirstConnected] = useState('');
  const [highestRate, setHighestRate] = useState('');
  const [touched, setTouched] = useState({ date: false, rate: false });
  const ids = { date: useId(), rate: useId() };
  const today = now();
  const result = conversionEligibility({ firstConnected, highestRate, now: today });
  const dateError = !result.ok && touched.date ? result.dateError : undefined;
  const rateError = !result.ok && touched.rate ? result.rateError : undefined;

  return (
    <>
      <p className="lead">{t('popup_fees_rule')}</p>
      <FactSource article="circumvention" />
      <form className="fields" onSubmit={(event) => event.preventDefault()} noValidate>
        <Field
          id={ids.date}
          label={t('popup_fees_connected_label')}
          hint={t('popup_fees_connected_hint')}
          error={dateError && t(`popup_fees_error_date_${dateError}`)}
        >
          <input
            type="date"
            value={firstConnected}
            max={toIsoDate(calendarDateIn(today))}
            onChange={(event) => {
              setFirstConnected(event.target.value);
              setTouched((was) => ({ ...was, date: true }));
            }}
            onBlur={() => setTouched((was) => ({ ...was, date: true }))}
          />
        </Field>
        <Field
          id={ids.rate}
          label={t('popup_fees_rate_label')}
          hint={t('popup_fees_rate_hint')}
          error={rateError && t(`popup_fees_error_rate_${rateError}`)}
        >
          <input
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={highestRate}
            onChange={(event) => {
              setHighestRate(event.target.value);
              setTouched((was) => ({ ...was, rate: true }));
            }}
          />
        </Field>
      </form>
      <div aria-live="polite">{result.ok && <EligibilityResult result={result} />}</div>
      <FeeHistory />
    </>
  );
}
