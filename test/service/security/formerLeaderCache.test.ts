import { suiteWorld } from './attacks';

/**
 * With the production directory cache (60 s), a leader whose report moved to another manager is refused at
 * once: the manager is checked again on every write and on reads of preparation, notes and conclusion.
 */
const t = suiteWorld({ directoryCacheMs: 60_000 });

describe('a former leader loses access when the manager changes, not a minute later', () => {
  it('reads of preparation, notes and conclusion and a note write are refused right after the change', async () => {
    const c = t.a.conv(t.w.conv.E1!);
    // L1 has just been let in: the directory's answer (L1 manages E1) is cached.
    expect((await t.w.call('GET', `${c}/notes`, await t.w.as('L1'))).status).toBe(200);
    await t.w.s.setManager(t.w.id('E1'), t.w.id('L2'));
    const asOwner = async () =>
      (await t.a.read('E1', `${c}/notes`)) + (await t.a.read('E1', `${c}/conclusion`));
    for (const part of ['preparation', 'notes', 'conclusion'])
      await t.a.refused(
        { status: 403, code: 'former_leader' },
        async () => t.w.call('GET', `${c}/${part}`, await t.w.as('L1')),
        asOwner,
      );
    const notes = JSON.parse(await t.a.read('E1', `${c}/notes`));
    await t.a.refused(
      { status: 403, code: 'former_leader' },
      async () =>
        t.w.call(
          'PUT',
          `${c}/notes/${t.w.topicId}`,
          await t.w.as('L1', { body: { text: 'after I left' }, headers: { 'if-match': notes[0].etag } }),
        ),
      asOwner,
    );
  });
});
