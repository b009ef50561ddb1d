import {
  chatThreadIdFromJoinUrl,
  conversationEventBody,
  createConversationEvents,
  MUS_CONVERSATION_PROPERTY_ID,
} from '../../../src/service/graph/events';
import type { ConversationEventInput } from '../../../src/service/graph/events';
import { cannedConnection } from './cannedTerminal';
import { batchHandler } from './fakeBatch';

const THREAD = '19:meeting_NjZhYmM5ZDQtZjIxZS00@thread.v2';
const JOIN_URL = `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(THREAD)}/0?context=%7b%22Tid%22%3a%22t%22%7d`;

const input = (id: string, topic = 'Trivsel'): ConversationEventInput => ({
  conversationId: id,
  subject: 'MUS-samtale',
  start: '2026-03-02T09:00:00',
  end: '2026-03-02T10:00:00',
  attendees: [{ address: 'jonas@contoso.dk', name: 'Jonas' }],
  agenda: { heading: 'Dagsorden', topics: ['Siden sidst', topic] },
});

describe('conversation events', () => {
  it('asks for a private Teams meeting tagged with the conversation id', () => {
    const body = conversationEventBody(input('conv-1'));
    expect(body).toMatchObject({
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      sensitivity: 'private',
      transactionId: 'conv-1',
      singleValueExtendedProperties: [{ id: MUS_CONVERSATION_PROPERTY_ID, value: 'conv-1' }],
      start: { dateTime: '2026-03-02T09:00:00', timeZone: 'Romance Standard Time' },
    });
    expect(MUS_CONVERSATION_PROPERTY_ID).toMatch(/^String \{[0-9a-f-]{36}\} Name MusConversationId$/);
  });

  it('escapes user text in the HTML agenda', () => {
    const body = conversationEventBody(input('conv-1', '<script>alert("x")</script> & løn'));
    expect(body.body?.contentType).toBe('html');
    expect(body.body?.content).toContain(
      '<li>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; løn</li>',
    );
    expect(body.body?.content).not.toContain('<script>');
  });

  it('reads the chat thread id from a join URL, and nothing from other URLs', () => {
    expect(chatThreadIdFromJoinUrl(JOIN_URL)).toBe(THREAD);
    expect(chatThreadIdFromJoinUrl('https://teams.microsoft.com/l/meetup-join/xyz/0')).toBeUndefined();
    expect(chatThreadIdFromJoinUrl('not a url')).toBeUndefined();
  });

  it('creates many events through chained batches and reports their chat thread ids', async () => {
    const fake = batchHandler((inner) => {
      const body = inner.body as { transactionId: string };
      return { status: 201, body: { id: `ev-${body.transactionId}`, onlineMeeting: { joinUrl: JOIN_URL } } };
    });
    const { connection } = cannedConnection(fake.handler);
    const report = await createConversationEvents(
      connection,
      Array.from({ length: 30 }, (_, i) => input(`conv-${i}`)),
    );
    expect(fake.batches.map((b) => b.length)).toEqual([20, 10]);
    expect(fake.batches[0]?.filter((r) => r.dependsOn).length).toBe(16);
    expect(fake.batches[0]?.[0]?.headers?.Prefer).toBe('outlook.timezone="Romance Standard Time"');
    expect(report.results).toHaveLength(30);
    expect(report.results[3]).toEqual({
      conversationId: 'conv-3',
      ok: true,
      eventId: 'ev-conv-3',
      iCalUId: undefined,
      joinUrl: JOIN_URL,
      chatThreadId: THREAD,
    });
  });

  it('reports an answer that is not an event as a failure of that conversation', async () => {
    const fake = batchHandler(() => ({ status: 201, body: { nothing: true } }));
    const { connection } = cannedConnection(fake.handler);
    const report = await createConversationEvents(connection, [input('conv-x')]);
    expect(report.results[0]).toMatchObject({ conversationId: 'conv-x', ok: false, code: 'invalidResponse' });
  });
});
