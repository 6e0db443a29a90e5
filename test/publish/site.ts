// Publishes fixtures in memory for the site tests: each inventory checked once, as `quanze publish` does.

import { checkInventory } from '../../src/api.js';
import { defaultSettings } from '../../src/config/settings.js';
import type { OutputFile } from '../../src/output/output-file.js';
import { publishSite, type PublishOptions } from '../../src/publish/index.js';

export const root = new URL('../../', import.meta.url).pathname;
export const sample = 'samples/city-ecology-bureau.xlsx';
export const hostile = 'test/fixtures/publish/hostile';

export async function checked(...sources: string[]) {
  return Promise.all(sources.map((source) => checkInventory(source, { cwd: root, settings: defaultSettings(new Date('2026-06-01T00:00:00Z')) })));
}

export async function publish(sources: readonly string[], options: PublishOptions = {}): Promise<Map<string, OutputFile['contents']>> {
  const files = await publishSite(await checked(...sources), options);
  return new Map(files.map((file) => [file.path, file.contents]));
}

export const text = (contents: OutputFile['contents'] | undefined): string =>
  contents === undefined ? '' : typeof contents === 'string' ? contents : new TextDecoder().decode(contents);
