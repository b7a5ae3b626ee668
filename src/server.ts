// Composition root: config → database → app → jobs → listen. `sana serve` and `npm start` end up here.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from './config.ts';
import { openRuntime, type Runtime } from './runtime.ts';
import { buildApp } from './http/app.ts';
import { createJobRunner, type JobRunner } from './jobs/runner.ts';
import { jobs } from './jobs/registry.ts';

export const defaultWebDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/web');

export type RunningServer = { app: FastifyInstance; runtime: Runtime; runner: JobRunner | undefined; url: string; stop(): Promise<void> };

export async function startServer(config: Config = loadConfig(), { webDir = defaultWebDir }: { webDir?: string } = {}): Promise<RunningServer> {
  const runtime = await openRuntime(config);
  const app = await buildApp({
    deps: runtime.deps,
    databaseKind: runtime.database.kind,
    isSignupOpen: config.SANA_SIGNUP === 'open',
    sessionDays: config.SANA_SESSION_DAYS,
    isSecureCookies: config.isSecureCookies,
    trustProxy: config.SANA_TRUST_PROXY,
    webDir,
    logLevel: config.LOG_LEVEL,
  });
  const runner = config.SANA_JOBS ? createJobRunner(runtime.jobContext, jobs, (error, job) => app.log.error({ err: error, job }, 'job failed')) : undefined;
  const address = await app.listen({ port: config.PORT, host: config.HOST });
  runner?.start(config.SANA_JOBS_INTERVAL_SECONDS * 1000);
  const port = new URL(address).port;
  const url = `http://${['0.0.0.0', '127.0.0.1', '::', 'localhost'].includes(config.HOST) ? 'localhost' : config.HOST}:${port}`;
  // With PORT=0 the real port is known only now; links in emails must point at it.
  if (!config.SANA_PUBLIC_URL) runtime.deps.publicUrl = runtime.jobContext.publicUrl = url;
  let isStopped = false;
  return {
    app,
    runtime,
    runner,
    url,
    async stop() {
      if (isStopped) return;
      isStopped = true;
      await runner?.stop();
      await app.close();
      await runtime.close();
    },
  };
}
