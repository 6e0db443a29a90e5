// Counts for the statistics page: powers by department × act type and bases by level (until src/stats/ lands).

import type { ClassifiedTypeId } from '../classify/index.js';
import { classifiedTypeIds, typeLabel } from '../classify/index.js';
import type { ViewBasis, ViewDepartment, ViewStats } from './types.js';

export function viewStats(departments: readonly ViewDepartment[], bases: readonly ViewBasis[]): ViewStats {
  const present = new Set<ClassifiedTypeId>();
  const rows = departments.map((department) => {
    const counts = new Map<ClassifiedTypeId, number>();
    for (const power of department.powers) {
      counts.set(power.type.id, (counts.get(power.type.id) ?? 0) + 1);
      present.add(power.type.id);
    }
    return { department: department.name, counts, total: department.powers.length };
  });
  const types = classifiedTypeIds.filter((id) => present.has(id)).map((id) => ({ id, label: typeLabel(id).zh }));
  const byLevel: Array<{ label: string; count: number }> = [];
  for (const basis of bases) {
    const last = byLevel[byLevel.length - 1];
    if (last !== undefined && last.label === basis.levelLabel) last.count++;
    else byLevel.push({ label: basis.levelLabel, count: 1 });
  }
  return {
    types,
    departments: rows.map((row) => ({ department: row.department, counts: types.map((t) => row.counts.get(t.id) ?? 0), total: row.total })),
    typeTotals: types.map((t) => rows.reduce((sum, row) => sum + (row.counts.get(t.id) ?? 0), 0)),
    total: rows.reduce((sum, row) => sum + row.total, 0),
    basesByLevel: byLevel,
  };
}
