import {
  agreeGoal,
  conversationId,
  createGoal,
  editGoal,
  goalId,
  personId,
  topicId,
  writeSharedNote,
  type DevelopmentGoal as DomainGoal,
} from '../../../src/domain';
import type { MeetingPorts } from '../../../src/application/meeting/openMeeting';
import type {
  MeetingApiPort,
  VersionedGoal,
  VersionedNote,
} from '../../../src/application/ports/MeetingApiPort';
import type { MusApiResult } from '../../../src/application/ports/MusApiPort';
import { createRound } from '../../../src/application/rounds/planRound';
import { defaultRoundDraft } from '../../../src/application/rounds/roundDraft';
import { inMemoryMusService, LEADER, REPORTS } from '../../application/support/inMemoryMusService';

export const CHAT_ID = '19:meeting_aW4tbWVtb3J5@thread.v2';
export const IDA = REPORTS[0]!;
/** In a group meeting ({@link inMemoryMeeting} with `group`): a member, not the representative (Ida). */
export const OLE = REPORTS[1]!;
export { LEADER };

const ok = <T>(value: T): MusApiResult<T> => ({ ok: true, value });
const refused = (status: number, code: string): MusApiResult<never> => ({
  ok: false,
  reason: 'refused',
  status,
  problem: { code, messages: { da: `Afvist (${code})`, en: `Refused (${code})` } },
});

/**
 * The MUS service in memory with one booked meeting (Hanne and Ida, an hour, chat {@link CHAT_ID}): the
 * conversation by chat id for its parties only, shared notes per topic with eTags (412 when stale), private
 * notes per author, goals on the domain's rules. `as(id)` gives one person's meeting ports. With `group`,
 * it is a group conversation (GRUS) of Ida (the representative), Ole, Sara and one more: the members read
 * the goals and write the notes, and only the leader and Ida change goals (the service's rule).
 */
export async function inMemoryMeeting(now = new Date(), { group = false } = {}) {
  const service = inMemoryMusService(now);
  const draft = defaultRoundDraft(service.concept, REPORTS, now);
  await createRound(service.as(LEADER.id), 'a1b2c3d4-0000-4000-8000-0000000000aa', draft);
  const [key, stored] = [...service.conversations.entries()].find(([, c]) => c.value.employeeId === IDA.id)!;
  const start = new Date(now.getTime() - 5 * 60_000);
  service.conversations.set(key, {
    etag: '"booked"',
    value: {
      ...stored.value,
      status: 'booked',
      slot: { start: start.toISOString(), end: new Date(start.getTime() + 3_600_000).toISOString() },
      meeting: { eventId: 'ev-1', joinUrl: 'https://teams.example/meet/1', chatId: CHAT_ID },
      groupMemberIds: group ? [...REPORTS.map((r) => r.id), 'fourth-member'] : [],
    } as typeof stored.value,
  });
  let version = 0;
  const tag = () => `"m${++version}"`;
  const notes = new Map<string, VersionedNote>();
  const privates = new Map<string, { etag: string; text: string }>();
  const goals = new Map<string, VersionedGoal>();

  function meetingApi(caller: string): MeetingApiPort {
    const mine = (id: string) => {
      const c = service.conversations.get(id);
      const party = c && [c.value.leaderId, c.value.employeeId, ...c.value.groupMemberIds].includes(caller);
      return party ? c : undefined;
    };
    /** A group's member other than the representative changes no goal. */
    const memberOnly = (id: string) =>
      mine(id)?.value.groupMemberIds.includes(caller) === true && mine(id)?.value.employeeId !== caller;
    const party = (id: string) => (mine(id)?.value.leaderId === caller ? 'leader' : 'employee');
    const goalChange = (
      id: string,
      gid: string,
      etag: string,
      change: (g: VersionedGoal['value']) => VersionedGoal['value'],
    ) => {
      const g = goals.get(gid);
      if (memberOnly(id)) return Promise.resolve(refused(403, 'group_representative_only'));
      if (!mine(id) || !g) return Promise.resolve(refused(404, 'not_found'));
      if (g.etag !== etag) return Promise.resolve(refused(412, 'stale_record'));
      const next = { etag: tag(), value: change(g.value) };
      goals.set(gid, next);
      return Promise.resolve(ok(next));
    };
    return {
      conversationOfMeeting: async (_t, chat) => {
        const found = [...service.conversations.values()].find((c) => c.value.meeting?.chatId === chat);
        return found && mine(found.value.id) ? ok(found) : refused(404, 'not_found');
      },
      linkMeeting: async () => refused(404, 'not_found'),
      notes: async (_t, id) =>
        mine(id)
          ? ok([...notes.values()].filter((n) => n.value.conversationId === id))
          : refused(404, 'not_found'),
      writeNote: async (_t, id, topic, etag, text) => {
        if (!mine(id)) return refused(404, 'not_found');
        const current = notes.get(`${id}:${topic}`);
        if (current ? current.etag !== etag : etag !== undefined) return refused(412, 'stale_record');
        const value = writeSharedNote({
          conversationId: conversationId(id),
          topicId: topicId(topic),
          text,
          by: personId(caller),
          at: now,
        });
        const next = { etag: tag(), value };
        notes.set(`${id}:${topic}`, next);
        return ok(next);
      },
      privateNote: async (_t, id, topic) =>
        mine(id) ? ok(privates.get(`${caller}:${id}:${topic}`) ?? null) : refused(404, 'not_found'),
      writePrivateNote: async (_t, id, topic, etag, text) => {
        const current = privates.get(`${caller}:${id}:${topic}`);
        if (current?.etag !== etag) return refused(412, 'stale_record');
        const next = { etag: tag(), text };
        privates.set(`${caller}:${id}:${topic}`, next);
        return ok(next);
      },
      goals: async (_t, id) =>
        mine(id)
          ? ok([...goals.values()].filter((g) => g.value.conversationId === id))
          : refused(404, 'not_found'),
      addGoal: async (_t, id, body) => {
        const c = mine(id);
        if (!c) return refused(404, 'not_found');
        if (memberOnly(id)) return refused(403, 'group_representative_only');
        const made = createGoal({
          id: goalId(body.goalId ?? `g${goals.size + 1}`),
          conversationId: conversationId(id),
          employeeId: personId(c.value.employeeId),
          goal: body.goal,
          activities: body.activities ?? [],
          deadline: body.deadline,
          responsible: body.responsible ?? 'both',
          category: body.category,
          at: now,
        });
        const next = { etag: tag(), value: made };
        goals.set(made.id, next);
        return ok(next);
      },
      editGoal: (_t, id, gid, etag, edit) =>
        goalChange(id, gid, etag, (g) => editGoal(g as DomainGoal, edit, now)),
      agreeGoal: (_t, id, gid, etag) =>
        goalChange(id, gid, etag, (g) => agreeGoal(g as DomainGoal, party(id), now)),
    };
  }

  return {
    service,
    notes,
    privates,
    goals,
    conversationId: key,
    /** One person's ports for the meeting's surfaces. */
    as: (caller: string): MeetingPorts & { stageUrl: string } => ({
      ...service.as(caller),
      meetingApi: meetingApi(caller),
      stageUrl: 'https://mus.example/meeting.html',
    }),
  };
}
