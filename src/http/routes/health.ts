// GET /health: is the server up, which database it uses, which version runs. No login needed.
import { z } from 'zod';
import { sql } from 'kysely';
import { version } from '../../version.ts';
import type { Api } from '../api-type.ts';
import type { BuildAppOptions } from '../app.ts';

export const Health = z.object({ status: z.enum(['ok', 'degraded']), database: z.enum(['sqlite', 'postgres']), version: z.string() });

export async function healthRoutes(api: Api, options: BuildAppOptions): Promise<void> {
  api.get('/health', { config: { isPublic: true }, schema: { tags: ['system'], summary: 'Server health', security: [], response: { 200: Health, 503: Health } } }, async (_request, reply) => {
    try {
      await sql`select 1`.execute(api.deps.db);
      return { status: 'ok' as const, database: options.databaseKind, version };
    } catch {
      return reply.code(503).send({ status: 'degraded' as const, database: options.databaseKind, version });
    }
  });
}
