// --embed: each page's content as an HTML fragment for a CMS that supplies the page frame, with a scoped stylesheet.

import type { OutputFile } from '../output/output-file.js';
import { contentCss } from './styles.js';

export const embedStylesheet = 'embed/quanze-embed.css';

/**
 * The <main> of a page as `embed/<same path>`, wrapped in `<div class="qz">`. Links stay relative to the page's
 * own path, so the fragments work when the CMS publishes them at the same paths (see the README).
 */
export function embedFragment(page: OutputFile): OutputFile[] {
  if (typeof page.contents !== 'string') return [];
  const start = page.contents.indexOf('<main id="content" class="site-main qz">');
  const end = page.contents.lastIndexOf('</main>');
  if (start < 0 || end < 0) return [];
  const inner = page.contents.slice(page.contents.indexOf('>', start) + 1, end).trim();
  return [{ path: `embed/${page.path}`, contents: `<div class="qz">\n${inner}\n</div>\n` }];
}

/** The fragments' scoped stylesheet. */
export const embedStylesheetFile = (): OutputFile => ({ path: embedStylesheet, contents: `${contentCss.trim()}\n` });
