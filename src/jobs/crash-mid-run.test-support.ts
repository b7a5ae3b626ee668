// A "server" for the crash test: runs the reminders job and kills itself (SIGKILL, no clean-up) in the middle of it,
// right after the Nth reminder email was written, before that reminder's transaction commits.
// Usage: node --import tsx crash-mid-run.test-support.ts <sqlite|postgres> <path or url> <N> <ISO instant>
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import { createClock } from '../clock.ts';
import { connect } from '../db/connect.ts';
import { createJobRunner } from './runner.ts';
import { sendPaymentRemindersJob } from './send-payment-reminders.ts';

const [kind, location, killAfterText, now] = process.argv.slice(2) as [string, string, string, string];
const killAfter = Number(killAfterText);
let outboxInserts = 0;
const pending = new WeakSet<object>();

const killMidway: KyselyPlugin = {
  transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
    if (node.kind === 'InsertQueryNode' && node.into?.table.identifier.name === 'outbox') pending.add(queryId);
    return node;
  },
  async transformResult({ result, queryId }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (pending.has(queryId)) {
      outboxInserts += 1;
      if (outboxInserts === killAfter) process.kill(process.pid, 'SIGKILL');
    }
    return result;
  },
};

const handle = kind === 'sqlite' ? connect({ kind: 'sqlite', path: location }) : connect({ kind: 'postgres', url: location, poolSize: 2 });
const db = handle.db.withPlugin(killMidway);
await createJobRunner({ db, clock: createClock(now), email: { isSmtpConfigured: true }, publicUrl: 'http://localhost:3000', mailer: undefined, smtpFrom: 'Sana <sana@localhost>' }, [sendPaymentRemindersJob]).runOnce();
await handle.close();
