// `npm start`: builds the web app when its sources changed since the last build, then serves Sana.
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = path.join(root, 'dist/web/index.html');

function newestChange(dir) {
  if (fs.statSync(dir).isFile()) return fs.statSync(dir).mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

// Everything the web bundle imports: outputs too, since Settings previews the late-fee letter with the email's own text.
const webSources = ['src/web', 'src/i18n', 'src/schemas', 'src/domain', 'src/outputs', 'vite.config.ts'].map((p) => path.join(root, p));
const isStale = !fs.existsSync(builtIndex) || Math.max(...webSources.map(newestChange)) > fs.statSync(builtIndex).mtimeMs;
if (isStale) {
  console.log('Building the web app (first start, or its sources changed)…');
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Open the browser only for a person at a terminal, never in CI or under a process manager.
const isInteractive = process.stdout.isTTY && !process.env.CI;
const env = { ...process.env, ...(isInteractive && process.env.SANA_OPEN_BROWSER === undefined && { SANA_OPEN_BROWSER: 'true' }) };
const server = spawn(process.execPath, [path.join(root, 'bin/sana.js'), 'serve'], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
