// `sana jobs run`: runs every due job once (for cron, or to check what the server would do).
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { openRuntime } from '../../runtime.ts';
import { createJobRunner } from '../../jobs/runner.ts';
import { jobs } from '../../jobs/registry.ts';
import { createClock } from '../../clock.ts';

export function registerJobCommands(program: Command): void {
  const jobsCommand = program.command('jobs').description('Scheduled jobs.');
  jobsCommand
    .command('run')
    .description('Run every job once now; safe while servers run (a job held by another server is skipped).')
    .option('--json', 'print the report as JSON')
    .option('--now <iso>', 'run as if it were this moment (ISO 8601, e.g. 2027-03-10T08:00:00Z); same as SANA_NOW')
    .action(async (options: { json?: boolean; now?: string }) => {
      // Checked before opening anything, so a typo changes nothing.
      let clock;
      try {
        clock = options.now ? createClock(options.now) : undefined;
      } catch {
        console.error(`--now ${options.now}: use an ISO 8601 instant with an offset, such as 2027-03-10T08:00:00Z.`);
        process.exitCode = 2;
        return;
      }
      const runtime = await openRuntime(loadConfig());
      try {
        const context = clock ? { ...runtime.jobContext, clock } : runtime.jobContext;
        const reports = await createJobRunner(context, jobs, (error, job) => console.error(`job ${job} failed:`, error)).runOnce();
        if (options.json) console.log(JSON.stringify(reports));
        else for (const r of reports) console.log(`${r.job}: ${r.status}${r.result ? ` (${r.result.done} done, ${r.result.failed} failed)` : ''}${r.error ? ` — ${r.error}` : ''}`);
        if (reports.some((r) => r.status === 'failed')) process.exitCode = 1;
      } finally {
        await runtime.close();
      }
    });
}
