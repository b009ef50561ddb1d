/** Seeds the demo organisation: users, groups, two SharePoint sites (MUS is empty) and ~8 weeks of calendars. */
import type { EventDraft } from './eventsModel';
import { insertEvent } from './eventsModel';
import { guidFor, SHAREPOINT_HOST, TENANT_DOMAIN } from './ids';
import { DIRECTOR_ID, demoUsers, LEADER_IDS, SANDBOX_TZ } from './people';
import { siteRec, type GroupRec, type SiteRec, type UserRec } from './records';
import type { Store } from './store';
import { atLocal, wallClock } from './tz';

export const HR_GROUP_ID = guidFor('group:HR');
export const MUS_SITE_ID = `${SHAREPOINT_HOST},${guidFor('site:MUS')},${guidFor('web:MUS')}`;
const INTRANET_SITE_ID = `${SHAREPOINT_HOST},${guidFor('site:Intranet')},${guidFor('web:Intranet')}`;

/** A small seeded PRNG (mulberry32), so the calendars are the same on every seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function draft(
  subject: string,
  start: Date,
  end: Date,
  attendees: UserRec[],
  extra: Partial<EventDraft> = {},
): EventDraft {
  return {
    subject,
    body: { contentType: 'html', content: `<p>${subject}</p>` },
    start,
    end,
    startTimeZone: SANDBOX_TZ,
    endTimeZone: SANDBOX_TZ,
    attendees: attendees.map((u) => ({
      address: u.userPrincipalName,
      name: u.displayName,
      type: 'required',
    })),
    location: '',
    sensitivity: 'normal',
    showAs: 'busy',
    importance: 'normal',
    categories: [],
    isAllDay: false,
    isReminderOn: true,
    reminderMinutesBeforeStart: 15,
    allowNewTimeProposals: true,
    responseRequested: true,
    isOnlineMeeting: false,
    onlineMeetingProvider: 'unknown',
    transactionId: null,
    singleValueExtendedProperties: [],
    ...extra,
  };
}

const PERSONAL = [
  'Fokustid',
  'Borgermøde',
  'Kursus: Arbejdsmiljø',
  'Tandlæge',
  'Projektmøde',
  'Besigtigelse',
  'Frokostmøde',
];

function seedCalendars(store: Store, users: UserRec[], now: Date): void {
  const rnd = prng(20261126);
  const today = wallClock(now, SANDBOX_TZ);
  // Monday of this week (local date), then 8 weeks of weekdays.
  const monday = new Date(`${today.date}T12:00:00Z`);
  monday.setUTCDate(monday.getUTCDate() - ((today.day + 6) % 7));
  const dateOf = (week: number, weekday: number) => {
    const d = new Date(monday);
    d.setUTCDate(d.getUTCDate() + week * 7 + weekday);
    return d.toISOString().slice(0, 10);
  };
  const at = (date: string, hh: number, mm = 0) => atLocal(date, hh * 60 + mm, SANDBOX_TZ);
  let n = 0;
  const add = (organizer: UserRec, d: EventDraft) =>
    insertEvent(store, organizer, d, now, { idSeed: `seed:${n++}`, attendeesAccepted: true });
  const byId = new Map(users.map((u) => [u.id, u]));
  const director = byId.get(DIRECTOR_ID);
  const leaders = Object.values(LEADER_IDS)
    .map((id) => byId.get(id))
    .filter((u): u is UserRec => u !== undefined);
  for (let week = 0; week < 8; week++) {
    if (director)
      add(
        director,
        draft('Ledermøde', at(dateOf(week, 0), 9), at(dateOf(week, 0), 10, 30), leaders, {
          location: 'Rådhuset, mødelokale 2',
        }),
      );
    leaders.forEach((leader, i) => {
      const team = users.filter((u) => u.managerId === leader.id);
      const date = dateOf(week, 1 + (i % 3));
      add(
        leader,
        draft(`Teammøde ${leader.department}`, at(date, 8, 30), at(date, 9, 30), team, {
          isOnlineMeeting: true,
          onlineMeetingProvider: 'teamsForBusiness',
        }),
      );
    });
    for (const user of users) {
      const count = Math.floor(rnd() * 3);
      for (let k = 0; k < count; k++) {
        const date = dateOf(week, Math.floor(rnd() * 5));
        const hour = 8 + Math.floor(rnd() * 7);
        const subject = PERSONAL[Math.floor(rnd() * PERSONAL.length)] ?? 'Møde';
        add(
          user,
          draft(subject, at(date, hour), at(date, hour, 30 + 30 * Math.floor(rnd() * 2)), [], {
            showAs: rnd() < 0.2 ? 'tentative' : 'busy',
          }),
        );
      }
    }
  }
  // Some out-of-office: a week of holiday for every seventh person, a course day for others.
  users.forEach((user, i) => {
    if (i % 7 !== 3) return;
    const week = 1 + (i % 6);
    add(
      user,
      draft('Ferie', at(dateOf(week, 0), 0), at(dateOf(week, 5), 0), [], {
        showAs: 'oof',
        isAllDay: true,
        isReminderOn: false,
        responseRequested: false,
      }),
    );
  });
}

/** Writes the whole demo organisation into an empty store. */
export function seed(store: Store, now: Date): void {
  const users = demoUsers();
  store.tx(() => {
    for (const u of users) {
      store.put('user', u.id, u, { parent: u.managerId, tag: u.userPrincipalName.toLowerCase() });
    }
    const hr: GroupRec = {
      id: HR_GROUP_ID,
      displayName: 'HR',
      description: 'HR og Personale',
      mail: `hr@${TENANT_DOMAIN}`,
      mailNickname: 'hr',
      memberIds: users.filter((u) => u.role === 'hr').map((u) => u.id),
    };
    store.put('group', hr.id, hr, { tag: 'hr' });
    for (const leaderId of Object.values(LEADER_IDS)) {
      const leader = users.find((u) => u.id === leaderId);
      if (!leader) continue;
      const g: GroupRec = {
        id: guidFor(`group:${leader.department}`),
        displayName: leader.department,
        description: `Alle i ${leader.department}`,
        mail: `${leader.department.toLowerCase().replace(/[^a-z]/g, '')}@${TENANT_DOMAIN}`,
        mailNickname: leader.department.toLowerCase().replace(/[^a-z]/g, ''),
        memberIds: [leader.id, ...users.filter((u) => u.managerId === leader.id).map((u) => u.id)],
      };
      store.put('group', g.id, g, { tag: g.displayName.toLowerCase() });
    }
    const site = (id: string, name: string, description: string): SiteRec => ({
      id,
      name,
      displayName: name,
      description,
      webUrl: `https://${SHAREPOINT_HOST}/sites/${name}`,
      createdDateTime: '2026-01-05T08:00:00Z',
      userAccess: true,
    });
    store.put('site', MUS_SITE_ID, site(MUS_SITE_ID, 'MUS', 'Medarbejderudviklingssamtaler (MUS)'));
    store.put('site', INTRANET_SITE_ID, site(INTRANET_SITE_ID, 'Intranet', 'Kommunens intranet'));
    closeMusSiteToUsers(store);
    seedCalendars(store, users, now);
    store.setMeta('seededAt', now.toISOString());
  });
}

/**
 * The MUS site has no members: only the MUS service's app reaches it (`Sites.Selected`), so a user's own
 * delegated token (even with `Sites.Read.All`) is refused, as SharePoint refuses a non-member. Also run on
 * start, for a data folder seeded before this rule.
 */
export function closeMusSiteToUsers(store: Store): void {
  const mus = store.get('site', MUS_SITE_ID, siteRec);
  if (mus?.userAccess) store.put('site', MUS_SITE_ID, { ...mus, userAccess: false });
}
