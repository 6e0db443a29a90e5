// sitemap.xml for portals that give a --base-url: every HTML page, absolute URLs, no dates (same input, same bytes).

import { escapeMarkup } from '../markup/html.js';
import type { OutputFile } from '../output/output-file.js';
import { sitePaths } from './paths.js';

export function sitemap(baseUrl: string, pages: readonly string[]): OutputFile {
  const urls = pages.map((path) => `<url><loc>${escapeMarkup(baseUrl + path.split('/').map(encodeURIComponent).join('/'))}</loc></url>`);
  return {
    path: sitePaths.sitemap,
    contents: `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
  };
}
