import { failed, succeeded, authorized, type Outcome } from '../mus/musCall';
import type { VersionedConversation } from '../ports/MusApiPort';
import type { MeetingPorts } from './openMeeting';

/** A conversation the meeting can be linked to: with whom, and the version to link. */
export interface LinkChoice {
  readonly conversationId: string;
  readonly etag: string;
  readonly employeeName: string;
}

/** What the configuration page offers: the meeting is linked already, or the leader's choices, or nothing. */
export type MeetingLinkState =
  | { readonly kind: 'linked'; readonly employeeName: string }
  | { readonly kind: 'choose'; readonly choices: readonly LinkChoice[] }
  | { readonly kind: 'notLeader' };

/**
 * What a meeting's configuration page can do about linking: a meeting whose chat holds one of my
 * conversations is linked; else a leader chooses among their employees' conversations that have no meeting
 * chat yet (not cancelled); anyone else cannot link.
 */
export async function loadMeetingLink(
  ports: MeetingPorts,
  chatId: string,
): Promise<Outcome<MeetingLinkState>> {
  const [held, me, mine] = await Promise.all([
    authorized(ports, ports.meetingApi).conversationOfMeeting(chatId),
    authorized(ports, ports.musApi).me(),
    authorized(ports, ports.musApi).conversations(),
  ]);
  if (!me.ok) return failed(me.failure);
  const names = new Map(me.value.reports.map((p) => [p.id, p.displayName]));
  const nameOf = (c: VersionedConversation) => names.get(c.value.employeeId) ?? c.value.employeeId;
  if (held.ok) return succeeded({ kind: 'linked', employeeName: nameOf(held.value) });
  if (held.failure.problem?.code !== 'not_found') return failed(held.failure);
  if (!me.value.roles.leader) return succeeded({ kind: 'notLeader' });
  if (!mine.ok) return failed(mine.failure);
  const choices = mine.value
    .filter(
      (c) => c.value.leaderId === me.value.id && c.value.status !== 'cancelled' && !c.value.meeting?.chatId,
    )
    .map((c) => ({ conversationId: c.value.id, etag: c.etag, employeeName: nameOf(c) }));
  return succeeded({ kind: 'choose', choices });
}

/** Hold the chosen conversation in this meeting. */
export async function linkMeetingTo(
  ports: MeetingPorts,
  chatId: string,
  choice: LinkChoice,
): Promise<Outcome<MeetingLinkState>> {
  const linked = await authorized(ports, ports.meetingApi).linkMeeting(
    chatId,
    choice.conversationId,
    choice.etag,
  );
  return linked.ok ? succeeded({ kind: 'linked', employeeName: choice.employeeName }) : linked;
}
