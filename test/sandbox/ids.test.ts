import { validate, version } from 'uuid';
import { SERVICE_APP_ID } from '../../src/sandbox/config';
import { guidFor, meetingThreadId, TENANT_ID } from '../../src/sandbox/ids';
import { SANDBOX_CLIENT, SANDBOX_TENANT_ID } from '../../src/service/config';

describe('name-based ids (UUID v5)', () => {
  it('gives the sandbox the same valid v5 GUID for the same name on every run, and others for other names', () => {
    const tenant = guidFor('tenant');
    expect(validate(tenant) && version(tenant)).toBe(5);
    expect(guidFor('tenant')).toBe(tenant);
    expect(guidFor('user:mette')).not.toBe(tenant);
    expect(meetingThreadId('c1')).toMatch(/^19:meeting_[A-Za-z0-9_-]+@thread\.v2$/);
  });

  it('matches the service’s sandbox settings to the sandbox’s own app and tenant ids', () => {
    expect(SANDBOX_CLIENT.id).toBe(SERVICE_APP_ID);
    expect(SANDBOX_TENANT_ID).toBe(TENANT_ID);
  });
});
