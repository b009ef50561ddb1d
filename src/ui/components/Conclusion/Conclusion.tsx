import { MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { FailureBar } from '../FailureBar';
import { InfoCard } from '../InfoCard';
import type { ConclusionProps } from './Conclusion.types';
import { ConclusionActions } from './ConclusionActions';
import { ConclusionFields } from './ConclusionFields';
import { ConclusionGoals } from './ConclusionGoals';
import { ConclusionSignatures } from './ConclusionSignatures';
import { useConclusion } from './useConclusion';
import { useConclusionStyles } from './useConclusionStyles.styles';

/**
 * The fælles konklusionsskema: a summary per agreed topic, the goals both agreed, the follow-up date; both
 * sign with their own identity; an amendment is a new version; the employee decides on filing.
 */
export function Conclusion(props: ConclusionProps) {
  const { t } = useTranslation();
  const styles = useConclusionStyles();
  const form = useConclusion(props);
  const { state, version } = form;
  if (state.status === 'loading') return <Spinner label={t('conclusion.loading')} />;
  return (
    <InfoCard title={t('conclusion.title')}>
      {state.status === 'failed' ? (
        state.failure.problem?.code === 'meeting_not_started' ? (
          <Text>{t('conclusion.notYet')}</Text>
        ) : (
          <FailureBar failure={state.failure} onRetry={form.reload} />
        )
      ) : !version ? null : (
        <div className={styles.form}>
          <Text className={styles.muted}>
            {t('conclusion.version', { version: version.version })}
            {version.amendmentReason
              ? ` · ${t('conclusion.amendmentOf', { reason: version.amendmentReason })}`
              : ''}
          </Text>
          {form.locked ? null : <Text>{t('conclusion.intro')}</Text>}
          <ConclusionFields {...form} version={version} />
          <ConclusionGoals version={version} editable={!form.locked} />
          <ConclusionSignatures
            {...form}
            version={version}
            filed={state.record.value.consentToPersonnelFile}
            party={props.party}
          />
          {form.failure ? <FailureBar failure={form.failure} /> : null}
          {form.notice ? (
            <MessageBar intent="success">
              <MessageBarBody>{t(`conclusion.${form.notice}`)}</MessageBarBody>
            </MessageBar>
          ) : null}
          <ConclusionActions {...form} party={props.party} />
        </div>
      )}
    </InfoCard>
  );
}
