import { MUS_SITE_ID } from '../../src/sandbox';
import type { Harness } from './harness';
import { appToken, graph, start } from './harness';

let h: Harness;
let clock = new Date();

beforeAll(async () => {
  h = await start({ now: () => clock });
});
afterAll(() => h.stop());

describe('Graph token lifetime', () => {
  it('accepts a token again and again while it is valid, and refuses it (401) once the clock passes its expiry', async () => {
    const token = await appToken(h.url);
    expect((await graph(h.url, token, 'GET', `/sites/${MUS_SITE_ID}`)).status).toBe(200);
    expect((await graph(h.url, token, 'GET', `/sites/${MUS_SITE_ID}`)).status).toBe(200);
    clock = new Date(clock.getTime() + 2 * 3600_000);
    expect((await graph(h.url, token, 'GET', `/sites/${MUS_SITE_ID}`)).status).toBe(401);
    clock = new Date(clock.getTime() - 2 * 3600_000);
    expect((await graph(h.url, token, 'GET', `/sites/${MUS_SITE_ID}`)).status).toBe(200);
  });
});
