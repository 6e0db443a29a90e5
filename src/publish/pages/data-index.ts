// data/index.html: what each downloadable file is, for people and for the portal's open-data listing.

import { html } from '../../markup/html.js';
import type { OutputFile } from '../../output/output-file.js';
import { tableLabels } from '../../model/tables.js';
import type { PublicationView } from '../../view/index.js';
import { scrollTable } from '../fragments.js';
import { sectionPage, type SiteFrame } from '../layout.js';
import { relativeHref, sitePaths } from '../paths.js';

export function dataIndexPage(site: SiteFrame, view: PublicationView): OutputFile {
  const path = sitePaths.data;
  const link = (to: string, label: string) => html`<a href="${relativeHref(path, to)}">${label}</a>`;
  const csv = (['bases', 'powers', 'posts', 'officers', 'steps'] as const).map((table) => {
    const name = tableLabels[table].zh;
    return [link(`data/csv/${name}.csv`, `csv/${name}.csv`), `${name}表，UTF-8（带 BOM，Excel 可直接打开），列与 quanze init 模板相同，末列为所属部门`];
  });
  const rows = [
    [link('data/inventory.json', 'inventory.json'), '全部清单（部门、执法事项及其依据、岗位、流程、执法人员公示字段、执法依据目录），JSON'],
    [link('data/inventory.xlsx', 'inventory.xlsx'), '全部清单，Excel 工作簿，每表一个工作表，列与模板相同'],
    ...csv,
    ['powers/<部门>/<事项编码>.json', `每个执法事项一个 JSON 文件（共 ${view.powers.length} 个），与事项页面同名，如事项页 powers/部门/编码.html 对应 data/powers/部门/编码.json`],
  ];
  return sectionPage(site, path, '数据下载', html`<p class="lead">本站公示的全部内容均可下载。执法人员只公开姓名、执法单位、岗位、执法证件编号、执法类别和有效期。</p>${scrollTable('数据文件', ['文件', '内容'], rows)}`);
}
