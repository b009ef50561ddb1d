/**
 * Request bodies the sandbox accepts, shaped after @microsoft/microsoft-graph-types. Unknown properties are
 * refused (Graph's RequestBodyRead 400); the compile-time checks at the bottom keep the shapes assignable
 * to the Graph types, so the sandbox cannot drift into accepting what Graph would not know.
 */
import type * as Graph from '@microsoft/microsoft-graph-types';
import { z } from 'zod';

const odata = { '@odata.type': z.string().optional() };
const ciEnum = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .transform((s) => s.charAt(0).toLowerCase() + s.slice(1))
    .pipe(z.enum(values));

export const dateTimeTimeZone = z.strictObject({
  ...odata,
  dateTime: z.string().min(1),
  timeZone: z.string().min(1),
});
const emailAddress = z.strictObject({ ...odata, address: z.email(), name: z.string().optional() });
const attendee = z.strictObject({
  ...odata,
  emailAddress,
  type: z.enum(['required', 'optional', 'resource']).optional(),
  status: z.strictObject({ response: z.string().optional(), time: z.string().optional() }).optional(),
});
const itemBody = z.strictObject({
  ...odata,
  contentType: z
    .string()
    .toLowerCase()
    .pipe(z.enum(['text', 'html'])),
  content: z.string(),
});
const location = z.looseObject({ displayName: z.string().optional() });
const extendedProperty = z.strictObject({ id: z.string().min(1), value: z.string() });

const eventFields = {
  ...odata,
  subject: z.string().optional(),
  body: itemBody.optional(),
  start: dateTimeTimeZone,
  end: dateTimeTimeZone,
  attendees: z.array(attendee).optional(),
  location: location.optional(),
  locations: z.array(location).optional(),
  isOnlineMeeting: z.boolean().optional(),
  onlineMeetingProvider: z
    .enum(['unknown', 'teamsForBusiness', 'skypeForBusiness', 'skypeForConsumer'])
    .optional(),
  sensitivity: ciEnum(['normal', 'personal', 'private', 'confidential']).optional(),
  showAs: z.enum(['unknown', 'free', 'tentative', 'busy', 'oof', 'workingElsewhere']).optional(),
  importance: ciEnum(['low', 'normal', 'high']).optional(),
  categories: z.array(z.string()).optional(),
  isAllDay: z.boolean().optional(),
  isReminderOn: z.boolean().optional(),
  reminderMinutesBeforeStart: z.number().int().min(0).optional(),
  allowNewTimeProposals: z.boolean().optional(),
  responseRequested: z.boolean().optional(),
  hideAttendees: z.boolean().optional(),
  transactionId: z.string().min(1).max(255).optional(),
  singleValueExtendedProperties: z.array(extendedProperty).optional(),
};

export const eventCreate = z.strictObject(eventFields);
export const eventUpdate = z.strictObject({
  ...eventFields,
  start: dateTimeTimeZone.optional(),
  end: dateTimeTimeZone.optional(),
});
export type EventCreate = z.infer<typeof eventCreate>;
export type EventUpdate = z.infer<typeof eventUpdate>;

export const scheduleRequest = z.strictObject({
  schedules: z.array(z.string().min(1)).min(1),
  startTime: dateTimeTimeZone,
  endTime: dateTimeTimeZone,
  availabilityViewInterval: z.number().int().optional(),
});

const columnFacets = {
  text: z.strictObject({
    allowMultipleLines: z.boolean().optional(),
    appendChangesToExistingText: z.boolean().optional(),
    linesForEditing: z.number().int().optional(),
    maxLength: z.number().int().optional(),
    textType: z.string().optional(),
  }),
  number: z.strictObject({
    decimalPlaces: z.string().optional(),
    displayAs: z.string().optional(),
    maximum: z.number().optional(),
    minimum: z.number().optional(),
  }),
  dateTime: z.strictObject({
    displayAs: z.string().optional(),
    format: z.enum(['dateOnly', 'dateTime']).optional(),
  }),
  boolean: z.strictObject({}),
  choice: z.strictObject({
    allowTextEntry: z.boolean().optional(),
    choices: z.array(z.string()).min(1),
    displayAs: z.string().optional(),
  }),
  currency: z.strictObject({ locale: z.string().optional() }),
  personOrGroup: z.looseObject({}),
  hyperlinkOrPicture: z.looseObject({}),
};
export const COLUMN_TYPES = Object.keys(columnFacets);

const columnBase = {
  ...odata,
  name: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]{0,254}$/, 'a column name has letters, digits and underscores'),
  displayName: z.string().optional(),
  description: z.string().optional(),
  columnGroup: z.string().optional(),
  enforceUniqueValues: z.boolean().optional(),
  hidden: z.boolean().optional(),
  indexed: z.boolean().optional(),
  readOnly: z.boolean().optional(),
  required: z.boolean().optional(),
  text: columnFacets.text.optional(),
  number: columnFacets.number.optional(),
  dateTime: columnFacets.dateTime.optional(),
  boolean: columnFacets.boolean.optional(),
  choice: columnFacets.choice.optional(),
  currency: columnFacets.currency.optional(),
  personOrGroup: columnFacets.personOrGroup.optional(),
  hyperlinkOrPicture: columnFacets.hyperlinkOrPicture.optional(),
};
export const columnCreate = z.strictObject(columnBase);
export const columnUpdate = z.strictObject({ ...columnBase, name: columnBase.name.optional() });
export type ColumnCreate = z.infer<typeof columnCreate>;

export const listCreate = z.strictObject({
  ...odata,
  displayName: z.string().min(1).max(255),
  description: z.string().optional(),
  columns: z.array(columnCreate).optional(),
  list: z
    .strictObject({
      template: z.string().optional(),
      contentTypesEnabled: z.boolean().optional(),
      hidden: z.boolean().optional(),
    })
    .optional(),
});

const fieldValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);
export const fieldValueSet = z.record(z.string(), fieldValue);
export const listItemCreate = z.strictObject({ ...odata, fields: fieldValueSet });

export const batchRequest = z.strictObject({
  requests: z.array(
    z.strictObject({
      id: z.string().min(1),
      method: z
        .string()
        .toUpperCase()
        .pipe(z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'])),
      url: z.string().min(1),
      headers: z.record(z.string(), z.string()).optional(),
      body: z.unknown().optional(),
      dependsOn: z.array(z.string()).optional(),
    }),
  ),
});

export const installApp = z.strictObject({
  'teamsApp@odata.bind': z
    .string()
    .regex(/\/appCatalogs\/teamsApps\/[^/]+$/, 'must bind to /appCatalogs/teamsApps/{id}'),
  consentedPermissionSet: z.looseObject({}).optional(),
});
export const tabCreate = z.strictObject({
  ...odata,
  displayName: z.string().min(1),
  'teamsApp@odata.bind': installApp.shape['teamsApp@odata.bind'],
  configuration: z.strictObject({
    ...odata,
    entityId: z.string().nullable().optional(),
    contentUrl: z.url(),
    websiteUrl: z.url().nullable().optional(),
    removeUrl: z.url().nullable().optional(),
  }),
});
export const activityNotification = z.strictObject({
  topic: z.strictObject({
    source: z.enum(['entityUrl', 'text']),
    value: z.string().min(1),
    webUrl: z.string().optional(),
  }),
  activityType: z.string().min(1),
  chainId: z.number().int().optional(),
  previewText: z.strictObject({ content: z.string() }),
  teamsAppId: z.string().optional(),
  templateParameters: z.array(z.strictObject({ name: z.string(), value: z.string() })).optional(),
  recipient: z.looseObject({}).optional(),
});

// Compile-time fidelity: what we accept must be expressible in Graph's own types.
type Assignable<A, B extends A> = B;
export type EventCheck = Assignable<Graph.Event, Omit<EventCreate, 'attendees' | 'location' | 'locations'>>;
export type ColumnCheck = Assignable<
  Graph.ColumnDefinition,
  Omit<ColumnCreate, 'personOrGroup' | 'hyperlinkOrPicture' | 'number'>
>;
