// Statistics: the tables `quanze stats` prints (powers by department × act type, bases by level), from the same
// inventoryStats figures, and SVG bar charts of them.

import { formatTypeLabel } from '../../classify/index.js';
import { html, type SafeMarkup } from '../../markup/html.js';
import { actTypeIds } from '../../model/act-types.js';
import type { OutputFile } from '../../output/output-file.js';
import { viewTables, type StatsTable } from '../../stats/index.js';
import type { PublicationView } from '../../view/index.js';
import { barChart } from '../bar-chart.js';
import { scrollTable } from '../fragments.js';
import { sectionPage, type SiteFrame } from '../layout.js';
import { sitePaths } from '../paths.js';

/** A stats table as the site shows it: the same rows and heads as `quanze stats --format markdown`, and its notes. */
function statsTable(table: StatsTable): SafeMarkup {
  const numeric = table.right.flatMap((right, i) => (right ? [i] : []));
  const notes = table.notes.map((note) => html`<p class="muted">${note}</p>`);
  return html`${scrollTable(table.title, table.header, table.rows, numeric)}${notes}`;
}

/** The first (main) table of one `quanze stats --by` view, compact as on a terminal. */
function mainTable(view: PublicationView, by: 'department' | 'level'): StatsTable {
  const [table] = viewTables(view.stats, by, { lang: 'zh', compact: true });
  if (table === undefined) throw new Error(`stats: the ${by} view has no table`);
  return table;
}

export function statisticsPage(site: SiteFrame, view: PublicationView): OutputFile {
  const path = sitePaths.statistics;
  const { powers, bases } = view.stats;
  const types = actTypeIds.filter((id) => powers.totals.byType[id] > 0);
  const byType = barChart('chart-types', '各类执法事项数量', types.map((id) => ({ label: formatTypeLabel(id, 'zh'), value: powers.totals.byType[id] })));
  const byDepartment = powers.byDepartment.length > 1
    ? barChart('chart-departments', '各部门执法事项数量', powers.byDepartment.map((group) => ({ label: group.name, value: group.total })))
    : '';
  const levels = mainTable(view, 'level');
  // The level table's rows (not its totals row) name each level as the chart does.
  const byLevel = barChart('chart-levels', '各效力级别执法依据数量', bases.byLevel.map((row, i) => ({ label: String(levels.rows[i]?.[0] ?? row.level), value: row.bases })));
  return sectionPage(site, path, '统计', html`
<section aria-labelledby="h-powers"><h2 id="h-powers">执法事项</h2>${statsTable(mainTable(view, 'department'))}${byType}${byDepartment}</section>
<section aria-labelledby="h-bases"><h2 id="h-bases">执法依据</h2>${statsTable(levels)}${byLevel}</section>`);
}
