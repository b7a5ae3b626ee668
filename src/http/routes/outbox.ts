// The outbox: every email Sana stored or sent, readable in the app.
import { Problem } from '../../schemas/common.ts';
import { OutboxPage, OutboxQuery } from '../../schemas/outbox.ts';
import { listOutbox } from '../../use-cases/list-outbox.ts';
import { workspaceContextOf } from '../auth/identity.ts';
import type { Api } from '../api-type.ts';

export async function outboxRoutes(api: Api): Promise<void> {
  api.get('/outbox', { schema: { tags: ['outbox'], summary: 'Emails stored and sent', querystring: OutboxQuery, response: { 200: OutboxPage, 400: Problem, 401: Problem } } }, async (request) => {
    return listOutbox({ ctx: workspaceContextOf(request), page: request.query });
  });
}
