// The freelancer's profile: read it, save it whole (If-Match: version guards against overwriting), download it as a PDF.
import { z } from 'zod';
import { Problem } from '../../schemas/common.ts';
import { Profile, ProfileResponse } from '../../schemas/profile.ts';
import { getProfile } from '../../use-cases/get-profile.ts';
import { saveProfile } from '../../use-cases/save-profile.ts';
import { renderProfileDocument } from '../../use-cases/render-profile-pdf.ts';
import { Language } from '../../schemas/common.ts';
import { readerLanguage } from '../auth/reader-language.ts';
import { workspaceContextOf } from '../auth/identity.ts';
import { invalidField } from '../../errors.ts';
import type { Api } from '../api-type.ts';

const tags = ['profile'];

function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const version = Number(header.replace(/^W\//, '').replaceAll('"', ''));
  if (!Number.isInteger(version) || version < 0) throw invalidField('If-Match', 'Send the profile version you read, e.g. If-Match: "3".');
  return version;
}

export async function profileRoutes(api: Api): Promise<void> {
  api.get('/profile', { schema: { tags, summary: "The freelancer's profile (the starter profile until first saved)", response: { 200: ProfileResponse, 401: Problem } } }, async (request, reply) => {
    const view = await getProfile({ ctx: workspaceContextOf(request) });
    return reply.header('etag', `"${view.version}"`).send(view);
  });

  api.put(
    '/profile',
    {
      schema: {
        tags,
        summary: 'Save the whole profile; send If-Match with the version you read to avoid overwriting another save',
        headers: z.object({ 'if-match': z.string().optional() }),
        body: Profile,
        response: { 200: ProfileResponse, 400: Problem, 401: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const view = await saveProfile({ ctx: workspaceContextOf(request), profile: request.body, expectedVersion: parseIfMatch(request.headers['if-match']) });
      return reply.header('etag', `"${view.version}"`).send(view);
    },
  );

  api.get(
    '/profile/pdf',
    { schema: { tags, summary: 'The profile as a one-page PDF', querystring: z.object({ lang: Language.optional().describe('Defaults to your language.') }), produces: ['application/pdf'] } },
    async (request, reply) => {
      const language = request.query.lang ?? (await readerLanguage(request));
      const pdf = await renderProfileDocument({ ctx: workspaceContextOf(request), language });
      const filename = language === 'es' ? 'mi-perfil-sana.pdf' : 'my-sana-profile.pdf';
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${filename}"`).send(pdf);
    },
  );
}
