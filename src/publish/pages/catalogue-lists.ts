// 重大执法决定法制审核目录 and 随机抽查事项清单 (both required by 国办发〔2018〕118号 / 双随机、一公开).

import { html, type Interpolation } from '../../markup/html.js';
import type { OutputFile } from '../../output/output-file.js';
import type { PublicationView, ViewPower } from '../../view/index.js';
import { powerLink, scrollTable } from '../fragments.js';
import { sectionPage, type SiteFrame } from '../layout.js';
import { sitePaths } from '../paths.js';

/** Bases named in full without articles, as 随机抽查事项清单 fill-in rules ask (DOMAIN.md §2.6). */
const basisTitles = (power: ViewPower): string => [...new Set(power.citations.map((c) => c.title))].join('、') || power.basisText;

function listPage(site: SiteFrame, view: PublicationView, spec: {
  path: string; title: string; lead: string; select: (power: ViewPower) => boolean; head: readonly string[];
  row: (path: string, power: ViewPower) => readonly Interpolation[];
}): OutputFile {
  const sections = view.departments.flatMap((department, i) => {
    const powers = department.powers.filter(spec.select);
    if (powers.length === 0) return [];
    return [html`<section aria-labelledby="l-${i}"><h2 id="l-${i}">${department.name}（${powers.length}项）</h2>${scrollTable(
      `${department.name}${spec.title}`, ['序号', ...spec.head], powers.map((power, n) => [String(n + 1), ...spec.row(spec.path, power)]),
    )}</section>`];
  });
  const count = view.powers.filter(spec.select).length;
  return sectionPage(site, spec.path, spec.title, html`<p class="lead">${spec.lead}共 ${count} 项。</p>${sections.length === 0 ? html`<p>清单中没有此类事项。</p>` : sections}`);
}

export function legalReviewPage(site: SiteFrame, view: PublicationView): OutputFile {
  return listPage(site, view, {
    path: sitePaths.legalReview,
    title: '重大执法决定法制审核目录',
    lead: '作出下列执法决定前，须经本机关法制审核机构审核；未经审核或者审核未通过的，不得作出决定。',
    select: (power) => power.legalReview === true,
    head: ['执法类别', '审核事项', '事项编码', '承办机构'],
    row: (path, power) => [power.type.label, powerLink(path, power), power.code, power.unit],
  });
}

export function inspectionsPage(site: SiteFrame, view: PublicationView): OutputFile {
  return listPage(site, view, {
    path: sitePaths.inspections,
    title: '随机抽查事项清单',
    lead: '“双随机、一公开”监管的检查事项及其依据。',
    select: (power) => power.type.id === 'inspection',
    head: ['抽查事项', '抽查依据', '抽查主体', '承办机构'],
    row: (path, power) => [powerLink(path, power), basisTitles(power), power.authority, power.unit],
  });
}
