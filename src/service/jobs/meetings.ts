/**
 * The Graph work of booking, each step one `$batch` per 20 conversations (`graph/batch.ts`): the Teams
 * meetings in the leader's calendar (4 dependsOn chains of 5, `transactionId` = conversation id, so a re-sent
 * create answers the event made before), their chat ids from `onlineMeetings`, the MUS app and its side panel
 * tab in each meeting chat, and the employee's activity notification. Moving and cancelling one meeting.
 */
import { z } from 'zod';
import { sendBatch, type BatchItem, type BatchOptions, type BatchOutcome } from '../graph/batch';
import { graphFailure, odataQuery, type GraphConnection } from '../graph/client';
import { agendaHtml, conversationEventBody, escapeHtml, readCreatedEvent } from '../graph/events';
import { BOOKING_TEXTS, type FailureCode, type Language } from './texts';

export type Step<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: FailureCode; readonly message: string };

export interface MeetingInput {
  readonly conversationId: string;
  readonly employee: { readonly id: string; readonly address: string; readonly name: string };
  /** A group conversation's other members, invited to the same meeting (none for a MUS of two). */
  readonly guests?: readonly { readonly address: string; readonly name: string }[];
  readonly leaderName: string;
  readonly language: Language;
  readonly start: string;
  readonly end: string;
  readonly topics: readonly string[];
  /** A mid-year check-in ("MUS-opfølgning"): its subject says it follows up. */
  readonly followUp?: boolean;
}

export interface TeamsApp {
  readonly teamsAppId: string;
  readonly tabUrl: string;
}

/** The deep link that opens the MUS personal tab (the round planner, "Mine MUS") in Teams. */
export const plannerLink = (app: TeamsApp): string =>
  `https://teams.microsoft.com/l/entity/${encodeURIComponent(app.teamsAppId)}/mus-home`;

/** The deep link that opens the conversation in the MUS personal tab in Teams. */
export function conversationLink(app: TeamsApp, conversationId: string): string {
  const context = encodeURIComponent(JSON.stringify({ subEntityId: conversationId }));
  return `${plannerLink(app)}?context=${context}`;
}

const utc = (instant: string) => new Date(instant).toISOString().replace(/Z$/, '');
const failed = (code: FailureCode, outcome: BatchOutcome | undefined): Step<never> => ({
  ok: false,
  code,
  message: outcome && !outcome.ok ? `${outcome.status} ${outcome.code}: ${outcome.message}` : 'no answer',
});

/** What the invitation of one conversation needs: who meets, in which language, about what. */
export type InvitationInput = Pick<
  MeetingInput,
  'conversationId' | 'employee' | 'leaderName' | 'language' | 'topics' | 'followUp' | 'guests'
>;

/** A conversation's invitation in the employee's language: subject, and the agenda with the link to Teams. */
export interface Invitation {
  readonly language: Language;
  readonly subject: string;
  readonly html: string;
}

/**
 * The invitation of one conversation: the booking job puts it into each meeting it creates, and the Outlook
 * add-in into the appointment the leader organises (src/service/jobs/appointment.ts).
 */
export function invitationOf(app: TeamsApp, input: InvitationInput): Invitation {
  const t = BOOKING_TEXTS[input.language];
  const agenda = { heading: t.heading, topics: input.topics, note: t.note };
  const link = `<p><a href="${escapeHtml(conversationLink(app, input.conversationId))}">${escapeHtml(t.link)}</a></p>`;
  return {
    language: input.language,
    subject: input.guests?.length
      ? t.groupSubject(
          input.leaderName,
          [input.employee, ...input.guests].map((p) => p.name),
        )
      : (input.followUp ? t.followUpSubject : t.subject)(input.leaderName, input.employee.name),
    html: `${agendaHtml(agenda)}${link}`,
  };
}

/** The accepted topics of a conversation's agenda, in order, in `language`. */
export const acceptedTopics = (
  agenda: { readonly items: readonly { status: string; topic: { title: Record<Language, string> } }[] },
  language: Language,
): string[] => agenda.items.filter((i) => i.status === 'accepted').map((i) => i.topic.title[language]);

function eventItem(app: TeamsApp, input: MeetingInput): BatchItem {
  const invitation = invitationOf(app, input);
  const event = conversationEventBody({
    conversationId: input.conversationId,
    subject: invitation.subject,
    start: utc(input.start),
    end: utc(input.end),
    timeZone: 'UTC',
    attendees: [input.employee, ...(input.guests ?? [])].map(({ address, name }) => ({ address, name })),
    agenda: { heading: '', topics: [] },
  });
  return {
    key: input.conversationId,
    method: 'POST',
    url: '/me/events',
    headers: { Prefer: 'outlook.timezone="UTC"' },
    body: { ...event, body: { contentType: 'html', content: invitation.html } },
  };
}

/**
 * One batched step over conversations: a request per conversation (keyed by its id), `$batch`es of 20, and
 * each answer read into that conversation's step.
 */
async function batchStep<I extends { readonly conversationId: string; readonly key?: string }, T>(
  connection: GraphConnection,
  items: readonly I[],
  request: (item: I) => Omit<BatchItem, 'key'>,
  read: (item: I, outcome: BatchOutcome | undefined) => Step<T>,
  options?: BatchOptions,
): Promise<Map<string, Step<T>>> {
  // Keyed by conversation, or by the item's own key where one conversation has several (a group's members).
  const keyOf = (item: I) => item.key ?? item.conversationId;
  const batch = items.map((item) => ({ key: keyOf(item), ...request(item) }));
  const report = await sendBatch(connection, batch, options);
  return new Map(items.map((item) => [keyOf(item), read(item, report.outcomes.get(keyOf(item)))]));
}

/** Creates (or, re-sent, finds again) the meetings: event id and join URL per conversation. */
export async function createMeetings(
  connection: GraphConnection,
  app: TeamsApp,
  inputs: readonly MeetingInput[],
): Promise<Map<string, Step<{ eventId: string; joinUrl: string }>>> {
  return batchStep(
    connection,
    inputs,
    (input) => eventItem(app, input),
    (input, outcome): Step<{ eventId: string; joinUrl: string }> => {
      if (!outcome?.ok) return failed('meeting_not_created', outcome);
      const event = readCreatedEvent(input.conversationId, outcome.body);
      return { ok: true, value: { eventId: event.eventId, joinUrl: event.joinUrl ?? '' } };
    },
    { shape: 'chains', chains: 4 },
  );
}

const meetingsSchema = z.object({
  value: z.array(z.object({ chatInfo: z.object({ threadId: z.string().min(1) }).nullish() })),
});

/** The meeting chat of each join URL, as Graph's `onlineMeeting.chatInfo.threadId` says (not parsed). */
export async function meetingChats(
  connection: GraphConnection,
  meetings: readonly { conversationId: string; joinUrl: string }[],
): Promise<Map<string, Step<string>>> {
  return batchStep(
    connection,
    meetings,
    (m) => ({
      method: 'GET',
      url: `/me/onlineMeetings${odataQuery({ $filter: `JoinWebUrl eq '${m.joinUrl.replace(/'/g, "''")}'` })}`,
    }),
    (_m, outcome): Step<string> => {
      const parsed = outcome?.ok ? meetingsSchema.safeParse(outcome.body) : undefined;
      const threadId = parsed?.success ? parsed.data.value[0]?.chatInfo?.threadId : undefined;
      return threadId ? { ok: true, value: threadId } : failed('chat_not_found', outcome);
    },
    { shape: 'chains', chains: 4 },
  );
}

const tabsSchema = z.object({
  value: z.array(z.object({ teamsApp: z.object({ id: z.string() }).nullish() })),
});

/**
 * Installs the MUS app in each meeting chat (409: installed already) and adds its side panel tab. A resumed
 * job first asks which chats have the tab already, so that none gets it twice.
 */
export async function addSidePanels(
  connection: GraphConnection,
  app: TeamsApp,
  chats: readonly { conversationId: string; chatId: string }[],
  resumed: boolean,
): Promise<Map<string, Step<true>>> {
  const bind = `https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/${app.teamsAppId}`;
  const result = new Map<string, Step<true>>();
  const installs = await sendBatch(
    connection,
    chats.map((c) => ({
      key: c.conversationId,
      method: 'POST' as const,
      url: `/chats/${encodeURIComponent(c.chatId)}/installedApps`,
      body: { 'teamsApp@odata.bind': bind },
    })),
  );
  const installed = chats.filter((c) => {
    const outcome = installs.outcomes.get(c.conversationId);
    if (outcome?.ok || outcome?.status === 409) return true;
    result.set(c.conversationId, failed('app_not_installed', outcome));
    return false;
  });
  let missing = installed;
  if (resumed && installed.length > 0) {
    const tabs = await sendBatch(
      connection,
      installed.map((c) => ({
        key: c.conversationId,
        method: 'GET' as const,
        url: `/chats/${encodeURIComponent(c.chatId)}/tabs?$expand=teamsApp`,
      })),
    );
    missing = installed.filter((c) => {
      const outcome = tabs.outcomes.get(c.conversationId);
      const parsed = outcome?.ok ? tabsSchema.safeParse(outcome.body) : undefined;
      const has = parsed?.success && parsed.data.value.some((t) => t.teamsApp?.id === app.teamsAppId);
      if (has) result.set(c.conversationId, { ok: true, value: true });
      return !has;
    });
  }
  const added = await sendBatch(
    connection,
    missing.map((c) => ({
      key: c.conversationId,
      method: 'POST' as const,
      url: `/chats/${encodeURIComponent(c.chatId)}/tabs`,
      body: {
        displayName: 'MUS',
        'teamsApp@odata.bind': bind,
        configuration: { entityId: c.conversationId, contentUrl: app.tabUrl, websiteUrl: app.tabUrl },
      },
    })),
  );
  for (const c of missing) {
    const outcome = added.outcomes.get(c.conversationId);
    result.set(
      c.conversationId,
      outcome?.ok ? { ok: true, value: true } : failed('app_not_installed', outcome),
    );
  }
  return result;
}

/** A Teams activity notification to one person about a conversation (opens it in the MUS tab), as a batch item. */
export function activityItem(
  app: TeamsApp,
  n: { key: string; recipientId: string; conversationId: string; activityType: string; text: string },
): BatchItem {
  return {
    key: n.key,
    method: 'POST',
    url: `/users/${encodeURIComponent(n.recipientId)}/teamwork/sendActivityNotification`,
    body: {
      topic: { source: 'text', value: 'MUS', webUrl: conversationLink(app, n.conversationId) },
      activityType: n.activityType,
      previewText: { content: n.text },
      teamsAppId: app.teamsAppId,
    },
  };
}

/**
 * Tells each employee in Teams that the conversation is booked (the manifest's `musBooked` activity); answers
 * by conversation id, or by `key` where given (a group conversation's members, one each).
 */
export async function notifyEmployees(
  connection: GraphConnection,
  app: TeamsApp,
  people: readonly {
    conversationId: string;
    key?: string;
    employeeId: string;
    language: Language;
    start: string;
    /** A mid-year check-in: the text says MUS-opfølgning. */
    followUp?: boolean;
  }[],
): Promise<Map<string, Step<true>>> {
  return batchStep(
    connection,
    people,
    (p) =>
      activityItem(app, {
        key: p.key ?? p.conversationId,
        recipientId: p.employeeId,
        conversationId: p.conversationId,
        activityType: 'musBooked',
        text: (p.followUp ? BOOKING_TEXTS[p.language].followUpBooked : BOOKING_TEXTS[p.language].booked)(
          new Date(p.start),
        ),
      }),
    (_p, outcome): Step<true> => (outcome?.ok ? { ok: true, value: true } : failed('not_notified', outcome)),
  );
}

/** Moves the meeting (the attendees' copies follow the organizer's event). */
export async function moveMeeting(
  connection: GraphConnection,
  eventId: string,
  slot: { start: string; end: string },
): Promise<void> {
  await connection.client.api(`/me/events/${encodeURIComponent(eventId)}`).patch({
    start: { dateTime: utc(slot.start), timeZone: 'UTC' },
    end: { dateTime: utc(slot.end), timeZone: 'UTC' },
  });
}

/** Cancels the meeting: it disappears from both calendars. One that is gone already counts as cancelled. */
export async function cancelMeeting(
  connection: GraphConnection,
  eventId: string,
  comment: string,
): Promise<void> {
  try {
    await connection.client
      .api(`/me/events/${encodeURIComponent(eventId)}/cancel`)
      .post(comment ? { comment } : {});
  } catch (error) {
    if (graphFailure(error)?.status !== 404) throw error;
  }
}
