import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { authorized, failed } from '../../../application/mus/musCall';
import { currentVersion, isSignedByBoth } from '../../../application/conclusion/conclusion';
import { useOutcome } from '../../app/useOutcome';
import { useLocalized } from '../../i18n/useLocalized';
import { NotReady, notReady } from '../FailureBar';
import type { ConclusionSlotProps } from '../MeetingForm';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/**
 * The group plan as a member sees it in the meeting (read only): each topic's summary, the group's goals,
 * and whether the leader and the representative have signed. Only they write and sign it.
 */
export function GroupPlan({ ports, snapshot }: ConclusionSlotProps) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const styles = useStyles();
  const id = snapshot.conversation.value.id;
  const load = useCallback(
    () =>
      ports.conclusionApi
        ? authorized(ports, ports.conclusionApi).conclusion(id)
        : Promise.resolve(failed<never>({ reason: 'unavailable' })),
    [ports, id],
  );
  const { state, retry } = useOutcome(load);
  if (state.status === 'failed' && state.failure.problem?.code === 'not_found')
    return (
      <Text as="p" block>
        {t('group.planNone')}
      </Text>
    );
  if (notReady(state)) return <NotReady state={state} label={t('group.loading')} retry={retry} />;
  const version = currentVersion(state.value.value);
  return (
    <section aria-label={t('group.planTitle')}>
      <ul className={styles.list}>
        {version.summaries
          .filter((s) => s.summary.trim() !== '')
          .map((s) => (
            <li key={s.topicId}>
              <Text weight="semibold">{text(s.title)}</Text>: {s.summary}
            </li>
          ))}
        {version.goals.map((g) => (
          <li key={g.goalId}>{g.goal}</li>
        ))}
      </ul>
      <Text as="p" block>
        {t(isSignedByBoth(version) ? 'group.planSigned' : 'group.planWaiting')}
      </Text>
    </section>
  );
}
