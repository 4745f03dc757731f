import { t } from '@/src/i18n/t';
import { formatCalendarDate, parseCalendarDate } from '@/src/ui/shared/calendarDate';
import { ARTICLES, FACTS_CHECKED, helpArticleUrl, type ArticleId } from './facts';
import { usePopupEnv } from './popupEnv';

// The official source of a fact and the date it was last checked, shown beside the fact.
export function FactSource({ article }: { article: ArticleId }) {
  const { locale } = usePopupEnv();
  const number = ARTICLES[article];
  return (
    <p className="source">
      <a href={helpArticleUrl(number)} target="_blank" rel="noreferrer">
        {t('popup_source_link', t(`popup_article_${article}`), number)}
      </a>
      <span className="checked"> · {t('popup_last_checked', checkedDate(locale))}</span>
    </p>
  );
}

export function checkedDate(locale: string): string {
  const date = parseCalendarDate(FACTS_CHECKED);
  return date ? formatCalendarDate(date, locale, 'medium') : FACTS_CHECKED;
}
