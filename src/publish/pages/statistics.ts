// Statistics: powers by department × act type and bases by level, as tables and as SVG bar charts.

import { html } from '../../markup/html.js';
import type { OutputFile } from '../../output/output-file.js';
import type { PublicationView } from '../../view/index.js';
import { barChart } from '../bar-chart.js';
import { scrollTable } from '../fragments.js';
import { sectionPage, type SiteFrame } from '../layout.js';
import { sitePaths } from '../paths.js';

export function statisticsPage(site: SiteFrame, view: PublicationView): OutputFile {
  const path = sitePaths.statistics;
  const stats = view.stats;
  const numeric = stats.types.map((_, i) => i + 1).concat(stats.types.length + 1);
  const matrix = scrollTable(
    '各部门各类执法事项数量',
    ['部门', ...stats.types.map((t) => t.label), '合计'],
    [
      ...stats.departments.map((row) => [row.department, ...row.counts, row.total]),
      ['合计', ...stats.typeTotals, stats.total],
    ],
    numeric,
  );
  const levels = scrollTable('各效力级别执法依据数量', ['效力级别', '数量'], [...stats.basesByLevel.map((l) => [l.label, l.count]), ['合计', view.bases.length]], [1]);
  const byType = barChart('chart-types', '各类执法事项数量', stats.types.map((t, i) => ({ label: t.label, value: stats.typeTotals[i] ?? 0 })));
  const byDepartment = stats.departments.length > 1 ? barChart('chart-departments', '各部门执法事项数量', stats.departments.map((row) => ({ label: row.department, value: row.total }))) : '';
  const byLevel = barChart('chart-levels', '各效力级别执法依据数量', stats.basesByLevel.map((l) => ({ label: l.label, value: l.count })));
  return sectionPage(site, path, '统计', html`
<section aria-labelledby="h-powers"><h2 id="h-powers">执法事项</h2>${matrix}${byType}${byDepartment}</section>
<section aria-labelledby="h-bases"><h2 id="h-bases">执法依据</h2>${levels}${byLevel}</section>`);
}
