/**
 * Conversation events: the Outlook/Teams meeting for one MUS conversation. Each event is a Teams meeting
 * (`isOnlineMeeting`, `teamsForBusiness`), private, with the agenda in an HTML body, the conversation id as
 * `transactionId` (so a re-sent create returns the existing event) and as a hidden extended property. Many are
 * created through the batch helper as 4 dependsOn chains of 5 per batch (the mailbox's concurrency limit).
 */
import type { Event } from '@microsoft/microsoft-graph-types';
import { z } from 'zod';
import type { BatchOptions, BatchReport } from './batch';
import { sendBatch } from './batch';
import type { GraphConnection } from './client';

/** The MAPI named property that tags an event as a MUS conversation (its value is the conversation id). */
export const MUS_CONVERSATION_PROPERTY_ID =
  'String {6b3f9a2e-5d1c-4e8b-9f0a-7c2d4e6f8a10} Name MusConversationId';
export const MUS_CATEGORY = 'MUS';
/** Windows time zone id of Danish time, as Graph expects it in dateTimeTimeZone. */
export const DANISH_TIME_ZONE = 'Romance Standard Time';

export interface ConversationEventInput {
  /** The MUS conversation id: becomes transactionId and the extended property's value. */
  readonly conversationId: string;
  readonly subject: string;
  /** Local date-time without offset, e.g. 2026-03-02T09:00:00, in `timeZone`. */
  readonly start: string;
  readonly end: string;
  readonly timeZone?: string;
  readonly attendees: readonly { readonly address: string; readonly name?: string }[];
  /** Heading and ordered topics shown in the invitation; user text, escaped here. */
  readonly agenda: { readonly heading: string; readonly topics: readonly string[]; readonly note?: string };
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

export function agendaHtml(agenda: ConversationEventInput['agenda']): string {
  const topics = agenda.topics.map((topic) => `<li>${escapeHtml(topic)}</li>`).join('');
  const note = agenda.note ? `<p>${escapeHtml(agenda.note)}</p>` : '';
  return `<h2>${escapeHtml(agenda.heading)}</h2><ol>${topics}</ol>${note}`;
}

/** The `POST /me/events` body for one conversation. */
export function conversationEventBody(input: ConversationEventInput): Event {
  const timeZone = input.timeZone ?? DANISH_TIME_ZONE;
  return {
    subject: input.subject,
    body: { contentType: 'html', content: agendaHtml(input.agenda) },
    start: { dateTime: input.start, timeZone },
    end: { dateTime: input.end, timeZone },
    attendees: input.attendees.map((a) => ({
      emailAddress: { address: a.address, ...(a.name ? { name: a.name } : {}) },
      type: 'required',
    })),
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    allowNewTimeProposals: true,
    sensitivity: 'private',
    categories: [MUS_CATEGORY],
    transactionId: input.conversationId,
    singleValueExtendedProperties: [{ id: MUS_CONVERSATION_PROPERTY_ID, value: input.conversationId }],
  };
}

const THREAD_ID = /^19:meeting_[A-Za-z0-9_-]+@thread\.v2$/;

/**
 * The meeting chat's thread id (`19:meeting_…@thread.v2`) from a Teams join URL, whose path carries it
 * URL-encoded: https://teams.microsoft.com/l/meetup-join/19%3ameeting_…%40thread.v2/0?context=…
 */
export function chatThreadIdFromJoinUrl(joinUrl: string): string | undefined {
  let segments: string[];
  try {
    segments = new URL(joinUrl).pathname.split('/');
  } catch {
    return undefined;
  }
  for (const segment of segments) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      continue;
    }
    if (THREAD_ID.test(decoded)) return decoded;
  }
  return undefined;
}

const createdEventSchema = z.object({
  id: z.string().min(1),
  iCalUId: z.string().nullish(),
  webLink: z.string().nullish(),
  transactionId: z.string().nullish(),
  onlineMeeting: z.object({ joinUrl: z.string().nullish() }).nullish(),
});

export type CreatedConversationEvent = {
  readonly conversationId: string;
  readonly ok: true;
  readonly eventId: string;
  readonly iCalUId: string | undefined;
  readonly joinUrl: string | undefined;
  readonly chatThreadId: string | undefined;
};
export type FailedConversationEvent = {
  readonly conversationId: string;
  readonly ok: false;
  readonly status: number;
  readonly code: string;
  readonly message: string;
};

export interface ConversationEventsReport {
  readonly results: readonly (CreatedConversationEvent | FailedConversationEvent)[];
  readonly batch: BatchReport;
}

/** Reads a created event (validated) into what the MUS record keeps. */
export function readCreatedEvent(conversationId: string, body: unknown): CreatedConversationEvent {
  const event = createdEventSchema.parse(body);
  const joinUrl = event.onlineMeeting?.joinUrl ?? undefined;
  return {
    conversationId,
    ok: true,
    eventId: event.id,
    iCalUId: event.iCalUId ?? undefined,
    joinUrl,
    chatThreadId: joinUrl ? chatThreadIdFromJoinUrl(joinUrl) : undefined,
  };
}

/**
 * Creates the events of many conversations in the organizer's calendar (`/me/events` of the connection's
 * user) through `$batch`, 4 dependsOn chains of 5 per batch, re-sending throttled ones.
 */
export async function createConversationEvents(
  connection: GraphConnection,
  inputs: readonly ConversationEventInput[],
  options: BatchOptions = {},
): Promise<ConversationEventsReport> {
  const batch = await sendBatch(
    connection,
    inputs.map((input) => ({
      key: input.conversationId,
      method: 'POST',
      url: '/me/events',
      headers: { Prefer: `outlook.timezone="${input.timeZone ?? DANISH_TIME_ZONE}"` },
      body: conversationEventBody(input),
    })),
    { shape: 'chains', chains: 4, ...options },
  );
  const results = inputs.map((input): CreatedConversationEvent | FailedConversationEvent => {
    const outcome = batch.outcomes.get(input.conversationId);
    if (outcome?.ok) {
      const parsed = createdEventSchema.safeParse(outcome.body);
      if (parsed.success) return readCreatedEvent(input.conversationId, outcome.body);
      return {
        conversationId: input.conversationId,
        ok: false,
        status: outcome.status,
        code: 'invalidResponse',
        message: parsed.error.message,
      };
    }
    return {
      conversationId: input.conversationId,
      ok: false,
      status: outcome?.status ?? 0,
      code: outcome && !outcome.ok ? outcome.code : 'missing',
      message: outcome && !outcome.ok ? outcome.message : 'No outcome',
    };
  });
  return { results, batch };
}
