import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { MusTestResult } from '../../../application/ports/MusApiPort';
import { useLocalized } from '../../i18n/useLocalized';
import { InfoCard } from '../InfoCard';
import { MusTestTable } from './MusTestTable';
import { useMusTestStyles } from './useMusTestStyles.styles';

/** Every year's result, newest first: the seed's RESULTAT table (crosses per column, points) and the reading. */
export function MusTestResults({ results }: { results: readonly MusTestResult[] }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const styles = useMusTestStyles();
  return (
    <InfoCard title={t('musTest.results')}>
      <ul aria-label={t('musTest.history')} className={styles.years}>
        {results.map((r) => (
          <li
            key={r.value.roundId}
            className={styles.year}
            aria-label={t('musTest.yearLabel', { year: r.value.year })}
          >
            <Text as="h3" size={400} weight="semibold" className={styles.heading}>
              {t('musTest.yearTotal', {
                year: r.value.year,
                score: r.score.total.score,
                max: r.score.total.max,
              })}
            </Text>
            <MusTestTable result={r} />
            <div className={styles.result}>
              {r.score.sections.map((s) => (
                <Text key={s.id}>
                  <strong>{text(s.title)}:</strong> {text(s.bandText)}
                </Text>
              ))}
              <Text>
                <strong>{t('musTest.total')}:</strong> {text(r.score.total.bandText)}
              </Text>
              <Text className={styles.note}>{text(r.score.bandNote)}</Text>
            </div>
          </li>
        ))}
      </ul>
    </InfoCard>
  );
}
