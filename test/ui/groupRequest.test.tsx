import './support/resizeObserver';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import type { BookingSlots, RoundGroup } from '../../src/application/ports/GroupApiPort';
import type { BookingJob, MusApiResult, VersionedConversation } from '../../src/application/ports/MusApiPort';
import { GroupPlanner } from '../../src/ui/components/GroupPlanner';
import { createI18n } from '../../src/ui/i18n/i18n';
import { aPerson, emptyMusApi } from '../application/support/profileFakes';

jest.setTimeout(30_000);

const people = ['Ida Holm', 'Ole Berg', 'Sara Lund', 'Bo Dahl'].map((n) => aPerson(n));
const [ida, ole] = people as [(typeof people)[0], (typeof people)[0]];
const PROPOSED = { start: '2026-03-10T09:00:00.000Z', end: '2026-03-10T10:00:00.000Z' };
const conversation = (id: string, employeeId: string, change: object = {}) =>
  ({
    etag: '"1"',
    value: {
      id,
      roundId: 'r-1',
      leaderId: 'hanne',
      employeeId,
      groupMemberIds: [],
      status: 'planned',
      slot: null,
      meeting: null,
      agenda: { items: [], agreement: { leader: null, employee: null } },
      ...change,
    },
  }) as unknown as VersionedConversation;

/** The leader's round with one group of four and Ole's request for an individual MUS; the service in memory. */
function world(proposal: MusApiResult<{ slot: typeof PROPOSED | null }>, refuseBooking = false) {
  const booked: BookingSlots[] = [];
  const group = conversation('g-1', ida.id, { groupMemberIds: people.map((p) => p.id), status: 'booked' });
  const request = () =>
    conversation('ole-1', ole.id, {
      insteadOfGroup: 'g-1',
      ...(booked.length > 0 ? { status: 'booked', slot: booked[0]![0] } : {}),
    });
  const done: BookingJob = { jobId: 'j-1', state: 'done', done: 1, total: 1, failures: [] } as never;
  const ports = {
    accessToken: {
      getAccessToken: () => Promise.resolve({ ok: true as const, token: 't' }),
      signIn: () => Promise.resolve({ ok: true as const, token: 't' }),
    },
    musApi: {
      ...emptyMusApi(),
      me: () => Promise.reject(new Error('not asked')),
      groups: async (): Promise<MusApiResult<readonly RoundGroup[]>> => ({
        ok: true,
        value: [{ group, requests: [request()] }] as never,
      }),
      proposeTime: async () => proposal,
      bookSlots: async (_t: string, _r: string, slots: BookingSlots) => {
        if (refuseBooking)
          return {
            ok: false as const,
            reason: 'refused' as const,
            status: 409,
            problem: {
              code: 'slot_not_free',
              messages: { da: 'Tidspunktet er ikke ledigt.', en: 'The time is not free.' },
            },
          };
        booked.push(slots);
        return { ok: true as const, value: { jobId: 'j-1' } };
      },
      bookingJob: async () => ({ ok: true as const, value: done }),
    },
  };
  return { ports, booked };
}

function open(ports: ReturnType<typeof world>['ports'], language: 'da' | 'en' = 'da') {
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <FluentProvider theme={webLightTheme}>
        <GroupPlanner ports={ports as never} roundId="r-1" reports={people} />
      </FluentProvider>
    </I18nextProvider>,
  );
}

const requestOf = (name: string) =>
  screen.findByRole('listitem', { name: `${name} ønsker en individuel MUS` });

describe('a member’s request for an individual MUS in the leader’s round', () => {
  it('proposes a time when both are free and books it in one click', async () => {
    const { ports, booked } = world({ ok: true, value: { slot: PROPOSED } });
    open(ports);
    const request = await requestOf('Ole Berg');
    expect(await within(request).findByText(/^Forslag: .*10\..*I er begge ledige\.$/)).toBeVisible();
    await userEvent.click(within(request).getByRole('button', { name: 'Book forslaget' }));
    expect(await within(await requestOf('Ole Berg')).findByText(/^Booket /)).toBeVisible();
    expect(booked).toEqual([[{ conversationId: 'ole-1', employeeId: ole.id, ...PROPOSED }]]);
  });

  it('says so when there is no free time in common, and another time can still be chosen', async () => {
    const { ports, booked } = world({ ok: true, value: { slot: null } });
    open(ports);
    const request = await requestOf('Ole Berg');
    expect(await within(request).findByText(/ingen fælles ledig tid de næste fire uger/)).toBeVisible();
    expect(within(request).queryByRole('button', { name: 'Book forslaget' })).toBeNull();
    expect(within(request).getByLabelText('Andet tidspunkt')).toBeVisible();
    expect(within(request).getByRole('button', { name: 'Book individuel MUS' })).toBeDisabled();
    expect(booked).toEqual([]);
  });

  it('shows the service’s refusal in the user’s language and books nothing', async () => {
    const { ports, booked } = world({ ok: true, value: { slot: PROPOSED } }, true);
    open(ports, 'en');
    const request = await screen.findByRole('listitem', { name: 'Ole Berg asks for an individual MUS' });
    await userEvent.click(await within(request).findByRole('button', { name: 'Book the proposed time' }));
    expect(await within(request).findByText('The time is not free.')).toBeVisible();
    expect(within(request).queryByText(/^Booked /)).toBeNull();
    expect(booked).toEqual([]);
  });
});
