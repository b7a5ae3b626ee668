// The client's deliverables behind their portal link: what is ready to open or download, and what is complete and
// delivered on payment (no file until then).
import { Problem } from '../../schemas/common.ts';
import { PortalDeliverableList, PortalDeliverableParams } from '../../schemas/deliverables.ts';
import { PortalParams } from '../../schemas/portal.ts';
import { getPortalDeliverableFile } from '../../use-cases/get-deliverable-file.ts';
import { listPortalDeliverables } from '../../use-cases/view-portal-deliverables.ts';
import type { Api } from '../api-type.ts';
import { sendFile } from './deliverables.ts';
import { portalReadLimit } from './portal.ts';

const tags = ['portal'];

export async function portalDeliverableRoutes(api: Api): Promise<void> {
  api.get(
    '/portal/:token/deliverables',
    {
      config: portalReadLimit,
      schema: { tags, summary: "Public: this client's deliverables by contract; held final work shows what is due, without its file or address", security: [], params: PortalParams, response: { 200: PortalDeliverableList, 400: Problem, 404: Problem, 429: Problem } },
    },
    async (request) => listPortalDeliverables({ deps: api.deps, token: request.params.token }),
  );

  api.get(
    '/portal/:token/deliverables/:deliverableId/file',
    {
      config: portalReadLimit,
      schema: { tags, summary: 'Public: download a released deliverable or a draft (404 while it is held, as for one that does not exist)', security: [], params: PortalDeliverableParams, produces: ['application/octet-stream'], response: { 400: Problem, 404: Problem, 429: Problem } },
    },
    async (request, reply) => sendFile(reply, await getPortalDeliverableFile({ deps: api.deps, token: request.params.token, deliverableId: request.params.deliverableId })),
  );
}
