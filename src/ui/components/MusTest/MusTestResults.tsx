import { mergeClasses, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { musTestForm } from '../../../application/musTest/musTest';
import type { MusTestResult } from '../../../application/ports/MusApiPort';
import { useLocalized } from '../../i18n/useLocalized';
import { InfoCard } from '../InfoCard';
import { useMusTestStyles } from './useMusTestStyles.styles';

type Part = MusTestResult['score']['total'];

/** Every year's result, newest first: the seed's RESULTAT table (crosses per column, points) and the reading. */
export function MusTestResults({ results }: { results: readonly MusTestResult[] }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const styles = useMusTestStyles();
  return (
    <InfoCard title={t('musTest.results')}>
      <ul aria-label={t('musTest.history')} className={styles.years}>
        {results.map((r) => (
          <li key={r.value.roundId} aria-label={t('musTest.yearLabel', { year: r.value.year })}>
            <Text as="h3" size={400} weight="semibold">
              {t('musTest.yearTotal', {
                year: r.value.year,
                score: r.score.total.score,
                max: r.score.total.max,
              })}
            </Text>
            <table className={styles.table}>
              <caption className={styles.note}>{t('musTest.tableCaption', { year: r.value.year })}</caption>
              <thead>
                <tr>
                  <th className={styles.cell} scope="col">
                    {t('musTest.section')}
                  </th>
                  {musTestForm.scale.map((step) => (
                    <th key={step.key} className={styles.cell} scope="col">
                      {text(step.label)} (×{step.weight})
                    </th>
                  ))}
                  <th className={styles.cell} scope="col">
                    {t('musTest.points')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {r.score.sections.map((s) => (
                  <Row key={s.id} title={text(s.title)} part={s} />
                ))}
                <Row title={t('musTest.total')} part={r.score.total} />
              </tbody>
            </table>
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

function Row({ title, part }: { title: string; part: Part }) {
  const { t } = useTranslation();
  const styles = useMusTestStyles();
  return (
    <tr>
      <th className={styles.cell} scope="row">
        {title}
      </th>
      {musTestForm.scale.map((step) => (
        <td key={step.key} className={styles.cell}>
          {part.counts[step.key] ?? 0}
        </td>
      ))}
      <td className={mergeClasses(styles.cell, styles.number)}>
        {t('musTest.ofMax', { score: part.score, max: part.max })}
      </td>
    </tr>
  );
}
