import type { HostPort, TabConfig } from '../../src/application/ports/HostPort';
import { MESSAGES, saveEvent, setConfigAnswer } from '../../src/sandbox/host/protocol';
import {
  fakeHostAnswer,
  installHostWindow,
  type FakeTeamsHost,
  type LegacyContext,
} from './support/fakeTeamsHost';

// teams-js keeps its state in module scope: every test gets a fresh copy of it.
async function freshHost(): Promise<HostPort> {
  jest.resetModules();
  const { createTeamsHost } = await import('../../src/adapters/teams/teamsHost');
  return createTeamsHost({ timeoutMs: 1000 });
}

const config: TabConfig = {
  contentUrl: 'http://localhost/meeting.html',
  websiteUrl: 'http://localhost/meeting.html',
  entityId: 'mus-meeting',
  suggestedDisplayName: 'MUS',
};
const frame = (frameContext: string): LegacyContext => ({ frameContext, locale: 'da-DK', theme: 'default' });

/** A Teams host showing `context`; it saves what `settings.setSettings` sends, or refuses with `refusal`. */
function teams(context: LegacyContext, refusal?: string) {
  const saved: unknown[] = [];
  const args: Record<string, unknown[]> = {};
  const host: FakeTeamsHost = installHostWindow((message) => {
    args[message.func] = [...message.args];
    if (message.func !== MESSAGES.setConfig) return fakeHostAnswer(message, { context });
    saved.push(message.args[0]);
    return setConfigAnswer(refusal ? { ok: false, reason: refusal } : { ok: true });
  });
  return { host, saved, args };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
}

let installed: FakeTeamsHost | undefined;
afterEach(() => {
  installed?.uninstall();
  installed = undefined;
});

describe('tab configuration through teams-js', () => {
  it('on the settings page enables Save, and Save stores the content URL, then tells Teams it succeeded', async () => {
    const fake = teams(frame('settings'));
    installed = fake.host;
    const port = await freshHost();
    await port.connect();
    await expect(port.offerTabSave(config)).resolves.toBe(true);
    expect(fake.args[MESSAGES.setValidityState]).toEqual([true]);
    expect(fake.host.calls).toContain('registerHandler');
    expect(fake.saved).toEqual([]);

    fake.host.emit(saveEvent());
    await until(() => fake.host.calls.includes(MESSAGES.saveSuccess));
    expect(fake.saved).toEqual([config]);
    expect(fake.host.calls).not.toContain(MESSAGES.saveFailure);
  });

  it('tells Teams the save failed when Teams refuses the configuration', async () => {
    const fake = teams(frame('settings'), 'contentUrl not in validDomains');
    installed = fake.host;
    const port = await freshHost();
    await port.connect();
    await port.offerTabSave(config);
    fake.host.emit(saveEvent());
    await until(() => fake.host.calls.includes(MESSAGES.saveFailure));
    expect(fake.args[MESSAGES.saveFailure]).toEqual(['contentUrl not in validDomains']);
  });

  it('asks nothing outside the settings frame, or before connecting', async () => {
    const fake = teams(frame('content'));
    installed = fake.host;
    const port = await freshHost();
    await expect(port.offerTabSave(config)).resolves.toBe(false);
    await port.connect();
    await expect(port.offerTabSave(config)).resolves.toBe(false);
    expect(fake.host.calls).not.toContain(MESSAGES.setValidityState);
  });
});
