import { Spinner, Text } from '@fluentui/react-components';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { loadHrCharts } from '../../../application/hr/hrCharts';
import type { Figure } from '../../../application/hr/hrOverview';
import type { MusPorts } from '../../../application/mus/musCall';
import { useOutcome } from '../../app/useOutcome';
import { FailureBar } from '../FailureBar';
import { HrChart, type HrChartProps } from './HrChart';
import { useHrChartRows } from './useHrChartRows';
import { useHrChartsStyles } from './useHrChartsStyles.styles';

export interface HrChartsProps {
  readonly ports: MusPorts;
  readonly musTest: Figure;
  readonly leaderEvaluations: Figure;
}

/** A chart, or the line saying the whole figure is shown only for 5 or more people. */
function ChartOrHidden({ chart, title }: { chart: HrChartProps | undefined; title: string }) {
  const { t } = useTranslation();
  const styles = useHrChartsStyles();
  if (chart) return <HrChart {...chart} />;
  return (
    <section className={styles.chart} aria-label={title}>
      <Text as="h3" weight="semibold" className={styles.title}>
        {title}
      </Text>
      <Text>{t('hr.hidden')}</Text>
    </section>
  );
}

/**
 * HR's charts (a chunk of its own, loaded when the overview is shown): development needs by topic and by
 * goal category, MUS-testen per section, and the evaluations; every group only from 5 people on.
 */
export default function HrCharts({ ports, musTest, leaderEvaluations }: HrChartsProps) {
  const { t } = useTranslation();
  const styles = useHrChartsStyles();
  const { state, retry } = useOutcome(useCallback(() => loadHrCharts(ports), [ports]));
  const ready = state.status === 'ready' ? state.value : { needs: undefined, rounds: [] };
  const charts = useHrChartRows({ charts: ready, musTest, leaderEvaluations });
  if (state.status === 'loading') return <Spinner size="small" label={t('hr.chartsLoading')} />;
  if (state.status === 'failed') return <FailureBar failure={state.failure} onRetry={retry} />;
  return (
    <div className={styles.grid}>
      <ChartOrHidden chart={charts.topics} title={t('hr.chartTopics')} />
      <ChartOrHidden chart={charts.categories} title={t('hr.chartCategories')} />
      <ChartOrHidden chart={charts.sections} title={t('hr.chartMusTest')} />
      <HrChart {...charts.evaluations} />
    </div>
  );
}
