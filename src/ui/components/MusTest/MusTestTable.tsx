import { mergeClasses, Text } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { musTestForm } from '../../../application/musTest/musTest';
import type { MusTestResult } from '../../../application/ports/MusApiPort';
import { useLocalized } from '../../i18n/useLocalized';
import { useMusTestStyles } from './useMusTestStyles.styles';

type Part = MusTestResult['score']['total'];

/**
 * One year's RESULTAT table (seed 001): crosses per answer column and points, per section and in total. Its
 * seven columns are wider than a phone: the table scrolls sideways in a region of its own (named by the
 * caption, reachable by keyboard), and the page around it stays put.
 */
export function MusTestTable({ result }: { result: MusTestResult }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const styles = useMusTestStyles();
  const captionId = useId();
  return (
    <>
      <Text id={captionId} className={styles.note}>
        {t('musTest.tableCaption', { year: result.value.year })}
      </Text>
      <div className={styles.scroll} role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className={styles.table} aria-labelledby={captionId}>
          <thead>
            <tr>
              <th className={styles.cell} scope="col">
                {t('musTest.section')}
              </th>
              {musTestForm.scale.map((step) => (
                <th key={step.key} className={mergeClasses(styles.cell, styles.number)} scope="col">
                  {text(step.label)}
                  <span className={styles.weight}>×{step.weight}</span>
                </th>
              ))}
              <th className={mergeClasses(styles.cell, styles.number)} scope="col">
                {t('musTest.points')}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.score.sections.map((s) => (
              <Row key={s.id} title={text(s.title)} part={s} />
            ))}
            <Row title={t('musTest.total')} part={result.score.total} />
          </tbody>
        </table>
      </div>
    </>
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
        <td key={step.key} className={mergeClasses(styles.cell, styles.number)}>
          {part.counts[step.key] ?? 0}
        </td>
      ))}
      <td className={mergeClasses(styles.cell, styles.number, styles.points)}>
        {t('musTest.ofMax', { score: part.score, max: part.max })}
      </td>
    </tr>
  );
}
