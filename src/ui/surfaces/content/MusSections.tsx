import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MusPorts } from '../../../application/mus/musCall';
import type { MyProfile } from '../../../application/profile/myProfile';
import { addAfterTexts } from '../../i18n/afterTexts';
import { conceptTexts } from '../../i18n/conceptTexts';
import { useTexts } from '../../i18n/textBundle';
import { FollowUp } from '../../components/FollowUp';
import { MyGroups } from '../../components/GroupMine';
import { HrOverview } from '../../components/HrOverview';
import { MusTest } from '../../components/MusTest';
import { MyConversation } from '../../components/MyConversation';
import { PlannerView } from './PlannerView';

// HR's concept administration builds concepts with the domain's templates: its own chunk, loaded when shown.
const ConceptAdmin = lazy(() =>
  import('../../components/ConceptAdmin').then((m) => ({ default: m.ConceptAdmin })),
);

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  // Up to six tabs (HR who also leads): they wrap in a narrow window instead of running off it.
  tabs: { flexWrap: 'wrap' },
});

type Section = 'rounds' | 'musTest' | 'followUp' | 'mine' | 'hr' | 'concept';
const LABELS = {
  rounds: 'tabs.rounds',
  musTest: 'musTest.tab',
  followUp: 'followUp.tab',
  mine: 'tabs.mine',
  hr: 'hr.tab',
  concept: 'concept.tab',
} as const;

/**
 * The user's MUS by role: a leader plans rounds ("MUS-runder"), takes MUS-testen and follows up each
 * conversation ("Opfølgning": evaluation and goals); an employee has "Mine MUS" with their evaluation and
 * goals below it. Tabs when there is more than one (the planner first).
 */
export function MusSections({ ports, profile }: { ports: MusPorts; profile: MyProfile }) {
  const { t, i18n } = useTranslation();
  // Before any text of these sections is asked for (a state initializer runs once, during the first render).
  useState(() => addAfterTexts(i18n));
  useTexts(conceptTexts);
  const styles = useStyles();
  const { me, roles } = profile;
  const sections: Section[] = [
    ...(roles.includes('leader') ? (['rounds', 'musTest', 'followUp'] as const) : []),
    ...(roles.includes('employee') ? (['mine'] as const) : []),
    ...(roles.includes('hr') ? (['hr', 'concept'] as const) : []),
  ];
  const [chosen, setChosen] = useState<Section | undefined>(sections[0]);
  // Bumped when an individual MUS is asked for instead of a group's: Mine MUS shows it.
  const [asked, setAsked] = useState(0);
  const asLeader = useMemo(() => ({ id: me.id, people: me.reports }), [me]);
  const asEmployee = useMemo(() => ({ id: me.id, people: me.leader ? [me.leader] : [] }), [me]);
  if (!chosen) return null;
  return (
    <div className={styles.column}>
      {sections.length > 1 ? (
        <TabList
          className={styles.tabs}
          aria-label={t('tabs.label')}
          selectedValue={chosen}
          onTabSelect={(_, data) => setChosen(data.value as Section)}
        >
          {sections.map((s) => (
            <Tab key={s} value={s}>
              {t(LABELS[s])}
            </Tab>
          ))}
        </TabList>
      ) : null}
      {chosen === 'rounds' ? <PlannerView ports={ports} reports={me.reports} /> : null}
      {chosen === 'musTest' ? <MusTest ports={ports} /> : null}
      {chosen === 'hr' ? <HrOverview ports={ports} /> : null}
      {chosen === 'concept' ? (
        <Suspense fallback={null}>
          <ConceptAdmin ports={ports} />
        </Suspense>
      ) : null}
      {chosen === 'followUp' ? <FollowUp ports={ports} side="leader" me={asLeader} /> : null}
      {chosen === 'mine' ? (
        <>
          <MyConversation key={asked} ports={ports} employeeId={me.id} leaderName={me.leader?.displayName} />
          <MyGroups
            ports={ports}
            me={me.id}
            leaderName={me.leader?.displayName}
            onAsked={() => setAsked((n) => n + 1)}
          />
          <FollowUp ports={ports} side="employee" me={asEmployee} />
        </>
      ) : null}
    </div>
  );
}
