import { useCallback, useState, type FormEvent } from 'react';
import {
  bookingFinished,
  createGroup,
  groupDraftProblem,
  type GroupDraft,
  type GroupDraftProblem,
} from '../../../application/group/groups';
import type { MusFailure, MusPorts } from '../../../application/mus/musCall';
import type { BookingProgress } from '../../../application/rounds/bookRound';
import type { Person } from '../../../application/ports/MusApiPort';

/** Where the new group is: being written, sent, booking, booked, or refused (with why). */
export type GroupFormState =
  | { readonly status: 'editing'; readonly problem?: GroupDraftProblem; readonly failure?: MusFailure }
  | { readonly status: 'sending' }
  | {
      readonly status: 'booked';
      readonly count: number;
      /** What the booking job could not do (none: one Teams meeting with every member). */
      readonly failures: readonly BookingProgress['failures'][number]['messages'][];
    };

/** The leader's new group: members, representative, start; sent once checked, then followed until booked. */
export function useGroupForm(
  ports: MusPorts,
  roundId: string,
  people: readonly Person[],
  onCreated: () => void,
) {
  const [groupId, setGroupId] = useState(() => crypto.randomUUID());
  const [draft, setDraft] = useState<GroupDraft>({ memberIds: [], representativeId: undefined, start: '' });
  const [state, setState] = useState<GroupFormState>({ status: 'editing' });

  const toggle = useCallback((id: string, on: boolean) => {
    setDraft((d) => {
      const memberIds = on ? [...d.memberIds, id] : d.memberIds.filter((m) => m !== id);
      const representativeId = memberIds.includes(d.representativeId ?? '') ? d.representativeId : undefined;
      return { ...d, memberIds, representativeId };
    });
  }, []);
  const set = useCallback((change: Partial<GroupDraft>) => setDraft((d) => ({ ...d, ...change })), []);

  const send = useCallback(async () => {
    const problem = groupDraftProblem(draft, new Date());
    if (problem) return setState({ status: 'editing', problem });
    setState({ status: 'sending' });
    const created = await createGroup(ports, roundId, groupId, draft);
    if (!created.ok) return setState({ status: 'editing', failure: created.failure });
    const count = created.value.conversation.value.groupMemberIds.length;
    const jobId = created.value.jobId;
    const progress = jobId ? await bookingFinished(ports, jobId, people) : undefined;
    if (progress && !progress.ok) return setState({ status: 'editing', failure: progress.failure });
    const failures = progress?.value.failures.map((f) => f.messages) ?? [];
    setState({ status: 'booked', count, failures });
    setGroupId(crypto.randomUUID());
    setDraft({ memberIds: [], representativeId: undefined, start: '' });
    onCreated();
  }, [ports, roundId, groupId, draft, people, onCreated]);

  /** The form's submit: checked here first, then sent. */
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };
  return { draft, state, toggle, set, submit };
}
