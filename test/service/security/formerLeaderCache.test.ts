import { attacks } from './attacks';
import { buildWorld, type World } from './world';

/**
 * With the production directory cache (60 s), a leader whose report moved to another manager is refused at
 * once: the manager is checked again on every write and on reads of preparation, notes and conclusion.
 */
let w: World;
let a: ReturnType<typeof attacks>;
beforeAll(async () => {
  w = await buildWorld({ directoryCacheMs: 60_000 });
  a = attacks(w);
});
afterAll(() => w.s.close());

describe('a former leader loses access when the manager changes, not a minute later', () => {
  it('reads of preparation, notes and conclusion and a note write are refused right after the change', async () => {
    const c = a.conv(w.conv.E1!);
    // L1 has just been let in: the directory's answer (L1 manages E1) is cached.
    expect((await w.call('GET', `${c}/notes`, await w.as('L1'))).status).toBe(200);
    await w.s.setManager(w.id('E1'), w.id('L2'));
    const asOwner = async () => (await a.read('E1', `${c}/notes`)) + (await a.read('E1', `${c}/conclusion`));
    for (const part of ['preparation', 'notes', 'conclusion'])
      await a.refused(
        { status: 403, code: 'former_leader' },
        async () => w.call('GET', `${c}/${part}`, await w.as('L1')),
        asOwner,
      );
    const notes = JSON.parse(await a.read('E1', `${c}/notes`));
    await a.refused(
      { status: 403, code: 'former_leader' },
      async () =>
        w.call(
          'PUT',
          `${c}/notes/${w.topicId}`,
          await w.as('L1', { body: { text: 'after I left' }, headers: { 'if-match': notes[0].etag } }),
        ),
      asOwner,
    );
  });
});
