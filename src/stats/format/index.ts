// The formatters `quanze stats --format` offers; this registry is the CLI's set of choices.

import { csv } from './csv.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { table } from './table.js';
import type { StatsFormatter } from './types.js';
import { xlsx } from './xlsx.js';

export const statsFormatters = { table, csv, json, xlsx, markdown } satisfies Record<string, StatsFormatter>;

export type StatsFormat = keyof typeof statsFormatters;

export const isStatsFormat = (name: string): name is StatsFormat => Object.hasOwn(statsFormatters, name);

/** Formats whose output is bytes for a file, not text for a terminal. */
export const binaryStatsFormats: ReadonlySet<StatsFormat> = new Set(['xlsx']);

export { statsViews, summaryLine, viewTables, type StatsView, type StatsTable } from './views.js';
export type { StatsFormatContext, StatsFormatter } from './types.js';
