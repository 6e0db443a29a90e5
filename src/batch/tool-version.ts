// The package version, read once from package.json at the package root: outcome files record it, merge compares it.

import { readFileSync } from 'node:fs';

export const toolVersion: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
