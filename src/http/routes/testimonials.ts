// Testimonials: the freelancer asks for one by email; the client writes it in their portal.
import { z } from 'zod';
import { ClientIdParams } from '../../schemas/clients.ts';
import { Problem } from '../../schemas/common.ts';
import { PortalParams, TestimonialRequested, TestimonialSubmission } from '../../schemas/portal.ts';
import { requestTestimonial } from '../../use-cases/request-testimonial.ts';
import { submitTestimonial } from '../../use-cases/submit-testimonial.ts';
import { workspaceContextOf } from '../auth/identity.ts';
import type { Api } from '../api-type.ts';
import { portalWriteLimit } from './portal.ts';

const tags = ['portal'];

export async function testimonialRoutes(api: Api): Promise<void> {
  api.post(
    '/clients/:id/testimonial-requests',
    {
      schema: {
        tags,
        summary: "Ask the client for a testimonial: emails a new portal link to their first contact email, in the client's language",
        params: ClientIdParams,
        response: { 202: TestimonialRequested, 401: Problem, 404: Problem, 422: Problem },
      },
    },
    async (request, reply) => reply.code(202).send(await requestTestimonial({ ctx: workspaceContextOf(request), clientId: request.params.id })),
  );

  api.post(
    '/portal/:token/testimonial',
    {
      config: portalWriteLimit,
      schema: { tags, summary: 'Public: the client sends a testimonial', security: [], params: PortalParams, body: TestimonialSubmission, response: { 201: z.object({ isReceived: z.literal(true) }), 400: Problem, 404: Problem, 429: Problem } },
    },
    async (request, reply) => reply.code(201).send(await submitTestimonial({ deps: api.deps, token: request.params.token, input: request.body })),
  );
}
