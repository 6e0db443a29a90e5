// Progress on a terminal (ora on stderr); silent when stderr is not a TTY or output is for machines.

import ora, { type Ora } from 'ora';

export interface Progress {
  update(text: string): void;
  stop(): void;
}

const silent: Progress = { update: () => undefined, stop: () => undefined };

export function createProgress(enabled: boolean): Progress {
  if (!enabled) return silent;
  let spinner: Ora | undefined;
  return {
    update(text) {
      spinner ??= ora({ stream: process.stderr, discardStdin: false }).start();
      spinner.text = text;
    },
    stop() {
      spinner?.stop();
      spinner = undefined;
    },
  };
}
