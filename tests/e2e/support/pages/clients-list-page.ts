// Page object for the client list: search, filters, rows (or phone cards) and the empty state.
import type { Page } from 'playwright-core';
import { label, text, type Lang } from '../catalog.ts';

export class ClientsListPage {
  constructor(
    readonly page: Page,
    public lang: Lang = 'en',
  ) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: text(this.lang, 'clients.title') });
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/clients`);
    await this.heading().waitFor();
  }

  emptyState() {
    return this.page.getByRole('heading', { name: text(this.lang, 'clients.emptyTitle') });
  }

  addClientLink() {
    return this.page.getByRole('link', { name: text(this.lang, 'clients.add') });
  }

  clientLink(name: string) {
    return this.page.getByRole('link', { name, exact: true });
  }

  searchBox() {
    return this.page.getByRole('searchbox', { name: text(this.lang, 'clients.search') });
  }

  async search(query: string): Promise<void> {
    await this.searchBox().fill(query);
  }

  async filterStage(stageLabel: string): Promise<void> {
    await this.page.getByLabel(label(this.lang, 'clients.stageFilter')).selectOption({ label: stageLabel });
  }

  /** Waits until the list has settled and shows `from–to of total`. */
  async waitForCount(from: number, to: number, total: number): Promise<void> {
    await this.page.getByText(text(this.lang, 'common.showing', { from, to, total })).waitFor();
  }
}
