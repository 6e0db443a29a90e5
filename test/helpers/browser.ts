// Headless Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core (no browser download).

import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian's chromium package puts the browser; QUANZE_CHROMIUM overrides it. */
export const chromiumPath = process.env.QUANZE_CHROMIUM ?? '/usr/bin/chromium';

/** Flags that keep Chromium off the (closed) network and working as root in a container. */
const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/**
 * Whether browser tests can run. Under CI=true a missing browser is a failure, never a skip:
 * `describe.skipIf(!browserAvailable())` is only reached outside CI.
 */
export function browserAvailable(): boolean {
  const present = existsSync(chromiumPath);
  if (!present && process.env.CI === 'true') {
    throw new Error(`CI=true but no Chromium at ${chromiumPath}: install it with "apt-get install -y chromium fonts-noto-cjk"`);
  }
  return present;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: launchArgs });
}
