// `sana serve` and `sana migrate`.
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { openRuntime } from '../../runtime.ts';
import { migrateToLatest } from '../../db/connect.ts';
import { openBrowser } from '../open-browser.ts';

export function registerServeCommands(program: Command): void {
  program
    .command('serve')
    .description('Start the web server (migrates the database first). Settings come from environment variables: see the README.')
    .option('--port <port>', 'port to listen on (overrides PORT)')
    .action(async (options: { port?: string }) => {
      const config = loadConfig(options.port ? { ...process.env, PORT: options.port } : process.env);
      // Loaded here so other commands (and --help) do not pay for the whole web stack.
      const { startServer } = await import('../../server.ts');
      const server = await startServer(config);
      console.log(`Sana is running at ${server.url} (database: ${server.runtime.database.kind}). Press Ctrl+C to stop.`);
      if (config.SANA_OPEN_BROWSER) openBrowser(server.url);
      const shutdown = async () => {
        await server.stop();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    });

  program
    .command('migrate')
    .description('Bring the database schema up to date (the server also does this on start).')
    .option('--json', 'print the result as JSON')
    .action(async (options: { json?: boolean }) => {
      const runtime = await openRuntime(loadConfig(), { migrate: false });
      try {
        const applied = await migrateToLatest(runtime.database.db);
        if (options.json) console.log(JSON.stringify({ applied }));
        else console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'The database is up to date.');
      } finally {
        await runtime.close();
      }
    });
}
