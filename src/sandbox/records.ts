/** The shapes the sandbox stores (validated on every read). */
import { z } from 'zod';

export const roleSchema = z.enum(['leader', 'employee', 'hr', 'director']);
export type Role = z.infer<typeof roleSchema>;

export const workingHoursSchema = z.object({
  daysOfWeek: z.array(z.string()),
  startTime: z.string(),
  endTime: z.string(),
  timeZone: z.object({ name: z.string() }),
});

export const userRec = z.object({
  id: z.string(),
  userPrincipalName: z.string(),
  displayName: z.string(),
  givenName: z.string(),
  surname: z.string(),
  jobTitle: z.string(),
  department: z.string(),
  officeLocation: z.string(),
  mobilePhone: z.string().nullable(),
  preferredLanguage: z.string(),
  role: roleSchema,
  managerId: z.string().nullable(),
  workingHours: workingHoursSchema,
});
export type UserRec = z.infer<typeof userRec>;

export const groupRec = z.object({
  id: z.string(),
  displayName: z.string(),
  description: z.string(),
  mail: z.string(),
  mailNickname: z.string(),
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
  id: z.string(),
  ownerId: z.string(),
  organizerId: z.string(),
  iCalUId: z.string(),
  transactionId: z.string().nullable(),
  startUtc: z.string(),
  endUtc: z.string(),
  originalStartTimeZone: z.string(),
  originalEndTimeZone: z.string(),
  createdDateTime: z.string(),
  lastModifiedDateTime: z.string(),
  changeKey: z.string(),
  subject: z.string(),
  body: z.object({ contentType: z.string(), content: z.string() }),
  attendees: z.array(attendeeRec),
  location: z.object({ displayName: z.string() }),
  sensitivity: z.string(),
  showAs: z.string(),
  importance: z.string(),
  categories: z.array(z.string()),
  isAllDay: z.boolean(),
  isCancelled: z.boolean(),
  isReminderOn: z.boolean(),
  reminderMinutesBeforeStart: z.number(),
  allowNewTimeProposals: z.boolean(),
  responseRequested: z.boolean(),
  responseStatus: z.object({ response: z.string(), time: z.string() }),
  isOnlineMeeting: z.boolean(),
  onlineMeetingProvider: z.string(),
  joinUrl: z.string().nullable(),
  chatThreadId: z.string().nullable(),
  singleValueExtendedProperties: z.array(z.object({ id: z.string(), value: z.string() })),
});
export type EventRec = z.infer<typeof eventRec>;

export const chatRec = z.object({
  id: z.string(),
  topic: z.string(),
  memberIds: z.array(z.string()),
  organizerId: z.string(),
  joinWebUrl: z.string(),
  meetingId: z.string(),
  calendarEventId: z.string(),
  startUtc: z.string(),
  endUtc: z.string(),
  createdDateTime: z.string(),
});
export type ChatRec = z.infer<typeof chatRec>;

export const chatAppRec = z.object({ id: z.string(), chatId: z.string(), teamsAppId: z.string() });
export const chatTabRec = z.object({
  id: z.string(),
  chatId: z.string(),
  displayName: z.string(),
  teamsAppId: z.string(),
  configuration: z.record(z.string(), z.unknown()),
  webUrl: z.string(),
});

export const notificationRec = z.object({
  id: z.string(),
  recipientId: z.string(),
  senderId: z.string(),
  appId: z.string(),
  sentDateTime: z.string(),
  body: z.record(z.string(), z.unknown()),
});

export const siteRec = z.object({
  id: z.string(),
  name: z.string(),
  displayName: z.string(),
  description: z.string(),
  webUrl: z.string(),
  createdDateTime: z.string(),
  /**
   * Whether signed-in users are members (delegated tokens reach it). False for a site only an app may use
   * (`Sites.Selected`), like the MUS site: SharePoint refuses a user who is not a member, whatever the scope.
   */
  userAccess: z.boolean().default(true),
});
export type SiteRec = z.infer<typeof siteRec>;
