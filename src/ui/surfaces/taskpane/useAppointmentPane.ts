import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  appointmentDraft,
  bookAppointment,
  employeeChoices,
  linkAppointment,
  type AppointmentBooked,
  type AppointmentFailure,
} from '../../../application/rounds/appointmentBooking';
import { authorized, type MusPorts } from '../../../application/mus/musCall';
import type { Attendee, MailItemPort } from '../../../application/ports/MailItemPort';
import type { Concept, Person } from '../../../application/ports/MusApiPort';
import { loadRoundConcepts } from '../../../application/rounds/planRound';
import { plannedAgenda, type RoundDraft } from '../../../application/rounds/roundDraft';

/** What the pane needs: the service, Outlook, the appointment and the leader's reports. */
export interface AppointmentPaneProps {
  readonly ports: MusPorts & { readonly mailItem: MailItemPort };
  readonly attendees: readonly Attendee[];
  readonly start?: Date;
  readonly reports: readonly Person[];
}

type Topics = Pick<RoundDraft, 'optionalTopicIds' | 'ownTopics'>;
type Result =
  | { readonly status: 'idle' | 'busy' }
  | { readonly status: 'done'; readonly booked: AppointmentBooked }
  | ({ readonly status: 'failed' } & AppointmentFailure);

/** The pane's state: the concept, the employee chosen, the topics, and what writing the meeting did. */
export function useAppointmentPane({ ports, attendees, start, reports }: AppointmentPaneProps) {
  const [concept, setConcept] = useState<Concept | undefined>();
  const [chosenId, setChosenId] = useState<string | undefined>();
  const [topics, setTopics] = useState<Topics>({ optionalTopicIds: [], ownTopics: [] });
  const [result, setResult] = useState<Result>({ status: 'idle' });
  // One round per pane: writing again after a failure finishes the same conversation.
  const [roundId] = useState(() => crypto.randomUUID());
  const [today] = useState(() => new Date());
  const choices = useMemo(() => employeeChoices(attendees, reports), [attendees, reports]);
  const choice = choices.find((c) => c.person.id === chosenId) ?? choices[0];

  useEffect(() => {
    let active = true;
    void loadRoundConcepts(ports).then((loaded) => active && loaded.ok && setConcept(loaded.value[0]));
    return () => {
      active = false;
    };
  }, [ports]);

  const draft = useMemo(
    () =>
      concept && choice
        ? { ...appointmentDraft(concept, choice.person, start, today), ...topics }
        : undefined,
    [concept, choice, start, today, topics],
  );
  const agenda = concept && draft ? plannedAgenda(concept, draft, roundId) : [];
  const form = {
    update: (change: Partial<RoundDraft>) => setTopics((t) => ({ ...t, ...change })),
    toggle: (_list: 'employeeIds' | 'optionalTopicIds', id: string) =>
      setTopics((t) => ({
        ...t,
        optionalTopicIds: t.optionalTopicIds.includes(id)
          ? t.optionalTopicIds.filter((x) => x !== id)
          : [...t.optionalTopicIds, id],
      })),
  };

  const write = useCallback(() => {
    if (!draft || !choice) return;
    setResult({ status: 'busy' });
    void bookAppointment(ports, { roundId, draft, choice }).then((outcome) =>
      setResult(outcome.ok ? { status: 'done', booked: outcome.value } : { status: 'failed', ...outcome }),
    );
  }, [ports, roundId, draft, choice]);

  const checkAgain = useCallback(() => {
    if (result.status !== 'done') return;
    void linkAppointment(ports, result.booked.conversation).then((outcome) =>
      setResult(
        outcome.ok
          ? { status: 'done', booked: outcome.value }
          : { status: 'failed', failure: outcome.failure },
      ),
    );
  }, [ports, result]);

  const openPlanner = useCallback(() => {
    void authorized(ports, ports.musApi)
      .links()
      .then((links) => links.ok && ports.mailItem.openInBrowser(links.value.planner));
  }, [ports]);

  return {
    concept,
    choices,
    choice,
    choose: setChosenId,
    draft,
    agenda,
    form,
    result,
    write,
    checkAgain,
    openPlanner,
  };
}
