// CPU accounting for the benchmark (Linux /proc): server CPU time per request, and how busy each core was with other work.
// CPU time per request barely moves when something else shares the machine, so it backs up the req/s figures on a noisy host.
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';

export type CoreTimes = { busy: number; steal: number; total: number };
export type CpuSnapshot = { at: number; processTicks: Map<number, number>; cores: Map<number, CoreTimes> };

const isProcAvailable = fs.existsSync('/proc/stat');
const ticksPerSecond = (() => {
  const result = spawnSync('getconf', ['CLK_TCK']);
  const value = Number(result.stdout?.toString().trim());
  return Number.isFinite(value) && value > 0 ? value : 100;
})();

function processTicks(pid: number): number {
  try {
    // Fields after the ")" that ends the command name: state is field 3, utime 14, stime 15 (1-based).
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return Number.NaN;
  }
}

function coreTimes(): Map<number, CoreTimes> {
  const cores = new Map<number, CoreTimes>();
  for (const line of fs.readFileSync('/proc/stat', 'utf8').split('\n')) {
    const match = /^cpu(\d+) (.*)$/.exec(line);
    if (!match) continue;
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = match[2]!.trim().split(/\s+/).map(Number);
    cores.set(Number(match[1]), { busy: user + nice + system + irq + softirq, steal, total: user + nice + system + idle + iowait + irq + softirq + steal });
  }
  return cores;
}

export function snapshot(pids: number[]): CpuSnapshot | undefined {
  if (!isProcAvailable) return undefined;
  return { at: performance.now(), processTicks: new Map(pids.map((pid) => [pid, processTicks(pid)])), cores: coreTimes() };
}

export type CpuUsage = {
  /** CPU seconds used by each watched process during the window. */
  processSeconds: Record<number, number>;
  /** Per core: share of the window spent busy (all processes), and stolen by the hypervisor, in percent. */
  cores: Record<number, { busyPercent: number; stealPercent: number }>;
};

export function usageBetween(before: CpuSnapshot | undefined, after: CpuSnapshot | undefined): CpuUsage | undefined {
  if (!before || !after) return undefined;
  const processSeconds: Record<number, number> = {};
  for (const [pid, ticks] of after.processTicks) processSeconds[pid] = (ticks - (before.processTicks.get(pid) ?? Number.NaN)) / ticksPerSecond;
  const cores: CpuUsage['cores'] = {};
  for (const [core, end] of after.cores) {
    const start = before.cores.get(core);
    if (!start) continue;
    const total = end.total - start.total;
    cores[core] = { busyPercent: total > 0 ? (100 * (end.busy - start.busy)) / total : 0, stealPercent: total > 0 ? (100 * (end.steal - start.steal)) / total : 0 };
  }
  return { processSeconds, cores };
}

/** Waits (up to maxSeconds) for a second in which the machine is nearly idle, so another job's burst does not land in a measurement. */
export async function waitForQuiet({ maxSeconds = 30, busyPercent = 15 }: { maxSeconds?: number; busyPercent?: number } = {}): Promise<{ isQuiet: boolean; waitedSeconds: number; lastBusyPercent: number }> {
  if (!isProcAvailable) return { isQuiet: true, waitedSeconds: 0, lastBusyPercent: 0 };
  const started = performance.now();
  let lastBusy = 0;
  while ((performance.now() - started) / 1000 < maxSeconds) {
    const before = snapshot([]);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const usage = usageBetween(before, snapshot([]))!;
    const values = Object.values(usage.cores);
    lastBusy = Math.max(...values.map((c) => c.busyPercent + c.stealPercent));
    if (lastBusy < busyPercent) return { isQuiet: true, waitedSeconds: (performance.now() - started) / 1000, lastBusyPercent: lastBusy };
  }
  return { isQuiet: false, waitedSeconds: (performance.now() - started) / 1000, lastBusyPercent: lastBusy };
}

/** Waits until a process stops using CPU (e.g. the server finishing requests queued by a warm-up), at most maxSeconds. */
export async function waitForIdleProcess(pid: number, maxSeconds = 10): Promise<void> {
  if (!isProcAvailable) return;
  const started = performance.now();
  let last = processTicks(pid);
  while ((performance.now() - started) / 1000 < maxSeconds) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = processTicks(pid);
    if (!Number.isFinite(now) || now - last <= 1) return;
    last = now;
  }
}
