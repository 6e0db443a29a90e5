// Runs the built CLI (bin/quanze.js) as a child process, as a user or CI would, with its peak memory and CPU time.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/quanze.js', import.meta.url));
const measure = fileURLToPath(new URL('./measure.mjs', import.meta.url));

export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly wallSeconds: number;
  /** Peak resident set size of the child, in MB. */
  readonly peakMb: number;
  readonly cpuSeconds: number;
}

export interface RunOptions {
  readonly cwd: string;
  readonly timeoutMs?: number;
  /** Called with the child's pid once it runs (to signal it). */
  readonly onSpawn?: (pid: number) => void;
}

export function runCli(args: readonly string[], options: RunOptions): Promise<CliRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'quanze-measure-'));
  const file = join(scratch, 'usage.json');
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', measure, bin, ...args], {
      cwd: options.cwd,
      env: { ...process.env, QUANZE_MEASURE_FILE: file, LANG: 'C', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 120_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    if (child.pid !== undefined) options.onSpawn?.(child.pid);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      let usage = { maxRssKb: 0, cpuSeconds: 0 };
      try {
        usage = JSON.parse(readFileSync(file, 'utf8')) as typeof usage;
      } catch {
        // killed before its exit handler ran
      }
      rmSync(scratch, { recursive: true, force: true });
      resolve({
        code, signal, stdout, stderr,
        wallSeconds: Number(process.hrtime.bigint() - started) / 1e9,
        peakMb: usage.maxRssKb / 1024,
        cpuSeconds: usage.cpuSeconds,
      });
    });
  });
}
