// Where each page of the site lives, and relative links between them (the site works from file:// and any sub-path).

import type { ClassifiedTypeId } from '../classify/index.js';
import type { ViewDepartment, ViewPower } from '../view/index.js';

export const sitePaths = {
  home: 'index.html',
  bases: 'bases.html',
  officers: 'officers.html',
  legalReview: 'legal-review.html',
  inspections: 'inspections.html',
  statistics: 'statistics.html',
  booklet: 'booklet.html',
  search: 'search.html',
  data: 'data/index.html',
  stylesheet: 'assets/site.css',
  sitemap: 'sitemap.xml',
} as const;

export const departmentPath = (department: Pick<ViewDepartment, 'slug'>): string => `departments/${department.slug}.html`;
export const powerPath = (power: Pick<ViewPower, 'key'>): string => `powers/${power.key}.html`;
export const powerJsonPath = (power: Pick<ViewPower, 'key'>): string => `data/powers/${power.key}.json`;
export const typePath = (type: ClassifiedTypeId): string => `types/${type}.html`;

/**
 * The link from the page at `from` to `to` (both relative to the site root, `to` may carry a #fragment): `../`
 * up to the root, then each segment percent-encoded, so a Chinese or odd file name is a valid URL everywhere.
 */
export function relativeHref(from: string, to: string): string {
  const [path = '', fragment] = to.split('#', 2);
  const depth = from.split('/').length - 1;
  const encoded = path === '' ? '' : '../'.repeat(depth) + path.split('/').map(encodeURIComponent).join('/');
  return fragment === undefined ? encoded : `${encoded}#${encodeURIComponent(fragment)}`;
}
