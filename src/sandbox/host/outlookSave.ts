/**
 * What Outlook does when the organizer saves or sends the appointment, for the local Outlook host: the event in
 * the organizer's calendar through the sandbox's Graph (created, then updated), as a Teams meeting when the
 * organizer chose one, with the add-in's custom properties where Outlook keeps them (`customPropertiesId`).
 */
import { customPropertiesId, LOCAL_ADDIN_ID, type OutlookAppointment } from './outlookOffice';

export interface SavedAppointment {
  /** The event's id once saved: a later save updates it. */
  readonly id: string | undefined;
  readonly appointment: OutlookAppointment;
  readonly teams: boolean;
  readonly customProperties: Readonly<Record<string, string>>;
}

const utc = (date: Date) => ({ dateTime: date.toISOString().replace(/Z$/, ''), timeZone: 'UTC' });

/** The Graph body of the appointment. */
export function eventOf({ appointment, teams, customProperties }: SavedAppointment) {
  const attendees = (type: 'required' | 'optional', list: OutlookAppointment['requiredAttendees']) =>
    list.map((a) => ({ emailAddress: { address: a.emailAddress, name: a.displayName }, type }));
  return {
    subject: appointment.subject,
    body: { contentType: 'html', content: appointment.body },
    start: utc(appointment.start),
    end: utc(appointment.end),
    attendees: [
      ...attendees('required', appointment.requiredAttendees),
      ...attendees('optional', appointment.optionalAttendees),
    ],
    ...(teams ? { isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' } : {}),
    ...(Object.keys(customProperties).length > 0
      ? {
          singleValueExtendedProperties: [
            { id: customPropertiesId(LOCAL_ADDIN_ID), value: JSON.stringify(customProperties) },
          ],
        }
      : {}),
  };
}

/** Saves the appointment (POST the first time, PATCH after); answers the event's id. */
export async function saveAppointment(
  graphBase: string,
  token: string,
  saved: SavedAppointment,
): Promise<string> {
  const url = `${graphBase}/v1.0/me/events${saved.id ? `/${encodeURIComponent(saved.id)}` : ''}`;
  const response = await fetch(url, {
    method: saved.id ? 'PATCH' : 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(eventOf(saved)),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body: unknown = await response.json();
  const id: unknown = typeof body === 'object' && body !== null ? Reflect.get(body, 'id') : undefined;
  if (typeof id !== 'string') throw new Error('No event id');
  return id;
}
