/**
 * Group conversations (GRUS) on the sandbox with the queue on Azurite: Hanne makes a group of five of her
 * six reports; bad groups are refused with a clear word and change nothing; the group is booked as ONE Teams
 * meeting with all five invited (a repeated request books nothing twice); members see the group's shared
 * parts and nobody else sees it; a member asks for an individual MUS instead, which only they and Hanne see,
 * and Hanne books it through the booking job.
 */
import { randomUUID } from 'node:crypto';
import type { SandboxUser, ServiceOnSandbox } from '../api/onSandbox';
import { createRound, HANNE, musEvents, notifications, slotsFor, waitForJob } from './bookingWorld';
import { startQueuedService, type QueuedService } from './queued';

jest.setTimeout(120_000);

const LARS = 'lars.oestergaard@contoso-kommune.dk';

let q: QueuedService;
let s: ServiceOnSandbox;
let hanne: string;
let reports: SandboxUser[];
let roundId: string;
let hrUpn: string;

beforeAll(async () => {
  q = await startQueuedService('mus-group-');
  ({ s, hanne, reports } = q);
  hrUpn = q.users.find((u) => u.jobTitle === 'HR-partner')?.userPrincipalName ?? '';
  // The round holds the one report outside the group; the group is added to it.
  ({ roundId } = await createRound(s.call, hanne, [reports[5]!.id]));
});

afterAll(async () => {
  await q?.close();
});

const tomorrow = () => slotsFor([{ conversationId: 'x', employeeId: 'x' }], 2)[0]!.start;
const members = () => reports.slice(0, 5);
const createGroup = (body: Record<string, unknown>, token = hanne) =>
  s.call('POST', `/api/rounds/${roundId}/groups`, {
    token,
    body: { groupId: randomUUID(), start: tomorrow(), ...body },
  });
const groupsOfRound = async () =>
  (await s.call('GET', `/api/rounds/${roundId}/groups`, { token: hanne })).body as {
    group: { value: { id: string } };
    requests: { value: { id: string; employeeId: string } }[];
  }[];

describe('a group conversation (GRUS)', () => {
  let groupId: string;

  it('refuses a group of 3, of 7, with someone twice, with a stranger or without its representative; nothing changes', async () => {
    const ids = reports.map((r) => r.id);
    const lars = (await s.users()).find((u) => u.userPrincipalName === LARS)!;
    const larsReport = (await s.users()).find((u) => u.managerId === lars.id)!;
    const cases: [Record<string, unknown>, string, string][] = [
      [{ memberIds: ids.slice(0, 3), representativeId: ids[0] }, 'group_too_few', 'mindst 4'],
      [{ memberIds: [...ids, larsReport.id], representativeId: ids[0] }, 'group_too_many', 'højst 6'],
      [
        { memberIds: [...ids.slice(0, 4), ids[0]], representativeId: ids[0] },
        'group_member_twice',
        'to gange',
      ],
      [
        { memberIds: [...ids.slice(0, 4), larsReport.id], representativeId: ids[0] },
        'group_not_report',
        'egne',
      ],
      [
        { memberIds: ids.slice(0, 4), representativeId: ids[5] },
        'group_representative_not_member',
        'Repræsentanten',
      ],
    ];
    for (const [body, code, danish] of cases) {
      const reply = await createGroup(body);
      expect([reply.status, reply.body.code]).toEqual([400, code]);
      expect(reply.body.messages.da).toContain(danish);
      expect(reply.body.messages.en.length).toBeGreaterThan(10);
    }
    const foreign = await createGroup(
      { memberIds: ids.slice(0, 4), representativeId: ids[0] },
      await s.token(LARS),
    );
    expect(foreign.status).toBe(404);
    expect(await groupsOfRound()).toEqual([]);
    expect(await musEvents(s.sandboxUrl, s.token, HANNE)).toHaveLength(0);
  });

  it('books ONE Teams meeting with all five members invited; a retry books nothing twice', async () => {
    groupId = randomUUID();
    const body = { groupId, memberIds: members().map((m) => m.id), representativeId: members()[0]!.id };
    const created = await createGroup(body);
    expect(created.status).toBe(202);
    expect(created.body.conversation.value).toMatchObject({
      conceptId: 'group',
      employeeId: members()[0]!.id,
      groupMemberIds: body.memberIds,
    });
    const job = await waitForJob(s.call, hanne, created.headers.get('location') ?? '');
    expect(job).toEqual({ state: 'done', done: 1, total: 1, failures: [] });
    const again = await createGroup(body);
    expect([again.status, again.body.jobId]).toEqual([202, null]);

    const events = await musEvents(s.sandboxUrl, s.token, HANNE);
    expect(events.map((e) => e.transactionId)).toEqual([groupId]);
    expect(events[0]!.subject).toContain('GRUS');
    const attendees = await attendeesOf(events[0]!.id);
    expect(attendees.sort()).toEqual(
      members()
        .map((m) => m.userPrincipalName.toLowerCase())
        .sort(),
    );
    for (const m of members())
      expect(await musEvents(s.sandboxUrl, s.token, m.userPrincipalName)).toHaveLength(1);
    expect(await musEvents(s.sandboxUrl, s.token, reports[5]!.userPrincipalName)).toHaveLength(0);
    const read = await s.call('GET', `/api/conversations/${groupId}`, { token: hanne });
    expect(read.body.value.status).toBe('booked');
    // Every member is told in Teams that the group's meeting is booked, each once (the retry tells nobody).
    expect(await toldOfBooking()).toEqual(
      members()
        .map((m) => m.id)
        .sort(),
    );
    // HR's coverage counts the five as booked, not one: the round covers six people.
    expect(await hrRow()).toMatchObject({ conversations: 6, booked: 5, notBooked: 1 });
  });

  it('shows the group to every member, its shared parts only; not to an outsider, another leader or HR', async () => {
    for (const m of members()) {
      const token = await s.token(m.userPrincipalName);
      const mine = await s.call('GET', '/api/conversations', { token });
      expect(mine.body.map((c: { value: { id: string } }) => c.value.id)).toContain(groupId);
      expect((await s.call('GET', `/api/conversations/${groupId}/notes`, { token })).status).toBe(200);
      expect((await s.call('GET', `/api/conversations/${groupId}/goals`, { token })).status).toBe(200);
    }
    const member = await s.token(members()[1]!.userPrincipalName);
    for (const [method, path] of [
      ['GET', 'preparation'],
      ['GET', 'evaluation'],
      ['POST', 'conclusion/sign'],
    ] as const) {
      const reply = await s.call(method, `/api/conversations/${groupId}/${path}`, {
        token: member,
        ...(method === 'POST' ? { body: {} } : {}),
      });
      expect([reply.status, reply.body.code]).toEqual([403, 'group_representative_only']);
    }
    const representative = await s.token(members()[0]!.userPrincipalName);
    expect(
      (await s.call('GET', `/api/conversations/${groupId}/preparation`, { token: representative })).status,
    ).toBe(200);
    for (const upn of [reports[5]!.userPrincipalName, LARS, hrUpn]) {
      const token = await s.token(upn);
      const reply = await s.call('GET', `/api/conversations/${groupId}`, { token });
      expect([reply.status, reply.body.code]).toEqual([404, 'not_found']);
      const list = await s.call('GET', '/api/conversations', { token });
      expect(list.body.map((c: { value: { id: string } }) => c.value.id)).not.toContain(groupId);
    }
  });

  it('a member asks for an individual MUS instead: only they and the leader see it, and the leader books it', async () => {
    const asker = members()[2]!;
    const token = await s.token(asker.userPrincipalName);
    const asked = await s.call('POST', `/api/conversations/${groupId}/individual`, { token });
    expect(asked.status).toBe(201);
    const individual = asked.body.value;
    expect(individual).toMatchObject({
      employeeId: asker.id,
      insteadOfGroup: groupId,
      roundId,
      groupMemberIds: [],
    });
    const twice = await s.call('POST', `/api/conversations/${groupId}/individual`, { token });
    expect(twice.body.value.id).toBe(individual.id);
    const leader = await s.call('POST', `/api/conversations/${groupId}/individual`, { token: hanne });
    expect([leader.status, leader.body.code]).toEqual([403, 'not_in_group']);

    const [view] = await groupsOfRound();
    expect(view?.requests.map((r) => r.value.id)).toEqual([individual.id]);
    const other = await s.token(members()[3]!.userPrincipalName);
    const hidden = await s.call('GET', `/api/conversations/${individual.id}`, { token: other });
    expect([hidden.status, hidden.body.code]).toEqual([404, 'not_found']);
    const othersList = await s.call('GET', '/api/conversations', { token: other });
    expect(othersList.body.map((c: { value: { id: string } }) => c.value.id)).not.toContain(individual.id);
    const group = await s.call('GET', `/api/conversations/${groupId}`, { token: other });
    expect(JSON.stringify(group.body)).not.toContain(individual.id);

    // HR: the asker is covered by their own MUS (not booked yet), the group covers the other four.
    expect(await hrRow()).toMatchObject({ conversations: 6, booked: 4, notBooked: 2 });

    // A free time for both is proposed; Hanne books it as it stands.
    // Not for the group itself, nor for anyone but the leader: the same 404 as for none.
    for (const [id, who] of [
      [groupId, hanne],
      [individual.id, token],
      ['no-such-conversation', hanne],
    ] as const) {
      const refused = await s.call('GET', proposalOf(id), { token: who });
      expect([refused.status, refused.body.code]).toEqual([404, 'not_found']);
    }
    const proposal = await s.call('GET', proposalOf(individual.id), { token: hanne });
    expect(proposal.status).toBe(200);
    const { slot } = proposal.body as { slot: { start: string; end: string } };
    expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(60 * 60_000);
    expect(Date.parse(slot.start)).toBeGreaterThan(Date.now());
    const slots = [{ conversationId: individual.id, employeeId: asker.id, ...slot }];
    const started = await s.call('POST', `/api/rounds/${roundId}/booking`, { token: hanne, body: { slots } });
    expect(started.status).toBe(202);
    const job = await waitForJob(s.call, hanne, started.headers.get('location') ?? '');
    expect(job).toEqual({ state: 'done', done: 1, total: 1, failures: [] });
    const mine = await s.call('GET', '/api/conversations', { token });
    const booked = mine.body.find((c: { value: { id: string } }) => c.value.id === individual.id);
    expect(booked.value.status).toBe('booked');
    const askersEvents = await musEvents(s.sandboxUrl, s.token, asker.userPrincipalName);
    expect(askersEvents).toHaveLength(2);
    expect(askersEvents.map((e) => e.start.dateTime.slice(0, 16))).toContain(slot.start.slice(0, 16));
    // Once booked there is nothing to propose: a clear refusal.
    const after = await s.call('GET', proposalOf(individual.id), { token: hanne });
    expect([after.status, after.body.code]).toEqual([409, 'invalid_state']);
    expect(await musEvents(s.sandboxUrl, s.token, members()[3]!.userPrincipalName)).toHaveLength(1);
    const told = await toldOfBooking();
    expect(told.filter((id) => id === asker.id)).toHaveLength(2);
    expect(told.filter((id) => id === members()[3]!.id)).toHaveLength(1);
  });

  it('two requests for the same group at once make one conversation and one meeting', async () => {
    const twins = reports.slice(1, 5).map((m) => m.id);
    const body = { groupId: randomUUID(), memberIds: twins, representativeId: twins[0] };
    const before = (await musEvents(s.sandboxUrl, s.token, HANNE)).length;
    const replies = await Promise.all([createGroup(body), createGroup(body)]);
    expect(replies.map((r) => r.status)).toEqual([202, 202]);
    const job = replies.find((r) => r.body.jobId)!;
    await waitForJob(s.call, hanne, `/api/jobs/${job.body.jobId}`);
    const events = await musEvents(s.sandboxUrl, s.token, HANNE);
    expect(events.filter((e) => e.transactionId === body.groupId)).toHaveLength(1);
    expect(events).toHaveLength(before + 1);
    expect((await groupsOfRound()).filter((g) => g.group.value.id === body.groupId)).toHaveLength(1);
  });
});

/** A free time proposed for a requested individual MUS (the leader's). */
const proposalOf = (conversationId: string) =>
  `/api/rounds/${roundId}/groups/proposal?conversationId=${conversationId}`;

/** HR's overview of the round (counts of people, HR only). */
async function hrRow(): Promise<Record<string, unknown> | undefined> {
  const reply = await s.call('GET', '/api/hr/overview', { token: await s.token(hrUpn) });
  expect(reply.status).toBe(200);
  return (reply.body as { roundId: string }[]).find((r) => r.roundId === roundId);
}

/** Whom Teams told of a booked meeting so far (one id per notification, sorted). */
async function toldOfBooking(): Promise<string[]> {
  const sent = await notifications(s.sandboxUrl);
  return sent
    .filter((n) => n.body.activityType === 'musBooked')
    .map((n) => n.recipientId)
    .sort();
}

/** The attendees of an event in Hanne's calendar (lower-case addresses). */
async function attendeesOf(eventId: string): Promise<string[]> {
  const token = await s.token(HANNE, 'https://graph.microsoft.com/Calendars.ReadWrite');
  const res = await fetch(`${s.sandboxUrl}/v1.0/me/events/${encodeURIComponent(eventId)}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const event = (await res.json()) as { attendees: { emailAddress: { address: string } }[] };
  return event.attendees.map((a) => a.emailAddress.address.toLowerCase());
}
