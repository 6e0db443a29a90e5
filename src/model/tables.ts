// The five tables of an inventory and the sheet / CSV file names that announce each.

export const tableKinds = ['bases', 'powers', 'posts', 'officers', 'steps'] as const;
export type TableKind = (typeof tableKinds)[number];

export const tableLabels: Readonly<Record<TableKind, { zh: string; en: string }>> = {
  bases: { zh: '执法依据', en: 'legal bases' },
  powers: { zh: '执法事项', en: 'powers' },
  posts: { zh: '执法岗位', en: 'posts' },
  officers: { zh: '执法人员', en: 'officers' },
  steps: { zh: '执法流程', en: 'procedure steps' },
};

/** Names (after normalising width/space) that identify a table; order = preference when several match. */
export const tableNameAliases: Readonly<Record<TableKind, readonly string[]>> = {
  bases: ['执法依据', '执法依据目录', '法律依据', '法律法规依据', '依据目录', 'bases'],
  powers: ['执法事项', '执法事项清单', '行政执法事项清单', '职权', '职权清单', '权责清单', '权力清单', '权责事项', 'powers'],
  posts: ['执法岗位', '岗位', '岗位清单', '执法岗位清单', 'posts'],
  officers: ['执法人员', '执法人员清单', '执法人员名录', '行政执法人员清单', 'officers'],
  steps: ['执法流程', '流程', '执法流程环节', 'steps'],
};

/** The instructions sheet quanze init writes: skipped without a finding (other unknown sheets get an info). */
export const instructionSheetNames: ReadonlySet<string> = new Set(['填写说明']);
