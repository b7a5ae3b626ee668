// The client portal's public API: a client with a link (no account) reads what the freelancer shares with them.
import { Problem } from '../../schemas/common.ts';
import { PortalHome, PortalParams, WorkingTogether } from '../../schemas/portal.ts';
import { getWorkingTogether } from '../../use-cases/get-working-together.ts';
import { getPortalHome } from '../../use-cases/open-portal.ts';
import type { Api } from '../api-type.ts';

const tags = ['portal'];
/** A client reloads and clicks around; a stream of guesses from one address is an attack on the tokens. */
export const portalReadLimit = { isPublic: true, rateLimit: { max: 120, timeWindow: '10 minutes' } };
/** A client writes rarely (a testimonial, later a signature); a flood from one address is a bot. */
export const portalWriteLimit = { isPublic: true, rateLimit: { max: 20, timeWindow: '10 minutes' } };

export async function portalRoutes(api: Api): Promise<void> {
  api.get(
    '/portal/:token',
    { config: portalReadLimit, schema: { tags, summary: 'Public: the portal home (who it is from, and the sections this client can open)', security: [], params: PortalParams, response: { 200: PortalHome, 400: Problem, 404: Problem, 429: Problem } } },
    async (request) => getPortalHome({ deps: api.deps, token: request.params.token }),
  );

  api.get(
    '/portal/:token/working-together',
    { config: portalReadLimit, schema: { tags, summary: "Public: how we work together (office hours in the client's zone, channels, reply window, agreements)", security: [], params: PortalParams, response: { 200: WorkingTogether, 400: Problem, 404: Problem, 429: Problem } } },
    async (request) => getWorkingTogether({ deps: api.deps, token: request.params.token }),
  );
}
