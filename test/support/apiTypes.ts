/**
 * `npm run api:types`: the browser's types of the MUS API, generated from the service's own OpenAPI document
 * (`/api/openapi.json`) by openapi-typescript into one checked-in file, {@link API_TYPES_FILE}. The service is
 * built with test doubles (nothing is called: only the route schemas matter) and asked for `app.swagger()`.
 * With `--check` it only compares: `test/service/api/apiTypes.test.ts` runs that, so a stale file fails `npm test`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import openapiTS, { astToString, COMMENT_HEADER, type OpenAPI3 } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { buildApp } from '../../src/service/app';
import { createTokenValidator } from '../../src/service/auth/tokenValidator';
import { createMemoryRecordStore } from '../../src/service/records/memoryRecordStore';
import { memoryPrivateNotes } from '../../src/service/records/privateNotes';
import { FakeDirectory } from '../service/api/harness';

/** The checked-in output. The types belong to the application's port, so use cases may import them. */
const API_TYPES_FILE = path.resolve(__dirname, '../../src/application/ports/musApi.generated.ts');

const HEADER = `${COMMENT_HEADER.trimEnd()}\n// Source: the MUS service's /api/openapi.json (src/service/app.ts). Regenerate: npm run api:types\n\n`;

/** The service's OpenAPI document, as `/api/openapi.json` serves it. */
export async function openApiDocument(): Promise<OpenAPI3> {
  const app = await buildApp({
    tokens: createTokenValidator({
      issuer: 'https://issuer.invalid',
      jwksUri: 'https://issuer.invalid/keys',
      audiences: ['api://mus'],
      tenantId: 'tenant',
      requiredScope: 'access_as_user',
    }),
    directory: new FakeDirectory(),
    records: createMemoryRecordStore(),
    privateNotes: memoryPrivateNotes(),
    hrGroupId: 'hr-group',
    webRoot: '/nonexistent',
  });
  try {
    await app.ready();
    return app.swagger() as OpenAPI3;
  } finally {
    await app.close();
  }
}

/** The generated TypeScript, formatted as the repository formats it. */
export async function generateApiTypes(): Promise<string> {
  const ast = await openapiTS(await openApiDocument(), { immutable: true, alphabetize: true, silent: true });
  const options = await resolveConfig(API_TYPES_FILE);
  return format(HEADER + astToString(ast), { ...options, filepath: API_TYPES_FILE });
}

/**
 * Write the file, or with `--check [file]` only compare (the checked-in file, or the one named) and exit 1
 * when it is stale.
 */
async function main(args: readonly string[]): Promise<void> {
  const generated = await generateApiTypes();
  const check = args[0] === '--check';
  const target = (check && args[1]) || API_TYPES_FILE;
  const file = path.relative(process.cwd(), target);
  if (!check) {
    await writeFile(target, generated);
    console.log(`Wrote ${file}`);
  } else if ((await readFile(target, 'utf8').catch(() => '')) !== generated) {
    console.error(
      `${file} is not what the service's OpenAPI document gives: run \`npm run api:types\`, then make the ` +
        'browser code follow the changed API (npx tsc -p tsconfig.json --noEmit shows where).',
    );
    process.exitCode = 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
