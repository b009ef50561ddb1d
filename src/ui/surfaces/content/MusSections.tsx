import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MusPorts } from '../../../application/mus/musCall';
import type { MyProfile } from '../../../application/profile/myProfile';
import { MyConversation } from '../../components/MyConversation';
import { PlannerView } from './PlannerView';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
});

type Section = 'rounds' | 'mine';

/**
 * The user's MUS by role: a leader plans rounds ("MUS-runder"), an employee has "Mine MUS"; someone who is
 * both chooses with tabs (the planner first).
 */
export function MusSections({ ports, profile }: { ports: MusPorts; profile: MyProfile }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { me, roles } = profile;
  const sections: Section[] = [
    ...(roles.includes('leader') ? (['rounds'] as const) : []),
    ...(roles.includes('employee') ? (['mine'] as const) : []),
  ];
  const [chosen, setChosen] = useState<Section | undefined>(sections[0]);
  if (!chosen) return null;
  return (
    <div className={styles.column}>
      {sections.length > 1 ? (
        <TabList
          aria-label={t('tabs.label')}
          selectedValue={chosen}
          onTabSelect={(_, data) => setChosen(data.value as Section)}
        >
          {sections.map((s) => (
            <Tab key={s} value={s}>
              {t(`tabs.${s}`)}
            </Tab>
          ))}
        </TabList>
      ) : null}
      {chosen === 'rounds' ? (
        <PlannerView ports={ports} reports={me.reports} />
      ) : (
        <MyConversation ports={ports} employeeId={me.id} leaderName={me.leader?.displayName} />
      )}
    </div>
  );
}
