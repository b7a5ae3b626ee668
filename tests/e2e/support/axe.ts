// Runs axe-core in the page and fails with a readable list of every violation (rule, impact, where, how to fix).
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './web-build.ts';

type AxeNode = { target: string[]; failureSummary?: string; html: string };
type AxeViolation = { id: string; impact: string | null; help: string; helpUrl: string; nodes: AxeNode[] };

let axeSource: string | undefined;

export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  axeSource ??= fs.readFileSync(path.join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
  // The CSP forbids inline <script>, so axe is evaluated through the DevTools protocol, which the CSP does not govern.
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(`${axeSource}\n;window.axe = axe;`);
  // Animations settle first, so colour-contrast reads the final colours.
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))));
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  })) as AxeViolation[];
  if (violations.length === 0) return;
  const report = violations
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 5)
        .map((node) => `    at ${node.target.join(' ')}\n      ${node.html.slice(0, 160)}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `- [${violation.impact ?? 'n/a'}] ${violation.id}: ${violation.help} (${violation.nodes.length} element(s))\n    ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n');
  throw new Error(`axe found ${violations.length} accessibility violation(s) on ${label}:\n${report}`);
}
