import { Spinner, Text } from '@fluentui/react-components';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MusPorts } from '../../../application/mus/musCall';
import { FailureBar } from '../FailureBar';
import { InfoCard } from '../InfoCard';
import { HrDownloads } from './HrDownloads';
import { average, MusTestFigure } from './HrFigures';
import { HrLeaderTable } from './HrLeaderTable';
import { useHrOverview } from './useHrOverview';
import { useHrStyles } from './useHrStyles.styles';

// The charts library is large: its own chunk, fetched when the tab opens (while the overview loads).
const chartsChunk = () => import('../HrCharts/HrCharts');
const HrCharts = lazy(chartsChunk);

/** HR's overview in the personal tab: rounds per leader (counts only) and aggregates of 5 or more. */
export function HrOverview({ ports }: { ports: MusPorts }) {
  const { t } = useTranslation();
  const styles = useHrStyles();
  const { state, retry, ...table } = useHrOverview(ports);
  useEffect(() => void chartsChunk().catch(() => undefined), []);
  if (state.status === 'loading') return <Spinner size="small" label={t('hr.loading')} />;
  if (state.status === 'failed') return <FailureBar failure={state.failure} onRetry={retry} />;
  const overview = state.value;
  const overdue = overview.leaders.reduce((s, l) => s + l.total.overdue, 0);
  return (
    <>
      <InfoCard title={t('hr.coverageTitle')}>
        <Text className={styles.note}>{t('hr.privacy')}</Text>
        {overdue > 0 ? (
          <Text className={styles.overdue}>{t('hr.overdueNote', { count: overdue })}</Text>
        ) : null}
        {overview.leaders.length === 0 ? (
          <Text>{t('hr.noRounds')}</Text>
        ) : (
          <HrLeaderTable leaders={overview.leaders} {...table} />
        )}
      </InfoCard>
      <InfoCard title={t('hr.chartsTitle')}>
        <Suspense fallback={<Spinner size="small" label={t('hr.chartsLoading')} />}>
          <HrCharts ports={ports} musTest={overview.musTest} leaderEvaluations={overview.leaderEvaluations} />
        </Suspense>
      </InfoCard>
      <InfoCard title={t('hr.musTestTitle')}>
        <MusTestFigure figure={overview.musTest} />
      </InfoCard>
      <InfoCard title={t('hr.leaderEvaluationsTitle')}>
        <Text>{average(overview.leaderEvaluations, t)}</Text>
      </InfoCard>
      <InfoCard title={t('hr.downloadsTitle')}>
        <Text className={styles.note}>{t('hr.downloadsIntro')}</Text>
        <HrDownloads ports={ports} />
      </InfoCard>
    </>
  );
}
