// A page per act type: its powers across all departments, grouped by department.

import { html } from '../../markup/html.js';
import type { OutputFile } from '../../output/output-file.js';
import type { PublicationView } from '../../view/index.js';
import { powerList } from '../fragments.js';
import { renderPage, type SiteFrame } from '../layout.js';
import { typePath } from '../paths.js';
import { groupByType } from './group-by-type.js';

export function typePages(site: SiteFrame, view: PublicationView): OutputFile[] {
  return groupByType(view.powers).map((group) => {
    const path = typePath(group.id);
    const sections = view.departments.flatMap((department, i) => {
      const powers = group.powers.filter((power) => power.departmentKey === department.key);
      if (powers.length === 0) return [];
      return [html`<section aria-labelledby="d-${i}"><h2 id="d-${i}">${department.name}（${powers.length}项）</h2>${powerList(path, powers)}</section>`];
    });
    return {
      path,
      contents: renderPage(site, {
        path,
        title: group.label,
        crumbs: [{ label: group.label }],
        body: html`<h1>${group.label}</h1><p class="lead">共 ${group.powers.length} 项。</p>${sections}`,
      }),
    };
  });
}
