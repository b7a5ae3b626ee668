// The freelancer's portal links for one client: make one (address shown once), list them, revoke one.
import { z } from 'zod';
import { ClientIdParams } from '../../schemas/clients.ts';
import { Problem } from '../../schemas/common.ts';
import { CreatedPortalLink, PortalLinkList, PortalLinkParams } from '../../schemas/portal.ts';
import { createPortalLink, listPortalLinks, revokePortalLink } from '../../use-cases/manage-portal-links.ts';
import { workspaceContextOf } from '../auth/identity.ts';
import type { Api } from '../api-type.ts';

const tags = ['portal'];

export async function portalLinkRoutes(api: Api): Promise<void> {
  api.post(
    '/clients/:id/portal-links',
    { schema: { tags, summary: "Make a link to the client's portal; its URL is shown only in this answer", params: ClientIdParams, response: { 201: CreatedPortalLink, 401: Problem, 404: Problem } } },
    async (request, reply) => reply.code(201).send(await createPortalLink({ ctx: workspaceContextOf(request), clientId: request.params.id })),
  );

  api.get(
    '/clients/:id/portal-links',
    { schema: { tags, summary: "The client's portal links, newest first (never their tokens)", params: ClientIdParams, response: { 200: PortalLinkList, 401: Problem, 404: Problem } } },
    async (request) => ({ items: await listPortalLinks({ ctx: workspaceContextOf(request), clientId: request.params.id }) }),
  );

  api.delete(
    '/clients/:id/portal-links/:linkId',
    { schema: { tags, summary: 'Turn a portal link off for good', params: PortalLinkParams, response: { 204: z.undefined(), 401: Problem, 404: Problem } } },
    async (request, reply) => {
      await revokePortalLink({ ctx: workspaceContextOf(request), clientId: request.params.id, linkId: request.params.linkId });
      return reply.code(204).send();
    },
  );
}
