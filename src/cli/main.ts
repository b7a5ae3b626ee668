// The `sana` command line: serve, migrate, demo, export/import, backup, tokens, jobs.
import { Command } from 'commander';
import { ConfigError } from '../config.ts';
import { version } from '../version.ts';
import { registerServeCommands } from './commands/serve.ts';
import { registerTokenCommands } from './commands/token.ts';
import { registerJobCommands } from './commands/jobs.ts';
import { registerDataCommands } from './commands/data.ts';

const program = new Command('sana')
  .description('Sana: healthy client relationships for freelancers.')
  .version(version)
  .showHelpAfterError('(run with --help to see the options)');

registerServeCommands(program);
registerDataCommands(program);
registerTokenCommands(program);
registerJobCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78);
  }
  console.error(error instanceof Error ? `sana: ${error.message}` : error);
  process.exit(1);
}
