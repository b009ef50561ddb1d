import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { GroupStanding } from '../../../application/group/groups';
import type { MusPorts } from '../../../application/mus/musCall';
import type { Conversation } from '../../../application/ports/MusApiPort';
import { groupTexts } from '../../i18n/groupTexts';
import { useTexts } from '../../i18n/textBundle';
import { AskIndividual } from '../GroupMine';

const useStyles = makeStyles({
  banner: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0` },
  ask: { marginTop: tokens.spacingVerticalS },
});

export interface GroupBannerProps {
  readonly ports: MusPorts;
  readonly conversation: Conversation;
  readonly standing: GroupStanding;
}

/** Above the meeting form of a group conversation: who signs, and a member's "individuel MUS i stedet". */
export function GroupBanner({ ports, conversation, standing }: GroupBannerProps) {
  useTexts(groupTexts);
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <MessageBar className={styles.banner} intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {t('group.panelTitle', { count: conversation.groupMemberIds.length })}
        </MessageBarTitle>
        {t(standing === 'representative' ? 'group.panelRepresentative' : 'group.panelMember')}
        {standing === 'leader' ? null : (
          <div className={styles.ask}>
            <AskIndividual ports={ports} groupId={conversation.id} />
          </div>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
