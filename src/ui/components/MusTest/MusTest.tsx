import { Spinner, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { FailureBar } from '../FailureBar';
import { InfoCard } from '../InfoCard';
import { MusTestForm } from './MusTestForm';
import { MusTestResults } from './MusTestResults';
import type { MusTestProps } from './MusTest.types';
import { useMusTest } from './useMusTest';

/**
 * MUS-testen for the leader (seed 001): the 20 statements on the scale Aldrig … Altid for the newest round not
 * answered yet, then the score per section and in total with its reading, and every year's result.
 */
export function MusTest(props: MusTestProps) {
  const { t } = useTranslation();
  const hook = useMusTest(props);
  const { state } = hook;
  if (state.status === 'loading') return <Spinner size="small" label={t('musTest.loading')} />;
  if (state.status === 'failed') return <FailureBar failure={state.failure} onRetry={hook.retry} />;
  const { round, results } = state.overview;
  return (
    <>
      <InfoCard title={t('musTest.title')}>
        <Text>{t('musTest.intro')}</Text>
        {round ? (
          <MusTestForm hook={hook} roundTitle={round.value.title} year={round.value.year} />
        ) : (
          <Text>{results.length > 0 ? t('musTest.allAnswered') : t('musTest.noRound')}</Text>
        )}
      </InfoCard>
      {results.length > 0 ? <MusTestResults results={results} /> : null}
    </>
  );
}
