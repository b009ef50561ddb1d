/** Zod fields by name, for the records and forms whose fields are mostly plain strings or flags. */
import { z } from 'zod';

function fields<K extends string, S extends z.ZodType>(
  names: readonly K[],
  schema: () => S,
): { [P in K]: S } {
  return Object.fromEntries(names.map((name) => [name, schema()])) as { [P in K]: S };
}

/** `{ a: z.string(), b: z.string(), … }` */
export const strings = <K extends string>(...names: K[]) => fields(names, () => z.string());

/** `{ a: z.string().optional(), … }` */
export const optionalStrings = <K extends string>(...names: K[]) =>
  fields(names, () => z.string().optional());

/** `{ a: z.boolean(), … }` */
export const booleans = <K extends string>(...names: K[]) => fields(names, () => z.boolean());
