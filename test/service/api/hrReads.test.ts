import type { ApiContext } from '../../../src/service/api/context';
import { joiningReads, readingOnce } from '../../../src/service/api/hrReads';

/** A list whose reads answer (or fail) when told to, counting how many were made. */
function slowList() {
  type Waiting = { resolve: (rows: string[]) => void; reject: (error: Error) => void };
  const list = {
    reads: 0,
    pending: [] as Waiting[],
    all(): Promise<string[]> {
      list.reads += 1;
      return new Promise((resolve, reject) => list.pending.push({ resolve, reject }));
    },
    answer: (rows: string[]) => list.pending.splice(0).forEach((w) => w.resolve(rows)),
    fail: (error: Error) => list.pending.splice(0).forEach((w) => w.reject(error)),
  };
  return list;
}

function contextOf() {
  const lists = {
    rounds: slowList(),
    conversations: slowList(),
    goals: slowList(),
    evaluations: slowList(),
  };
  return { ctx: { records: lists } as unknown as ApiContext, lists };
}

describe("HR's whole-list reads", () => {
  it('join a read of the same list under way, and read again once it has answered', async () => {
    const { ctx, lists } = contextOf();
    // Two requests (each its own context) while the first read is under way: one read.
    const first = joiningReads(ctx).records.conversations.all();
    const second = joiningReads(ctx).records.conversations.all();
    expect(lists.conversations.reads).toBe(1);
    lists.conversations.answer(['c1']);
    expect(await first).toEqual(['c1']);
    expect(await second).toEqual(['c1']);
    // A request after that reads the list as it is now.
    const third = joiningReads(ctx).records.conversations.all();
    expect(lists.conversations.reads).toBe(2);
    lists.conversations.answer(['c1', 'c2']);
    expect(await third).toEqual(['c1', 'c2']);
  });

  it('keep apart different lists, and a failed read is not joined afterwards', async () => {
    const { ctx, lists } = contextOf();
    const failed = joiningReads(ctx).records.goals.all();
    lists.goals.fail(new Error('Graph 503'));
    await expect(failed).rejects.toThrow('Graph 503');
    const goals = joiningReads(ctx).records.goals.all();
    const evaluations = joiningReads(ctx).records.evaluations.all();
    expect([lists.goals.reads, lists.evaluations.reads]).toEqual([2, 1]);
    lists.goals.answer(['g1']);
    lists.evaluations.answer(['e1']);
    expect([await goals, await evaluations]).toEqual([['g1'], ['e1']]);
  });

  it('within one request, read each list once (readingOnce), also after it has answered', async () => {
    const { ctx, lists } = contextOf();
    const once = readingOnce(ctx);
    const first = once.records.rounds.all();
    lists.rounds.answer(['r1']);
    await first;
    expect(await once.records.rounds.all()).toEqual(['r1']);
    expect(lists.rounds.reads).toBe(1);
  });
});
