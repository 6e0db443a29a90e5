// Temporary files and folders a write has in flight, removed if the run is stopped by Ctrl-C (SIGINT) or SIGTERM.
// SIGKILL cannot be caught: temporaries are named `<dest>.<pid>.tmp` / `<dir>.quanze-new-<pid>` so they are
// recognisable and a later run to the same destination replaces them.

import { rmSync } from 'node:fs';

const live = new Set<string>();

function removeAndExit(signal: NodeJS.Signals): void {
  for (const path of live) {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      // nothing more can be done on the way out
    }
  }
  live.clear();
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

/** Removes `path` if the process is interrupted before `release(path)`; the handlers exist only meanwhile. */
export function hold(path: string): void {
  if (live.size === 0) {
    process.on('SIGINT', removeAndExit);
    process.on('SIGTERM', removeAndExit);
  }
  live.add(path);
}

export function release(path: string): void {
  if (!live.delete(path) || live.size > 0) return;
  process.off('SIGINT', removeAndExit);
  process.off('SIGTERM', removeAndExit);
}
