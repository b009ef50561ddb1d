import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Figure } from '../../../application/hr/hrOverview';
import { useHrStyles } from './useHrStyles.styles';

type T = ReturnType<typeof useTranslation>['t'];

/** "4,2 af 5 (7 personer)", or that it is shown only for 5 or more. */
export function average(
  figure: Figure | undefined,
  t: T,
  hidden: 'hr.hidden' | 'hr.under5' = 'hr.hidden',
): string {
  if (!figure?.shown || !figure.value.evaluations) return t(hidden);
  return t('hr.average', {
    value: figure.value.evaluations.averageRating.toLocaleString(t('hr.locale')),
    count: figure.value.respondents,
  });
}

/** MUS-testen of 5 or more leaders: how many, and their average total. */
export function MusTestFigure({ figure }: { figure: Figure }) {
  const { t } = useTranslation();
  const styles = useHrStyles();
  if (!figure.shown || !figure.value.musTest) return <Text>{t('hr.hidden')}</Text>;
  const m = figure.value.musTest;
  return (
    <dl className={styles.figures} aria-label={t('hr.musTestTitle')}>
      <dt className={styles.term}>{t('hr.leaders')}</dt>
      <dd className={styles.value}>{m.leaders}</dd>
      <dt className={styles.term}>{t('hr.averageTotal')}</dt>
      <dd className={styles.value}>
        {t('hr.ofHundred', { value: m.averageTotal.toLocaleString(t('hr.locale')) })}
      </dd>
    </dl>
  );
}
