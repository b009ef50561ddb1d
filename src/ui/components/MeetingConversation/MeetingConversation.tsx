import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSurfacePorts } from '../../../application/surface/surfaceView';
import type { HostPort } from '../../../application/ports/HostPort';
import type { Conversation } from '../../../application/ports/MusApiPort';
import { groupStanding } from '../../../application/group/groups';
import { FailureBar } from '../FailureBar';
import { GroupBanner, GroupPlan } from '../GroupPanel';
import { layout } from '../layout';
import { MeetingForm, type MeetingFormProps } from '../MeetingForm';
import { useMeetingConversation } from './useMeetingConversation';

const useStyles = makeStyles({
  header: {
    ...layout.titleBar(tokens.spacingHorizontalS),
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
  },
  title: { ...typographyStyles.title3, margin: 0 },
  stageTitle: { ...typographyStyles.title1, margin: 0 },
  loading: { paddingTop: tokens.spacingVerticalXXL },
  notice: { padding: `0 ${tokens.spacingHorizontalM}` },
  noticeTitle: { ...typographyStyles.subtitle2, margin: `${tokens.spacingVerticalM} 0 0` },
});

export interface MeetingConversationProps {
  readonly ports: MeetingSurfacePorts;
  readonly host: HostPort;
  readonly chatId: string | undefined;
  readonly userId: string | undefined;
  readonly onStage: boolean;
  readonly conclusion?: MeetingFormProps['conclusion'];
}

/** The side panel's (or the stage's) conversation: its form, and "Del på scenen" in the side panel. */
export function MeetingConversation({
  ports,
  host,
  chatId,
  userId,
  onStage,
  conclusion,
}: MeetingConversationProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { load, retry } = useMeetingConversation(ports, chatId, userId);
  const [shared, setShared] = useState<boolean | undefined>(undefined);
  return (
    <main>
      <div className={styles.header}>
        <h1 className={onStage ? styles.stageTitle : styles.title}>
          {t(onStage ? 'meetingForm.stageTitle' : 'meetingForm.title')}
        </h1>
        {onStage || load.state !== 'open' ? null : (
          <Button onClick={() => void host.shareToStage(ports.stageUrl).then(setShared)}>
            {t('meetingForm.shareToStage')}
          </Button>
        )}
      </div>
      {load.state === 'loading' ? (
        <Spinner className={styles.loading} label={t('meetingForm.loading')} labelPosition="below" />
      ) : null}
      {load.state === 'notFound' ? (
        <section className={styles.notice}>
          <h2 className={styles.noticeTitle}>{t('meetingForm.notFoundTitle')}</h2>
          <p>{t('meetingForm.notFoundBody')}</p>
        </section>
      ) : null}
      {load.state === 'failed' ? <FailureBar failure={load.failure} onRetry={retry} /> : null}
      {shared === undefined ? null : (
        <MessageBar intent={shared ? 'success' : 'warning'} role="status">
          <MessageBarBody>{t(shared ? sharedText(load) : 'meetingForm.shareFailed')}</MessageBarBody>
        </MessageBar>
      )}
      {load.state === 'open' ? (
        <Group ports={ports} conversation={load.snapshot.conversation.value} userId={userId} />
      ) : null}
      {load.state === 'open' ? (
        <MeetingForm
          ports={ports}
          snapshot={load.snapshot}
          onStage={onStage}
          {...(ports.live ? { live: ports.live } : {})}
          {...(conclusion ? { conclusion: groupMember(load.snapshot, userId) ? GroupPlan : conclusion } : {})}
        />
      ) : null}
    </main>
  );
}

/** "Shown on the stage for you both", or for everyone in a group conversation. */
const sharedText = (load: ReturnType<typeof useMeetingConversation>['load']) =>
  load.state === 'open' && load.snapshot.groupStanding ? 'meetingForm.sharedGroup' : 'meetingForm.shared';

/** A member of a group conversation sees the group plan; the leader and the representative write and sign it. */
const groupMember = (snapshot: { conversation: { value: Conversation } }, userId: string | undefined) =>
  groupStanding(snapshot.conversation.value, userId) === 'member';

/** Above a group conversation's form: the group, who signs, and a member's "individuel MUS i stedet". */
function Group(props: {
  ports: MeetingSurfacePorts;
  conversation: Conversation;
  userId: string | undefined;
}) {
  const standing = groupStanding(props.conversation, props.userId);
  return standing ? (
    <GroupBanner ports={props.ports} conversation={props.conversation} standing={standing} />
  ) : null;
}
