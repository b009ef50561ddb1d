import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MusPorts } from '../../../application/mus/musCall';
import type { Person } from '../../../application/ports/MusApiPort';
import { GroupPlanner } from '../../components/GroupPlanner';
import { RoundForm } from '../../components/RoundForm';
import { RoundList } from '../../components/RoundList';
import { RoundSchedule } from '../../components/RoundSchedule';
import { RoundStatus } from '../../components/RoundStatus';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  back: { alignSelf: 'flex-start' },
});

/** Where the leader is in the planner: the list of rounds, a new round, or one round. */
type Step =
  | { readonly kind: 'list' }
  | { readonly kind: 'new' }
  | { readonly kind: 'round'; readonly roundId: string; readonly title: string };

/** The leader's planner: rounds, "Ny MUS-runde", and a round's conversations with their state. */
export function PlannerView({ ports, reports }: { ports: MusPorts; reports: readonly Person[] }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [step, setStep] = useState<Step>({ kind: 'list' });
  // Bumped when a booking finishes, so the status list shows the booked conversations.
  const [bookings, setBookings] = useState(0);
  const back = (
    <Button className={styles.back} appearance="subtle" onClick={() => setStep({ kind: 'list' })}>
      {t('rounds.back')}
    </Button>
  );
  if (step.kind === 'list')
    return (
      <RoundList
        ports={ports}
        onNew={() => setStep({ kind: 'new' })}
        onOpen={(round) => setStep({ kind: 'round', roundId: round.id, title: round.title })}
      />
    );
  if (step.kind === 'new')
    return (
      <div className={styles.column}>
        {back}
        <RoundForm
          ports={ports}
          reports={reports}
          onCreated={({ round }) =>
            setStep({ kind: 'round', roundId: round.value.id, title: round.value.title })
          }
        />
      </div>
    );
  return (
    <div className={styles.column}>
      {back}
      <Text as="h2" size={600} weight="semibold">
        {step.title}
      </Text>
      <RoundSchedule
        ports={ports}
        roundId={step.roundId}
        people={reports}
        onBooked={() => setBookings((n) => n + 1)}
      />
      <RoundStatus key={bookings} ports={ports} roundId={step.roundId} people={reports} />
      <GroupPlanner
        ports={ports}
        roundId={step.roundId}
        reports={reports}
        onChanged={() => setBookings((n) => n + 1)}
      />
    </div>
  );
}
