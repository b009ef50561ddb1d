import type { FastifyInstance } from 'fastify';
import { authenticate } from '../auth/authPlugin';
import type { TokenValidator } from '../auth/tokenValidator';
import { installApiHeaders } from '../http/securityHeaders';
import { appointmentRoutes } from './appointment';
import { bookingRoutes } from './booking';
import { conceptDraftRoutes } from './conceptDrafts';
import { conceptRoutes } from './concepts';
import { conclusionHrPdfRoutes, conclusionPdfRoutes, conclusionRoutes } from './conclusion';
import type { ApiContext } from './context';
import { conversationListRoutes, conversationRoutes } from './conversations';
import { evaluationRoutes, musTestRoutes } from './feedback';
import { goalRoutes } from './goals';
import { groupIndividualRoutes, groupRoutes } from './groups';
import { handoverRoutes } from './handover';
import { hrRoutes } from './hr';
import { hrExportRoutes } from './hrExports';
import { hrOverviewRoutes } from './hrOverview';
import { hrReportRoutes } from './hrReport';
import { liveRoutes } from './live';
import { meetingRoutes } from './meetings';
import { meRoutes } from './me';
import { noteRoutes } from './notes';
import { preparationRoutes } from './preparation';
import { roundRoutes } from './rounds';
import { scheduleRoutes } from './schedule';
import { sinceLastRoutes } from './sinceLast';
import { CONVERSATION_PREFIX, conversationScope, hrScope } from './scopes';

/**
 * The API as nested plugin scopes. How a request flows: the `api` scope sets the API's security headers;
 * the `authenticated` scope validates the access token (`onRequest`, before the body is parsed) and puts the
 * caller on the request; the conversation scope loads the conversation and the caller's standing
 * (`preHandler`), the HR scope checks HR; then the route's handler runs one domain operation on the typed
 * collections. Errors of any layer become problem+json in one place (`http/errorHandler.ts`).
 */
export async function registerApi(app: FastifyInstance, ctx: ApiContext, tokens: TokenValidator) {
  await app.register(async (api) => {
    installApiHeaders(api);
    api.get('/api/health', { schema: { hide: true } }, async () => ({ ok: true }));
    api.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

    await api.register(async (authenticated) => {
      authenticated.decorateRequest('caller', null as never);
      authenticated.decorateRequest('conversation', null as never);
      authenticated.decorateRequest('access', null as never);
      authenticated.addHook('onRequest', authenticate(tokens));
      meRoutes(authenticated, ctx);
      conceptRoutes(authenticated, ctx);
      roundRoutes(authenticated, ctx);
      scheduleRoutes(authenticated, ctx);
      bookingRoutes(authenticated, ctx);
      groupRoutes(authenticated, ctx);
      musTestRoutes(authenticated, ctx);
      conversationListRoutes(authenticated, ctx);
      meetingRoutes(authenticated, ctx);
      await authenticated.register(
        conversationScope(ctx, [
          conversationRoutes,
          preparationRoutes,
          noteRoutes,
          goalRoutes,
          conclusionRoutes,
          conclusionPdfRoutes,
          evaluationRoutes,
          sinceLastRoutes,
          handoverRoutes,
          liveRoutes,
          appointmentRoutes,
          groupIndividualRoutes,
        ]),
        { prefix: CONVERSATION_PREFIX },
      );
      await authenticated.register(
        hrScope(ctx, [
          hrRoutes,
          hrOverviewRoutes,
          hrExportRoutes,
          hrReportRoutes,
          conclusionHrPdfRoutes,
          conceptDraftRoutes,
        ]),
        { prefix: '/api/hr' },
      );
    });
  });
}
