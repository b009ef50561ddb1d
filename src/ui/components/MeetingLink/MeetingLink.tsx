import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { MeetingPorts } from '../../../application/meeting/openMeeting';
import { FailureBar } from '../FailureBar';
import { useMeetingLink } from './useMeetingLink';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, maxWidth: '480px' },
});

/**
 * On the meeting tab's configuration page: which conversation the meeting holds. A meeting the app booked is
 * linked already; for another meeting the leader chooses one of their employees' conversations.
 */
export function MeetingLink({ ports, chatId }: { ports: MeetingPorts; chatId: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { state, failure, chosen, choose, busy, link, retry } = useMeetingLink(ports, chatId);
  if (failure) return <FailureBar failure={failure} onRetry={retry} />;
  if (!state) return <Spinner size="small" label={t('meetingForm.loading')} />;
  if (state.kind === 'linked')
    return (
      <MessageBar intent="success" role="status">
        <MessageBarBody>{t('meetingLink.linked', { name: state.employeeName })}</MessageBarBody>
      </MessageBar>
    );
  if (state.kind === 'notLeader') return <p>{t('meetingLink.notLeader')}</p>;
  if (state.choices.length === 0) return <p>{t('meetingLink.none')}</p>;
  return (
    <section aria-label={t('meetingLink.title')} className={styles.column}>
      <p>{t('meetingLink.body')}</p>
      <Field label={t('meetingLink.conversation')}>
        <Select value={chosen} onChange={(_, data) => choose(data.value)}>
          <option value="">{t('meetingLink.choose')}</option>
          {state.choices.map((c) => (
            <option key={c.conversationId} value={c.conversationId}>
              {c.employeeName}
            </option>
          ))}
        </Select>
      </Field>
      <Button
        appearance="primary"
        disabled={busy || chosen === ''}
        onClick={() => void link(state.choices.find((c) => c.conversationId === chosen))}
      >
        {t('meetingLink.link')}
      </Button>
    </section>
  );
}
