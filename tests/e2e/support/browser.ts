// Launches the system Chromium through playwright-core (never a downloaded browser) and opens pages that record errors.
import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM_PATH = '/usr/bin/chromium';

export const desktop = { width: 1280, height: 800 };
export const phone = { width: 375, height: 812 };

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error('install chromium: apt-get install -y chromium');
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export type TrackedPage = {
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught exceptions and CSP refusals seen so far; a healthy page has none. */
  problems: string[];
};

type PageOptions = { viewport?: { width: number; height: number }; locale?: string; timezoneId?: string; isMobile?: boolean };

export async function openPage(browser: Browser, options: PageOptions = {}): Promise<TrackedPage> {
  const isPhone = options.isMobile ?? (options.viewport?.width ?? desktop.width) < 500;
  const context = await browser.newContext({
    viewport: options.viewport ?? desktop,
    locale: options.locale ?? 'en-US',
    timezoneId: options.timezoneId ?? 'Europe/Madrid',
    isMobile: isPhone,
    hasTouch: isPhone,
    deviceScaleFactor: 1,
  });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // A 401 from GET /session is how the app learns nobody is logged in; Chromium logs it as a failed resource.
    if (message.type() === 'error' && !/status of 401/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { context, page, problems };
}
