// Reading one inventory into the canonical model: read → normalise → schema → model.

import type { RuleSettings } from '../config/settings.js';
import type { Diagnostic, Lang } from '../diagnostics/types.js';
import { readInventory } from '../ingest/index.js';
import type { RawTable } from '../ingest/types.js';
import { buildInventory } from '../model/build-model.js';
import { normaliseTable } from '../model/normalise.js';
import type { ActTypeReading } from '../model/parse-value.js';
import type { Inventory } from '../model/types.js';
import { checkRows, type CheckedTable } from '../validate/check-rows.js';

export interface LoadOptions {
  readonly lang?: Lang;
  /** Where legacy 非行政许可审批 rows go (the configuration's act-type variant); default 其他行政权力. */
  readonly actTypes?: ActTypeReading;
  /** Paths in findings are relative to this folder. */
  readonly cwd?: string;
}

export interface LoadedInventory {
  readonly inventory: Inventory;
  /** Findings of reading and of the schema check. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads one workbook or CSV folder into the canonical model. Throws ToolkitError when it cannot be read. */
export async function loadInventory(path: string, options: LoadOptions & { readonly settings?: RuleSettings } = {}): Promise<LoadedInventory> {
  const lang = options.lang ?? 'zh';
  const { source, tables, diagnostics } = await readTables(path, lang, options.cwd);
  const reading = options.actTypes ?? options.settings?.actTypes ?? {};
  const checked: CheckedTable[] = [];
  // Each RawTable is let go as soon as its rows are checked, so the raw cells of one table, not of all, are
  // held beside the records (a 10⁶-power inventory has about a gigabyte of them).
  for (let i = 0; i < tables.length; i++) {
    const table = tables[i];
    if (table === undefined) continue;
    tables[i] = undefined;
    const rows = checkRows(normaliseTable(table, reading), lang);
    diagnostics.push(...rows.diagnostics);
    checked.push(rows.value);
  }
  return { inventory: buildInventory(source, checked), diagnostics };
}

/** The inventory as read, with its tables in an array the caller empties as it goes. */
async function readTables(path: string, lang: Lang, cwd: string | undefined): Promise<{ source: string; tables: Array<RawTable | undefined>; diagnostics: Diagnostic[] }> {
  const raw = await readInventory(path, { lang, ...(cwd === undefined ? {} : { cwd }) });
  return { source: raw.source, tables: [...raw.tables], diagnostics: [...raw.diagnostics] };
}
