// Keyboard only: log in, add a client, log an event and archive, never touching the mouse, always seeing the focus.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2e, type E2eContext } from './support/e2e-context.ts';
import { openPage, type TrackedPage } from './support/browser.ts';
import { defaultOwner, setUpThroughApi } from './support/api-session.ts';
import { isFocused, tabTo } from './support/keyboard.ts';
import { focusedElementDescription, hasVisibleFocus } from './support/focus.ts';
import { ClientPage } from './support/pages/client-page.ts';

describe('using Sana with the keyboard alone', () => {
  let e2e: E2eContext;
  let tab: TrackedPage;

  beforeAll(async () => {
    e2e = await startE2e();
    await setUpThroughApi(e2e.server.url);
    tab = await openPage(e2e.browser);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  async function expectVisibleFocus() {
    expect(await hasVisibleFocus(tab.page), `focus should be visible on ${await focusedElementDescription(tab.page)}`).toBe(true);
  }

  it('logs in, starting from the skip link', async () => {
    const { page } = tab;
    await page.goto(`${e2e.server.url}/clients`);
    await page.getByRole('heading', { level: 1, name: 'Log in to Sana' }).waitFor();
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Skip to main content' });
    expect(await isFocused(skipLink)).toBe(true);
    expect(await skipLink.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await isFocused(page.getByRole('main'))).toBe(true);

    await tabTo(page, page.getByLabel('Email'));
    await expectVisibleFocus();
    await page.keyboard.type(defaultOwner.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(defaultOwner.password);
    await page.keyboard.press('Enter');
    // Back on the page that asked for the login.
    await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
  });

  it('creates a client using only the keyboard', async () => {
    const { page } = tab;
    await tabTo(page, page.getByRole('link', { name: 'Add client' }));
    await expectVisibleFocus();
    await page.keyboard.press('Enter');

    const heading = page.getByRole('heading', { level: 1, name: 'Add a client' });
    await heading.waitFor();
    // The new page's heading takes focus, so a screen reader announces it.
    expect(await isFocused(heading)).toBe(true);

    const who = page.getByRole('group', { name: 'Who they are' });
    await tabTo(page, who.getByLabel(/^Name/));
    await expectVisibleFocus();
    await page.keyboard.type('Keyboard Kim');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Tabstop Studio');

    const contact = page.getByRole('group', { name: 'Contact 1' });
    await tabTo(page, contact.getByLabel('Email'));
    await page.keyboard.type('kim@tabstop.example');

    const stage = page.getByLabel('Stage', { exact: true });
    await tabTo(page, stage);
    await expectVisibleFocus();
    // Type-ahead on a closed select picks the option, as people do with the keyboard.
    await page.keyboard.type('Active');
    expect(await stage.inputValue()).toBe('active');

    const confidential = page.getByLabel('Keep these notes confidential');
    await tabTo(page, confidential);
    await page.keyboard.press('Space');
    expect(await confidential.isChecked()).toBe(true);

    await tabTo(page, page.getByRole('button', { name: 'Add client' }));
    await expectVisibleFocus();
    await page.keyboard.press('Enter');

    const client = new ClientPage(page);
    await client.heading('Keyboard Kim').waitFor();
    expect(await isFocused(client.heading('Keyboard Kim'))).toBe(true);
    await client.timelineEntry('Client added as Active').waitFor();
    await page.getByRole('link', { name: 'kim@tabstop.example' }).waitFor();
  });

  it('logs an event from the keyboard with Ctrl+Enter and is ready for the next one', async () => {
    const { page } = tab;
    const client = new ClientPage(page);
    const summary = client.logForm().getByLabel('Summary', { exact: true });
    await tabTo(page, summary);
    await expectVisibleFocus();
    await page.keyboard.type('Agreed on a two-week trial.');
    await page.keyboard.press('Control+Enter');
    await client.timelineEntry('Agreed on a two-week trial.').waitFor();
    expect(await isFocused(summary)).toBe(true);
    expect(await summary.inputValue()).toBe('');
  });

  it('opens the archive dialog, closes it with Escape, then archives and lands on Restore', async () => {
    const { page } = tab;
    const archive = page.getByRole('button', { name: 'Archive', exact: true });
    await tabTo(page, archive, { backwards: true });
    await expectVisibleFocus();
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: 'Archive Keyboard Kim?' });
    await dialog.waitFor();
    // The safe choice has focus first, and Escape closes the dialog back to the button that opened it.
    expect(await isFocused(dialog.getByRole('button', { name: 'Cancel' }))).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await isFocused(archive)).toBe(true);

    await page.keyboard.press('Enter');
    await dialog.waitFor();
    // Focus stays trapped in the dialog: Tab moves from Cancel to the confirm button, not to the page behind.
    await page.keyboard.press('Tab');
    expect(await isFocused(dialog.getByRole('button', { name: 'Archive client' }))).toBe(true);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });

    const restore = page.getByRole('button', { name: 'Restore client' });
    await restore.waitFor();
    expect(await isFocused(restore)).toBe(true);
    await page.getByText('This client is archived').waitFor();
    await new ClientPage(page).timelineEntry('Client archived').waitFor();
  });

  it('saw no console errors, uncaught exceptions or CSP refusals', () => {
    expect(tab.problems).toEqual([]);
  });
});
