// One place to start and stop what a spec needs: a fresh built server, Chromium, and a page that records problems.
import type { Browser } from 'playwright-core';
import { ensureWebBuilt } from './web-build.ts';
import { startSanaServer, type SanaServer } from './sana-server.ts';
import { launchBrowser } from './browser.ts';

export type E2eContext = { server: SanaServer; browser: Browser; close(): Promise<void> };

/** `env` reaches the server, e.g. SANA_NOW to pin "today" for follow-up dates. */
export async function startE2e(options: { env?: Record<string, string> } = {}): Promise<E2eContext> {
  ensureWebBuilt();
  const server = await startSanaServer(options.env);
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    server,
    browser,
    async close() {
      await browser.close().catch(() => undefined);
      await server.stop();
    },
  };
}
