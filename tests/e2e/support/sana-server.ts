// Starts the real Sana server (`node bin/sana.js serve`) as a child process on a free port with a fresh data folder.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './web-build.ts';

export type SanaServer = { url: string; dataDir: string; stop(): Promise<void> };

const START_TIMEOUT_MS = 30_000;

function waitForUrl(child: ChildProcess, output: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Sana did not start within ${START_TIMEOUT_MS} ms. Output:\n${output()}`)), START_TIMEOUT_MS);
    const onData = () => {
      const match = /Sana is running at (http:\/\/\S+)/.exec(output());
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Sana exited with code ${code} before it was ready. Output:\n${output()}`));
    });
  });
}

async function waitForHealth(url: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/api/v1/health`);
      if (response.ok) return;
      lastError = new Error(`health answered ${response.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Sana never reported healthy at ${url}/api/v1/health: ${String(lastError)}`);
}

/** Asks the OS for a free port. (PORT=0 would also work, but then the links Sana writes in emails say :0.) */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No free port.'))));
    });
  });
}

export async function startSanaServer(env: Record<string, string> = {}): Promise<SanaServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sana-e2e-'));
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin/sana.js'), 'serve'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SANA_PUBLIC_URL: `http://localhost:${port}`,
      SANA_DATA_DIR: dataDir,
      DATABASE_URL: '',
      SANA_JOBS: 'false',
      SANA_OPEN_BROWSER: 'false',
      SANA_SIGNUP: 'closed',
      SMTP_URL: '',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  let url: string;
  try {
    url = await waitForUrl(child, () => output);
    await waitForHealth(url);
  } catch (error) {
    child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }

  return {
    url,
    dataDir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
