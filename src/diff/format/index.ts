// The formatters `quanze diff --format` offers; this registry is the CLI's set of choices.

import { htmlPage } from './html.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { text } from './text.js';
import type { DiffFormatter } from './types.js';
import { xlsx } from './xlsx.js';

export const diffFormatters = { text, json, markdown, html: htmlPage, xlsx } satisfies Record<string, DiffFormatter>;

export type DiffFormat = keyof typeof diffFormatters;

/** Formats whose output is bytes for a file, not text for a terminal. */
export const binaryDiffFormats: ReadonlySet<DiffFormat> = new Set(['xlsx']);

export type { DiffFormatContext, DiffFormatter } from './types.js';
export { reasonWords, kindLabels, powerName } from './words.js';
