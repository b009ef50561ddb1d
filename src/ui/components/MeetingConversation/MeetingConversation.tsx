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
import { FailureBar } from '../FailureBar';
import { MeetingForm, type MeetingFormProps } from '../MeetingForm';
import { SurfaceLayout } from '../SurfaceLayout';
import { useMeetingConversation } from './useMeetingConversation';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
  },
  title: { ...typographyStyles.title3, margin: 0 },
  stageTitle: { ...typographyStyles.title1, margin: 0 },
  loading: { paddingTop: tokens.spacingVerticalXXL },
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
  if (load.state === 'loading')
    return <Spinner className={styles.loading} label={t('meetingForm.loading')} labelPosition="below" />;
  if (load.state === 'notFound')
    return <SurfaceLayout title={t('meetingForm.notFoundTitle')} subtitle={t('meetingForm.notFoundBody')} />;
  if (load.state === 'failed') return <FailureBar failure={load.failure} onRetry={retry} />;
  return (
    <main>
      <div className={styles.header}>
        <h1 className={onStage ? styles.stageTitle : styles.title}>
          {t(onStage ? 'meetingForm.stageTitle' : 'meetingForm.title')}
        </h1>
        {onStage ? null : (
          <Button onClick={() => void host.shareToStage(ports.stageUrl).then(setShared)}>
            {t('meetingForm.shareToStage')}
          </Button>
        )}
      </div>
      {shared === undefined ? null : (
        <MessageBar intent={shared ? 'success' : 'warning'} role="status">
          <MessageBarBody>{t(shared ? 'meetingForm.shared' : 'meetingForm.shareFailed')}</MessageBarBody>
        </MessageBar>
      )}
      <MeetingForm
        ports={ports}
        snapshot={load.snapshot}
        onStage={onStage}
        {...(ports.live ? { live: ports.live } : {})}
        {...(conclusion ? { conclusion } : {})}
      />
    </main>
  );
}
