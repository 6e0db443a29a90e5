// search.html: the search panel over an index built from the view at publish time (works from file:// and over HTTP).

import { html } from '../../markup/html.js';
import type { OutputFile } from '../../output/output-file.js';
import type { PublicationView } from '../../view/index.js';
import { powerTitle } from '../fragments.js';
import { sectionPage, type SiteFrame } from '../layout.js';
import { powerPath, sitePaths } from '../paths.js';
import { groupByType } from './group-by-type.js';
import { buildSearchAssets, renderSearchPanel, type SearchDocument } from '../search/index.js';

/**
 * One search document per power, in site order. The department filter lists the site's departments (the pages a
 * power is filed under); the text adds what a reader may search by besides the name: 子项, 实施主体, 承办机构 and
 * the titles of the norms cited (the basis text itself when nothing in it reads as a citation).
 */
export function searchDocuments(view: PublicationView): SearchDocument[] {
  const departments = new Map(view.departments.map((department) => [department.key, department.name]));
  return view.powers.map((power) => {
    const cited = power.citations.length === 0 ? [power.basisText] : [...new Set(power.citations.map((c) => c.title))];
    return {
      id: power.key,
      url: powerPath(power),
      name: powerTitle(power),
      code: power.code,
      department: departments.get(power.departmentKey) ?? power.authority,
      actType: power.type.label,
      text: [power.subItem, power.authority, power.unit, ...cited].filter((part) => part !== undefined && part !== '').join(' '),
    };
  });
}

/** The search page and the files it loads (search/index.js with the index, MiniSearch and quanze's two scripts). */
export function searchFiles(site: SiteFrame, view: PublicationView): { readonly page: OutputFile; readonly assets: readonly OutputFile[] } {
  const docs = searchDocuments(view);
  const panel = renderSearchPanel({
    departments: [...new Set(view.departments.map((department) => department.name))],
    actTypes: [...new Set(groupByType(view.powers).map((group) => group.label))],
  });
  const page = sectionPage(site, sitePaths.search, '搜索', html`<p class="lead">按名称、编码或关键词查找全部 ${view.powers.length} 项执法事项，可按部门、事项类型筛选。</p>${panel}`);
  return { page, assets: buildSearchAssets(docs) };
}
