/** The shapes the sandbox stores (validated on every read). */
import { z } from 'zod';
import { booleans, strings } from './fields';

export const roleSchema = z.enum(['leader', 'employee', 'hr', 'director']);
export type Role = z.infer<typeof roleSchema>;

export const workingHoursSchema = z.object({
  daysOfWeek: z.array(z.string()),
  startTime: z.string(),
  endTime: z.string(),
  timeZone: z.object({ name: z.string() }),
});

export const userRec = z.object({
  ...strings(
    'id',
    'userPrincipalName',
    'displayName',
    'givenName',
    'surname',
    'jobTitle',
    'department',
    'officeLocation',
  ),
  mobilePhone: z.string().nullable(),
  preferredLanguage: z.string(),
  role: roleSchema,
  managerId: z.string().nullable(),
  workingHours: workingHoursSchema,
});
export type UserRec = z.infer<typeof userRec>;

export const groupRec = z.object({
  ...strings('id', 'displayName', 'description', 'mail', 'mailNickname'),
  memberIds: z.array(z.string()),
});
export type GroupRec = z.infer<typeof groupRec>;

const emailAddress = z.object({ address: z.string(), name: z.string() });
const attendeeRec = z.object({
  type: z.string(),
  status: z.object({ response: z.string(), time: z.string() }),
  emailAddress,
});
export type AttendeeRec = z.infer<typeof attendeeRec>;

export const eventRec = z.object({
  ...strings('id', 'ownerId', 'organizerId', 'iCalUId'),
  transactionId: z.string().nullable(),
  ...strings(
    'startUtc',
    'endUtc',
    'originalStartTimeZone',
    'originalEndTimeZone',
    'createdDateTime',
    'lastModifiedDateTime',
    'changeKey',
    'subject',
  ),
  body: z.object({ contentType: z.string(), content: z.string() }),
  attendees: z.array(attendeeRec),
  location: z.object({ displayName: z.string() }),
  ...strings('sensitivity', 'showAs', 'importance'),
  categories: z.array(z.string()),
  ...booleans('isAllDay', 'isCancelled', 'isReminderOn'),
  reminderMinutesBeforeStart: z.number(),
  ...booleans('allowNewTimeProposals', 'responseRequested'),
  responseStatus: z.object({ response: z.string(), time: z.string() }),
  isOnlineMeeting: z.boolean(),
  onlineMeetingProvider: z.string(),
  joinUrl: z.string().nullable(),
  chatThreadId: z.string().nullable(),
  singleValueExtendedProperties: z.array(z.object({ id: z.string(), value: z.string() })),
});
export type EventRec = z.infer<typeof eventRec>;

export const chatRec = z.object({
  ...strings('id', 'topic'),
  memberIds: z.array(z.string()),
  ...strings(
    'organizerId',
    'joinWebUrl',
    'meetingId',
    'calendarEventId',
    'startUtc',
    'endUtc',
    'createdDateTime',
  ),
});
export type ChatRec = z.infer<typeof chatRec>;

export const chatAppRec = z.object({ id: z.string(), chatId: z.string(), teamsAppId: z.string() });
export const chatTabRec = z.object({
  ...strings('id', 'chatId', 'displayName', 'teamsAppId'),
  configuration: z.record(z.string(), z.unknown()),
  webUrl: z.string(),
});

export const notificationRec = z.object({
  ...strings('id', 'recipientId', 'senderId', 'appId', 'sentDateTime'),
  body: z.record(z.string(), z.unknown()),
});

export const siteRec = z.object({
  ...strings('id', 'name', 'displayName', 'description', 'webUrl', 'createdDateTime'),
  /**
   * Whether signed-in users are members (delegated tokens reach it). False for a site only an app may use
   * (`Sites.Selected`), like the MUS site: SharePoint refuses a user who is not a member, whatever the scope.
   */
  userAccess: z.boolean().default(true),
});
export type SiteRec = z.infer<typeof siteRec>;
