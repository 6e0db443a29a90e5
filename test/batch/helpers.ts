// Test helpers for the batch: generated department workbooks, and a build of dist/ for the worker-thread path.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const distBatch = join(root, 'dist', 'batch', 'index.js');

/**
 * Generates `departments` small workbooks (seeded) in a fresh temporary folder, plus one corrupt workbook at
 * position `corruptAt`, and returns the folder.
 */
export function generateBatch(departments: number, powers: number, corruptAt: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'quanze-batch-'));
  execFileSync(process.execPath, [
    join(root, 'scripts', 'generate-inventories.mjs'),
    '--departments', String(departments), '--powers', String(powers), '--format', 'xlsx', '--seed', '3', '--out', dir,
  ]);
  // Sorts between the generated NNN- names; its content is not a workbook.
  writeFileSync(join(dir, `${String(corruptAt).padStart(3, '0')}-corrupt.xlsx`), 'this is not a workbook\n');
  return dir;
}

/**
 * Builds dist/ so the worker script exists. Another engineer's unfinished work may not type-check; tsc still
 * emits JavaScript then, so only a missing worker script fails the tests.
 */
export function buildDist(): void {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
  if (!existsSync(join(root, 'dist', 'batch', 'worker.js'))) {
    throw new Error(`npm run build did not produce dist/batch/worker.js:\n${result.stdout}${result.stderr}`);
  }
}
