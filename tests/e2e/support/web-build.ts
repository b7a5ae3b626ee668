// Builds the web app once when dist/web is missing or older than its sources, so specs always test current code.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const builtIndex = path.join(repoRoot, 'dist/web/index.html');
// The web bundle imports these; a change in any of them means the build is stale.
const sources = ['src/web', 'src/i18n', 'src/schemas', 'src/domain', 'src/outputs', 'vite.config.ts'].map((p) => path.join(repoRoot, p));

function newestChange(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestChange(path.join(target, entry)));
  return newest;
}

export function isWebBuildStale(): boolean {
  if (!fs.existsSync(builtIndex)) return true;
  const builtAt = fs.statSync(builtIndex).mtimeMs;
  return sources.some((source) => newestChange(source) > builtAt);
}

export function ensureWebBuilt(): void {
  if (!isWebBuildStale()) return;
  // Vitest sets NODE_ENV=test; passed on, it would make Vite bundle React's development build (and its warnings).
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: repoRoot, stdio: 'inherit', shell: process.platform === 'win32', env: { ...process.env, NODE_ENV: 'production' } });
  if (result.status !== 0) throw new Error(`\`npx vite build\` failed (exit ${result.status}); fix the web build before running e2e tests.`);
}
