import { useTranslation } from 'react-i18next';
import { perStatement, type HrCharts } from '../../../application/hr/hrCharts';
import type { Figure } from '../../../application/hr/hrOverview';
import { useLocalized } from '../../i18n/useLocalized';
import type { HrChartProps } from './HrChart';

/** What the charts are drawn from: the loaded needs and rounds, and the overview's two figures. */
export interface ChartSources {
  readonly charts: HrCharts;
  readonly musTest: Figure;
  readonly leaderEvaluations: Figure;
}

/**
 * The four charts' titles and rows in the page's language: needs by topic, goals by category, MUS-testen per
 * section (average answer 1-5, with the points and the reading) and the evaluations; undefined where the
 * whole figure is not shown (under 5 people).
 */
export function useHrChartRows({ charts, musTest, leaderEvaluations }: ChartSources) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const number = (n: number) => n.toLocaleString(t('hr.locale'));
  const { needs } = charts;
  const topics: HrChartProps | undefined = needs && {
    title: t('hr.chartTopics'),
    valueHeading: t('hr.conversations'),
    rows: [
      ...needs.topics.map((n, i) => ({ id: `t${i}`, label: text(n.title), value: n.conversations })),
      { id: 'own', label: t('hr.ownTopics'), value: needs.ownTopics },
    ],
  };
  const categories: HrChartProps | undefined = needs && {
    title: t('hr.chartCategories'),
    valueHeading: t('hr.goals'),
    rows: needs.goalsByCategory.map((c) => ({
      id: c.category,
      label: t(`hr.category_${c.category}`),
      value: c.goals,
    })),
  };
  const reading = musTest.shown ? musTest.value.musTest?.reading : undefined;
  const sections: HrChartProps | undefined = reading && {
    title: t('hr.chartMusTest'),
    valueHeading: t('hr.perStatement'),
    max: 5,
    note: text(reading.note),
    rows: reading.sections.map((s) => ({
      id: s.id,
      label: text(s.title),
      value: perStatement(s.average, s.min),
      shown: t('hr.sectionValue', {
        value: number(perStatement(s.average, s.min)),
        points: number(s.average),
        max: s.max,
        band: text(s.bandText),
      }),
    })),
  };
  const rating = (figure: Figure | undefined) => {
    const value = figure?.shown ? figure.value.evaluations?.averageRating : undefined;
    if (value === undefined || !figure?.shown) return { value: null };
    return { value, shown: t('hr.average', { value: number(value), count: figure.value.respondents }) };
  };
  const evaluations: HrChartProps = {
    title: t('hr.chartEvaluations'),
    valueHeading: t('hr.rating'),
    max: 5,
    rows: [
      { id: 'leaders', label: t('hr.leadersAllRounds'), ...rating(leaderEvaluations) },
      ...charts.rounds.map((r) => ({
        id: r.roundId,
        label: t('hr.roundYear', { title: r.roundTitle, year: r.year }),
        ...rating(r.rating ? { shown: true, value: r.rating } : undefined),
      })),
    ],
  };
  return { topics, categories, sections, evaluations };
}
