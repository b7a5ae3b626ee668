// `sana token create NAME` and `sana token list`: API tokens for scripts and integrations.
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { openRuntime } from '../../runtime.ts';
import { createApiToken, listApiTokens } from '../../use-cases/manage-api-tokens.ts';
import { resolveWorkspaceId } from '../workspace.ts';

export function registerTokenCommands(program: Command): void {
  const token = program.command('token').description('Manage API tokens.');

  token
    .command('create')
    .description('Create an API token; it is printed once, use it as Authorization: Bearer <token>.')
    .argument('<name>', 'what the token is for, e.g. "zapier"')
    .option('--workspace <id>', 'workspace id (needed only when the database holds several)')
    .option('--json', 'print {id, name, token} as JSON')
    .action(async (name: string, options: { workspace?: string; json?: boolean }) => {
      const runtime = await openRuntime(loadConfig());
      try {
        const workspaceId = await resolveWorkspaceId(runtime.deps.db, options.workspace);
        const created = await createApiToken({ ctx: { ...runtime.deps, workspaceId, userId: null }, name });
        if (options.json) console.log(JSON.stringify(created));
        else console.log(`Token "${created.name}" created. Keep it secret; it is shown only now:\n${created.token}`);
      } finally {
        await runtime.close();
      }
    });

  token
    .command('list')
    .description('List API tokens (names and last use, never the secrets).')
    .option('--workspace <id>', 'workspace id (needed only when the database holds several)')
    .option('--json', 'print as JSON')
    .action(async (options: { workspace?: string; json?: boolean }) => {
      const runtime = await openRuntime(loadConfig());
      try {
        const workspaceId = await resolveWorkspaceId(runtime.deps.db, options.workspace);
        const tokens = await listApiTokens({ ctx: { ...runtime.deps, workspaceId, userId: null } });
        if (options.json) console.log(JSON.stringify(tokens));
        else if (tokens.length === 0) console.log('No API tokens yet. Create one with: sana token create NAME');
        else for (const t of tokens) console.log(`${t.id}  ${t.name}  created ${t.createdAt}  last used ${t.lastUsedAt ?? 'never'}`);
      } finally {
        await runtime.close();
      }
    });
}
