/** Child process of the bench: the sandbox on a temp folder; prints `{"url"}`, stops on SIGTERM. */
import { startSandbox } from '../../service/graph/sandboxHarness';

void (async () => {
  const sandbox = await startSandbox();
  process.once('SIGTERM', () => {
    void sandbox.close().finally(() => process.exit(0));
  });
  process.stdout.write(`${JSON.stringify({ url: sandbox.url })}\n`);
})();
