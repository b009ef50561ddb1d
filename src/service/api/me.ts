import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { privateNotesAtVisit } from '../jobs/privateNotesRetention';
import type { ApiContext } from './context';
import { errorResponses, secured } from './schemas';

const personSchema = z.object({ id: z.string(), displayName: z.string() });
const meSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  roles: z.object({ employee: z.boolean(), leader: z.boolean(), hr: z.boolean() }),
  leader: personSchema.nullable(),
  /** With their mail address, so the Outlook add-in can tell them among an appointment's attendees. */
  reports: z.array(personSchema.extend({ mail: z.string().optional() })),
});

/**
 * `/api/me`: who am I, my roles, my leader and my direct reports (from Graph, cached briefly). A visit is also
 * when my private notes of conversations retention deleted are deleted, on my behalf (`privateNotesRetention.ts`).
 */
export function meRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const atVisit = privateNotesAtVisit(ctx);
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/me',
    {
      schema: { ...secured(['me']), summary: 'The caller', response: { 200: meSchema, ...errorResponses } },
    },
    async ({ caller, log }) => {
      const [, leader, reports, hr] = await Promise.all([
        atVisit(caller, log),
        ctx.directory.managerOf(caller.userId),
        ctx.directory.directReportsOf(caller.userId),
        ctx.policy.isHr(caller),
      ]);
      const person = (u: { id: string; displayName: string }) => ({ id: u.id, displayName: u.displayName });
      return {
        id: caller.userId,
        displayName: caller.name,
        roles: { employee: leader !== undefined, leader: reports.length > 0, hr },
        leader: leader ? person(leader) : null,
        reports: reports.map((u) => ({ ...person(u), ...(u.mail ? { mail: u.mail } : {}) })),
      };
    },
  );
}
