import { groupRefused } from './groupFakes';
import { hrRefused } from './hrFakes';
import {
  acceptProposal,
  addTopic,
  agreeAgenda,
  buildConcept,
  conceptId,
  conceptTopics,
  conversationId,
  createAgenda,
  createOwnTopic,
  createPreparation,
  createRound,
  declineProposal,
  removeTopic,
  isDomainError,
  personId,
  planRoundConversations,
  roundId,
  submitPreparation,
  topicId,
  writePreparation,
  type Agenda,
  type Concept,
  type Preparation,
} from '../../../src/domain';
import { slotsFor } from './fakeSchedule';
import { inMemoryFeedback } from './inMemoryFeedback';
import type {
  BookingJob,
  Conversation as ApiConversation,
  FreeSlot,
  Me,
  MusApiPort,
  MusApiResult,
  ScheduleProposal,
  VersionedConversation,
  VersionedRound,
} from '../../../src/application/ports/MusApiPort';
import type { MusPorts } from '../../../src/application/mus/musCall';
import { aPerson } from './profileFakes';

type Stored = Omit<ApiConversation, 'agenda'> & { agenda: Agenda };
type StoredRound = VersionedRound['value'];
type Method = keyof MusApiPort;

/** The leader of the fake organisation and her direct reports. */
export const LEADER = aPerson('Hanne Kjær Mortensen', 'hanne');
export const REPORTS = ['Ida Holm', 'Ole Berg', 'Sara Lund'].map((name) => aPerson(name));

const ok = <T>(value: T): MusApiResult<T> => ({ ok: true, value });
const refused = (status: number, code: string, da: string, en = da): MusApiResult<never> => ({
  ok: false,
  reason: 'refused',
  status,
  problem: { code, messages: { da, en } },
});

/**
 * The MUS service in memory, on the domain's own rules (agenda, preparation, rounds), with eTags and
 * If-Match like the real one. `as(id)` gives the ports of one person; `failNext` makes one call fail.
 */
export function inMemoryMusService(now = new Date('2026-03-02T08:00:00Z')) {
  let version = 0;
  const tag = () => `"e${++version}"`;
  const concept: Concept = buildConcept({
    id: conceptId('flexible'),
    template: 'flexible',
    year: 2026,
    scope: { level: 'organisation', id: 'organisation' },
    decidedAt: now,
  });
  const rounds = new Map<string, { etag: string; value: StoredRound }>();
  const conversations = new Map<string, { etag: string; value: Stored }>();
  const preparations = new Map<string, { etag: string; value: Preparation }>();
  const failures = new Map<Method, MusApiResult<never>>();
  const unplaced = new Map<string, ScheduleProposal['unplaced'][number]['reason']>();
  const failingBookings = new Set<string>();
  const jobs = new Map<string, { slots: ScheduleProposal['slots']; next: number; job: BookingJob }>();
  const calls: string[] = [];
  /** Appointments Outlook has saved, by the conversation they are marked with. */
  const appointments = new Map<string, { start: string; end: string }>();
  const feedback = inMemoryFeedback({
    rounds,
    conversations: conversations as never,
    tag: () => tag(),
    now: () => now,
    refused,
  });

  const meOf = (id: string): Me =>
    id === LEADER.id
      ? { ...LEADER, roles: { employee: false, leader: true, hr: false }, leader: null, reports: REPORTS }
      : {
          ...(REPORTS.find((p) => p.id === id) ?? aPerson(id, id)),
          roles: { employee: true, leader: false, hr: false },
          leader: LEADER,
          reports: [],
        };

  const ofRound = (id: string) => [...conversations.values()].filter((c) => c.value.roundId === id);

  /** Everyone placed one after the other from the window's first day, except those told to fail. */
  function propose(round: StoredRound): Omit<ScheduleProposal, never> {
    const placed = ofRound(round.id).filter((c) => !unplaced.has(c.value.employeeId));
    return {
      slots: slotsFor(
        round,
        placed.map((c) => c.value),
      ),
      unplaced: [...unplaced].map(([employeeId, reason]) => ({ employeeId, reason })),
    };
  }

  /** Free times: three on the day after the window starts, at 13, 14 and 15 o'clock UTC. */
  function optionsFor(round: StoredRound): FreeSlot[] {
    const minutes = round.planning?.durationMinutes ?? 60;
    return [13, 14, 15].map((hour) => {
      const start = new Date(`${round.window.start}T${hour}:00:00.000Z`);
      start.setUTCDate(start.getUTCDate() + 1);
      return { start: start.toISOString(), end: new Date(start.getTime() + minutes * 60_000).toISOString() };
    });
  }

  /** A poll of a job books two more conversations; one told to fail fails (once: a retry books it). */
  function advance(entry: { slots: ScheduleProposal['slots']; next: number; job: BookingJob }): BookingJob {
    const { job } = entry;
    if (job.state === 'done' || job.state === 'failed') return job;
    const batch = entry.slots.slice(entry.next, entry.next + 2);
    entry.next += batch.length;
    const failures = [...job.failures];
    let done = job.done;
    for (const slot of batch) {
      if (failingBookings.delete(slot.employeeId)) {
        const messages = { da: 'Mødet kunne ikke oprettes.', en: 'The meeting could not be created.' };
        failures.push({ ...slot, code: 'meeting_failed', message: messages.en, messages });
        continue;
      }
      const c = conversations.get(slot.conversationId)!;
      const meeting = {
        eventId: `ev-${slot.conversationId}`,
        joinUrl: `https://teams.example/meet/${slot.conversationId}`,
        chatId: null,
      };
      conversations.set(slot.conversationId, {
        etag: tag(),
        value: { ...c.value, status: 'booked', slot: { start: slot.start, end: slot.end }, meeting },
      });
      done += 1;
    }
    const finished = entry.next >= entry.slots.length;
    entry.job = {
      ...job,
      done,
      failures,
      state: finished ? (failures.length > 0 ? 'failed' : 'done') : 'running',
    };
    return entry.job;
  }

  function api(caller: string): MusApiPort {
    const party = (c: Stored) => (c.leaderId === caller ? 'leader' : 'employee');
    const guard = <T>(method: Method, run: () => MusApiResult<T>): Promise<MusApiResult<T>> => {
      calls.push(`${caller} ${method}`);
      const failure = failures.get(method);
      failures.delete(method);
      if (failure) return Promise.resolve(failure);
      try {
        return Promise.resolve(run());
      } catch (error) {
        if (!isDomainError(error)) throw error;
        return Promise.resolve(refused(409, 'invalid_state', error.message));
      }
    };
    const mine = (id: string) => {
      const c = conversations.get(id);
      return c && (c.value.leaderId === caller || c.value.employeeId === caller) ? c : undefined;
    };
    const save = (c: Stored): VersionedConversation => {
      const stored = { etag: tag(), value: c };
      conversations.set(c.id, stored);
      return stored;
    };
    return {
      me: () => guard('me', () => ok(meOf(caller))),
      concepts: () => guard('concepts', () => ok([{ etag: '"c1"', value: concept }])),
      rounds: () =>
        guard('rounds', () => ok([...rounds.values()].filter((r) => r.value.leaderId === caller))),
      createRound: (_token, body) =>
        guard('createRound', () => {
          const id = roundId(body.roundId ?? `r${rounds.size + 1}`);
          const round = createRound({
            id,
            leaderId: personId(caller),
            conceptId: conceptId(body.conceptId),
            year: 2026,
            title: body.title,
            window: { start: body.window?.from ?? '2026-03-03', end: body.window?.to ?? '2026-04-01' },
            employeeIds: body.employeeIds.map(personId),
            at: now,
          });
          const existing = rounds.get(id);
          const made = existing
            ? [...conversations.values()].filter((c) => c.value.roundId === id)
            : planRoundConversations(round, (e) => conversationId(`${id}-${e}`), now).map((c) => {
                const chosen = (body.agenda?.optionalTopicIds ?? []).map((t) =>
                  concept.optionalTopics.find((o) => o.id === t)!,
                );
                const own = (body.agenda?.ownTopics ?? []).map((t, i) =>
                  createOwnTopic({ id: topicId(`own-${i + 1}`), title: t.title }),
                );
                const agenda = [...chosen, ...own].reduce(
                  (a, topic) => addTopic(a, 'leader', topic, now),
                  createAgenda(c.id, concept, now),
                );
                const followUp = body.followUpOf ? { followUpOf: body.followUpOf } : {};
                const value: Stored = { ...c, agenda, consentedLeaderIds: [], meeting: null, ...followUp };
                return { etag: tag(), value };
              });
          made.forEach((c) => conversations.set(c.value.id, c));
          const conversationIds = Object.fromEntries(made.map((c) => [c.value.employeeId, c.value.id]));
          const planning = {
            durationMinutes: body.durationMinutes ?? 60,
            bufferMinutes: body.bufferMinutes ?? 15,
            maxPerDay: body.maxPerDay ?? 4,
            workingHours: {
              daysOfWeek: ['monday' as const],
              startTime: body.workingHours?.start ?? '08:00',
              endTime: body.workingHours?.end ?? '16:00',
              timeZone: body.workingHours?.timeZone ?? 'Europe/Copenhagen',
            },
          };
          const value: StoredRound = { ...round, conversationIds, planning, proposal: null, booking: null };
          const stored = existing ?? { etag: tag(), value };
          rounds.set(id, stored);
          return ok({ round: stored, conversations: made });
        }),
      round: (_token, id) =>
        guard('round', () => {
          const r = rounds.get(id);
          if (!r || r.value.leaderId !== caller) return refused(404, 'not_found', 'Findes ikke');
          const handedIn = (c: string, side: string) => !!preparations.get(`${c}:${side}`)?.value.submittedAt;
          const submitted = Object.fromEntries(
            ofRound(id).map((c) => [
              c.value.id,
              { leader: handedIn(c.value.id, 'leader'), employee: handedIn(c.value.id, 'employee') },
            ]),
          );
          return ok({ round: r, conversations: ofRound(id), submitted });
        }),
      schedule: (_token, id, change) =>
        guard('schedule', () => {
          const r = rounds.get(id);
          if (!r || r.value.leaderId !== caller) return refused(404, 'not_found', 'Findes ikke');
          let proposal = r.value.proposal ?? { at: now.toISOString(), ...propose(r.value) };
          for (const move of change.moves ?? []) {
            const free = optionsFor(r.value).some((o) => o.start === move.start);
            if (!free) return refused(409, 'slot_not_free', 'Tidspunktet er ikke ledigt.');
            const minutes = r.value.planning?.durationMinutes ?? 60;
            const end = new Date(Date.parse(move.start) + minutes * 60_000).toISOString();
            proposal = {
              ...proposal,
              slots: proposal.slots.map((s: ScheduleProposal['slots'][number]) =>
                s.conversationId === move.conversationId ? { ...s, start: move.start, end } : s,
              ),
            };
          }
          rounds.set(id, { etag: tag(), value: { ...r.value, proposal } });
          return ok({ slots: proposal.slots, unplaced: proposal.unplaced });
        }),
      scheduleOptions: (_token, id) =>
        guard('scheduleOptions', () => {
          const r = rounds.get(id);
          return r ? ok(optionsFor(r.value)) : refused(404, 'not_found', 'Findes ikke');
        }),
      book: (_token, id) =>
        guard('book', () => {
          const r = rounds.get(id);
          if (!r || r.value.leaderId !== caller) return refused(404, 'not_found', 'Findes ikke');
          const slots = (r.value.proposal?.slots ?? []).filter(
            (s) => conversations.get(s.conversationId)?.value.status === 'planned',
          );
          if (!r.value.proposal) return refused(409, 'no_proposal', 'Runden har ingen tidsplan.');
          const jobId = `${id}.${jobs.size + 1}`;
          const job: BookingJob = { state: 'queued', done: 0, total: slots.length, failures: [] };
          jobs.set(jobId, { slots, next: 0, job });
          return ok({ jobId });
        }),
      bookingJob: (_token, jobId) =>
        guard('bookingJob', () => {
          const entry = jobs.get(jobId);
          return entry ? ok(advance(entry)) : refused(404, 'not_found', 'Findes ikke');
        }),
      conversations: () =>
        guard('conversations', () => ok([...conversations.values()].filter((c) => mine(c.value.id)))),
      conversation: (_token, id) =>
        guard('conversation', () => {
          const c = mine(id);
          return c ? ok(c) : refused(404, 'not_found', 'Findes ikke');
        }),
      changeAgenda: (_token, id, etag, change) =>
        guard('changeAgenda', () => {
          const c = mine(id);
          if (!c) return refused(404, 'not_found', 'Findes ikke');
          if (c.etag !== etag) return refused(412, 'stale_record', 'Samtalen er ændret af en anden.');
          const p = party(c.value);
          const { agenda } = c.value;
          const at = now;
          const next =
            change.action === 'propose'
              ? addTopic(
                  agenda,
                  p,
                  conceptTopics(concept).find((t) => t.id === change.topicId) ??
                    createOwnTopic({ id: topicId(change.topicId), title: change.title }),
                  at,
                  change.reason,
                )
              : change.action === 'accept'
                ? acceptProposal(agenda, p, topicId(change.topicId), at)
                : change.action === 'decline'
                  ? declineProposal(agenda, p, topicId(change.topicId), at)
                  : change.action === 'agree'
                    ? agreeAgenda(agenda, p, at)
                    : change.action === 'remove'
                      ? removeTopic(agenda, p, topicId(change.topicId), at)
                      : agenda;
          return ok(save({ ...c.value, agenda: next }));
        }),
      preparation: (_token, id) =>
        guard('preparation', () => {
          const c = mine(id);
          if (!c) return refused(404, 'not_found', 'Findes ikke');
          const p = party(c.value);
          const theirs = preparations.get(`${id}:${p === 'leader' ? 'employee' : 'leader'}`);
          return ok({
            mine: (preparations.get(`${id}:${p}`) ?? null) as never,
            other: { submitted: (theirs?.value.submittedAt ?? null) !== null, answers: null },
          });
        }),
      writePreparation: (_token, id, etag, change) =>
        guard('writePreparation', () => {
          const c = mine(id);
          if (!c) return refused(404, 'not_found', 'Findes ikke');
          const key = `${id}:${party(c.value)}`;
          const current = preparations.get(key);
          if (current && current.etag !== etag)
            return refused(412, 'stale_record', 'Forberedelsen er ændret.');
          let p =
            current?.value ??
            createPreparation({
              conversationId: conversationId(id),
              side: party(c.value),
              authorId: personId(caller),
              at: now,
            });
          for (const [topic, text] of Object.entries(change.answers))
            p = writePreparation(p, personId(caller), topicId(topic), text, now);
          if (change.submit) p = submitPreparation(p, personId(caller), now);
          const stored = { etag: tag(), value: p };
          preparations.set(key, stored);
          return ok(stored as never);
        }),
      changeStatus: (_token, id, etag, change) =>
        guard('changeStatus', () => {
          const c = mine(id);
          if (!c || party(c.value) !== 'leader') return refused(404, 'not_found', 'Findes ikke');
          if (c.etag !== etag) return refused(412, 'stale_record', 'Samtalen er ændret af en anden.');
          if (change.event === 'rebook') return ok(save({ ...c.value, slot: change.slot }));
          if (change.event === 'cancel') return ok(save({ ...c.value, status: 'cancelled', meeting: null }));
          return refused(409, 'invalid_state', 'Ikke i denne fake');
        }),
      invitation: (_token, id) =>
        guard('invitation', () => {
          const c = mine(id);
          if (!c || party(c.value) !== 'leader') return refused(404, 'not_found', 'Findes ikke');
          const topics = c.value.agenda.items.map((i) => `<li>${i.topic.title.da}</li>`).join('');
          const html = `<h2>Dagsorden</h2><ol>${topics}</ol><a href="https://teams.example/${id}">Åbn samtalen i Teams</a>`;
          return ok({ language: 'da' as const, subject: `MUS-samtale: ${c.value.employeeId}`, html });
        }),
      linkMeeting: (_token, id) =>
        guard('linkMeeting', () => {
          const c = mine(id);
          if (!c || party(c.value) !== 'leader') return refused(404, 'not_found', 'Findes ikke');
          if (c.value.meeting) return ok(c);
          const slot = appointments.get(id);
          if (!slot) return refused(404, 'meeting_not_found', 'Mødet findes ikke i din kalender endnu.');
          const meeting = { eventId: `ev-${id}`, joinUrl: `https://teams.example/meet/${id}`, chatId: null };
          return ok(save({ ...c.value, status: 'booked', slot, meeting }));
        }),
      links: () => guard('links', () => ok({ planner: 'https://teams.example/l/entity/mus/mus-home' })),
      ...feedback.api(caller, guard),
      ...hrRefused,
      ...groupRefused,
    };
  }

  return {
    concept,
    calls,
    conversations,
    preparations,
    /** MUS-testen answers, evaluations and goals (`addGoal`). */
    feedback,
    /** The ports of one person (a token always given). */
    as: (caller: string): MusPorts => ({
      accessToken: {
        getAccessToken: () => Promise.resolve({ ok: true, token: `token-${caller}` }),
        signIn: () => Promise.resolve({ ok: true, token: `token-${caller}` }),
      },
      musApi: api(caller),
    }),
    /** Outlook saved an appointment marked with this conversation. */
    saveAppointment: (conversationId: string, slot: { start: string; end: string }) =>
      appointments.set(conversationId, slot),
    /** Booking this employee's meeting fails once (a retry books it). */
    failBooking: (employeeId: string) => failingBookings.add(employeeId),
    /** The schedule will not place this employee, for this reason. */
    cannotPlace: (employeeId: string, reason: ScheduleProposal['unplaced'][number]['reason']) =>
      unplaced.set(employeeId, reason),
    rounds,
    /** The next call of `method` fails with `result`. */
    failNext: (method: Method, result: MusApiResult<never>) => failures.set(method, result),
    refused,
  };
}
