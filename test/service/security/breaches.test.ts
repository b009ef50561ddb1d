import { suiteWorld, far, soon, untilStarted } from './attacks';

/**
 * The five ways past the confidentiality rules that the security review found, each performed as the attacker did it: through
 * HTTP, on the service on the sandbox, with the same kind of ordinary account. Each refusal is checked by
 * status and code, and the record aimed at is read back by its owner and found unchanged.
 */
// Every meeting of the world has started: six talks of L1's round are under way, so six can evaluate.
const t = suiteWorld({ meetingsStarted: ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7'] });

describe('1 a leader cannot read the employee’s unsubmitted draft by moving the meeting', () => {
  for (const state of ['booked', 'agendaAgreed'] as const) {
    it(`in ${state}: rebooking to "now", reading, and rebooking back shows no draft`, async () => {
      const { id, topic } = await t.a.freshConversation('L1', 'E6');
      await t.a.step('L1', id, 'book', far);
      if (state === 'agendaAgreed') await t.a.agree('L1', 'E6', id);
      const draft = { [topic]: `E6's private draft (${state})` };
      const saved = await t.w.call(
        'PUT',
        `${t.a.conv(id)}/preparation`,
        await t.w.as('E6', { body: { answers: draft, submit: false } }),
      );
      expect(saved.status).toBe(200);
      const asOwner = () => t.a.read('E6', `${t.a.conv(id)}/preparation`);
      const ownerBefore = await asOwner();

      await t.a.step('L1', id, 'rebook', soon());
      await untilStarted();
      const peek = await t.w.call('GET', `${t.a.conv(id)}/preparation`, await t.w.as('L1'));
      expect(peek.status).toBe(200);
      expect(peek.body.other).toEqual({ submitted: false, answers: null });
      expect(peek.text).not.toContain('private draft');
      await t.a.step('L1', id, 'rebook', far);

      expect(await asOwner()).toBe(ownerBefore);
      expect(JSON.parse(ownerBefore).mine.value.answers).toEqual([{ topicId: topic, text: draft[topic] }]);
    });
  }

  it('a submitted preparation that became visible when the meeting started stays visible after a rebooking', async () => {
    const { id, topic } = await t.a.freshConversation('L1', 'E6');
    await t.a.step('L1', id, 'book', far);
    await t.a.agree('L1', 'E6', id);
    const submitted = { [topic]: 'E6 submitted this' };
    await t.w.call(
      'PUT',
      `${t.a.conv(id)}/preparation`,
      await t.w.as('E6', { body: { answers: submitted, submit: true } }),
    );
    await t.w.call(
      'PUT',
      `${t.a.conv(id)}/preparation`,
      await t.w.as('L1', { body: { answers: { [topic]: 'L1 draft' }, submit: false } }),
    );
    const other = async (alias: 'L1' | 'E6') =>
      JSON.parse(await t.a.read(alias, `${t.a.conv(id)}/preparation`)).other.answers;
    expect(await other('L1')).toBeNull();

    await t.a.step('L1', id, 'rebook', soon());
    await untilStarted();
    expect(await other('L1')).toEqual(submitted);
    await t.a.step('L1', id, 'rebook', far);
    // What the leader has seen is not hidden again; the leader's own draft is never shown to the employee.
    expect(await other('L1')).toEqual(submitted);
    expect(await other('E6')).toBeNull();
  });
});

describe('2 a read-only (consented) leader cannot read or overwrite another party’s evaluation', () => {
  it('the new manager’s PUT /evaluation is refused with and without the eTag, and leaks nothing', async () => {
    const path = `${t.a.conv(t.w.conv.E5!)}/evaluation`;
    const original = { rating: 2, comment: 'L1’s private view of the talk with E5' };
    const mine = await t.w.call('PUT', path, await t.w.as('L1', { body: original }));
    expect(mine.status).toBe(200);
    await t.w.s.setManager(t.w.id('E5'), t.w.id('L2'));
    expect(
      (await t.a.post('E5', t.w.conv.E5!, 'handover', { leaderId: t.w.id('L2'), consent: true })).status,
    ).toBe(200);

    const overwrite = { rating: 5, comment: 'overwritten by L2' };
    for (const ifMatch of ['"x"', mine.body.etag, undefined]) {
      const res = await t.w.call(
        'PUT',
        path,
        await t.w.as('L2', { body: overwrite, ...(ifMatch ? { headers: { 'if-match': ifMatch } } : {}) }),
      );
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'read_only_access' });
      expect(res.text).not.toContain('private view');
      expect(res.body.current).toBeUndefined();
    }

    // Read back by its owner: L1 is the manager again, and a stale write shows L1 the record as it was.
    await t.w.s.setManager(t.w.id('E5'), t.w.id('L1'));
    const back = await t.w.call(
      'PUT',
      path,
      await t.w.as('L1', { body: overwrite, headers: { 'if-match': '"x"' } }),
    );
    expect({ status: back.status, code: back.body.code }).toEqual({ status: 412, code: 'stale_record' });
    expect(back.body.current).toEqual({ etag: mine.body.etag, value: mine.body.value });
  });
});

describe('3 HR cannot work out one person’s rating from two aggregate reads', () => {
  it('five evaluations, a read, a sixth, a read: the sixth rating cannot be derived', async () => {
    const aggregate = async () => {
      const res = await t.w.call(
        'GET',
        `/api/hr/aggregates/evaluations?roundId=${t.w.roundId}`,
        await t.w.as('H'),
      );
      expect(res.status).toBe(200);
      return res.body as { respondents: number; evaluations: { averageRating: number } };
    };
    const ratings = { E1: 4, E2: 4, E3: 4, E4: 4, E5: 3 } as const;
    for (const [e, rating] of Object.entries(ratings)) {
      const res = await t.w.call(
        'PUT',
        `${t.a.conv(t.w.conv[e]!)}/evaluation`,
        await t.w.as(e as keyof typeof ratings, { body: { rating } }),
      );
      expect(res.status).toBe(200);
    }
    const first = await aggregate();
    expect(first).toEqual({ respondents: 5, evaluations: { averageRating: 3.8 } });

    const sixth = await t.w.call(
      'PUT',
      `${t.a.conv(t.w.conv.E6!)}/evaluation`,
      await t.w.as('E6', { body: { rating: 1 } }),
    );
    expect(sixth.status).toBe(200);
    const second = await aggregate();
    const derived =
      second.respondents * second.evaluations.averageRating -
      first.respondents * first.evaluations.averageRating;
    expect(Math.round(derived)).not.toBe(1);
    // Fewer than five people changed: HR sees the figure published before, not a new one.
    expect(second).toEqual(first);
  });
});

describe('4 a percent-encoded path does not skip the token check', () => {
  it('an anonymous GET /%61pi/concepts/flexible is 401 with the API’s headers, and shows no concept', async () => {
    for (const path of ['/%61pi/concepts/flexible', '/%61%70%69/concepts/flexible', '/%61pi/me']) {
      const res = await t.w.call('GET', path);
      expect({ path, status: res.status, code: res.body?.code }).toEqual({
        path,
        status: 401,
        code: 'token_missing',
      });
      expect(res.text).not.toContain('topics');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    }
  });

  it('an anonymous POST /%61pi/rounds gets no validation messages and creates nothing', async () => {
    const coverage = () => t.a.read('H', '/api/hr/coverage');
    for (const body of [{ title: '' }, { title: 'x', conceptId: 'flexible', employeeIds: [t.w.id('E1')] }]) {
      const res = await t.a.refused(
        { status: 401, code: 'token_missing' },
        () => t.w.call('POST', '/%61pi/rounds', { body }),
        coverage,
      );
      expect(res.body.issues).toBeUndefined();
    }
  });
});

describe('5 If-Match: * does not overwrite a shared note', () => {
  it('a party’s note write with * is 412 and the note stays as it was', async () => {
    const path = `${t.a.conv(t.w.conv.E1!)}/notes/${t.w.topicId}`;
    await t.a.refused(
      { status: 412, code: 'stale_record' },
      async () =>
        t.w.call(
          'PUT',
          path,
          await t.w.as('L1', { body: { text: 'blind overwrite' }, headers: { 'if-match': '*' } }),
        ),
      () => t.a.read('E1', `${t.a.conv(t.w.conv.E1!)}/notes`),
    );
    expect(await t.a.read('E1', `${t.a.conv(t.w.conv.E1!)}/notes`)).toContain('note of E1');
  });

  it('* is refused on the other writes of a record that exists (a goal, the conversation)', async () => {
    // A planned conversation of E4's (a booking with If-Match * must meet a stale version, not a state refusal).
    const { id } = await t.a.freshConversation('L1', 'E4');
    const c = t.a.conv(id);
    const goal = await t.w.call(
      'POST',
      `${c}/goals`,
      await t.w.as('E4', {
        body: { goal: 'Mentor for en ny kollega', deadline: '2027-03-31' },
        headers: { 'idempotency-key': 'breach-5-goal' },
      }),
    );
    expect(goal.status).toBe(201);
    const writes: ['E4' | 'L1', string, string, unknown][] = [
      ['E4', 'PUT', `${c}/goals/${goal.body.value.id}`, { goal: 'blind' }],
      ['L1', 'POST', `${c}/status`, { event: 'book', slot: far }],
      ['E4', 'POST', `${c}/agenda`, { action: 'propose', topicId: 'own.blind', title: 'blind' }],
    ];
    for (const [who, method, path, body] of writes) {
      const res = await t.a.refused(
        { status: 412, code: 'stale_record' },
        async () => t.w.call(method, path, await t.w.as(who, { body, headers: { 'if-match': '*' } })),
        async () => (await t.a.read('E4', `${c}/goals`)) + (await t.a.read('E4', c)),
      );
      expect(res.text).not.toContain('blind');
    }
  });
});
