/** Starts the sandbox on SANDBOX_PORT (default 53100) with data under SANDBOX_DATA_DIR (default .data/sandbox). */
import { createSandbox } from './server';

async function main(): Promise<void> {
  const sandbox = await createSandbox({ port: Number(process.env.SANDBOX_PORT ?? 53100) });
  console.log(
    `Microsoft 365 sandbox on ${sandbox.url} (Graph ${sandbox.url}/v1.0, issuer ${sandbox.url}/oidc)`,
  );
  const stop = () => {
    void sandbox.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
