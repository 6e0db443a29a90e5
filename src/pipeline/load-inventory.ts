// Reading one inventory into the canonical model: read → normalise → schema → model.

import type { RuleSettings } from '../config/settings.js';
import type { Diagnostic, Lang } from '../diagnostics/types.js';
import { readInventory } from '../ingest/index.js';
import type { OpenRowSink, RawTable } from '../ingest/types.js';
import { InventoryBuilder } from '../model/build-model.js';
import { normaliseTable, TableNormaliser } from '../model/normalise.js';
import type { ActTypeReading } from '../model/parse-value.js';
import type { Inventory } from '../model/types.js';
import { checkRows, RowChecker } from '../validate/check-rows.js';

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

/**
 * Reads one workbook or CSV folder into the canonical model. Throws ToolkitError when it cannot be read.
 *
 * A CSV table's records are normalised and schema-checked as the reader yields them, so its raw cells are never
 * all in memory (a 10⁶-power file has about a gigabyte of them); a workbook's sheets, which SheetJS parses whole
 * anyway, come as RawTables and each is let go as soon as its rows are checked. The findings are in the order the
 * whole-table path gives: reading's, then each table's schema findings.
 */
export async function loadInventory(path: string, options: LoadOptions & { readonly settings?: RuleSettings } = {}): Promise<LoadedInventory> {
  const lang = options.lang ?? 'zh';
  const reading = options.actTypes ?? options.settings?.actTypes ?? {};
  const builder = new InventoryBuilder();
  const streams: RowChecker[] = [];
  // Each record is made as its row is checked: no array of checked rows is held beside the records.
  const openSink: OpenRowSink = (head) => {
    const normaliser = new TableNormaliser(head, reading);
    const checker = new RowChecker(normaliser, lang, builder.openTable(head.kind, normaliser.source));
    streams.push(checker);
    return { add: (row) => checker.add(normaliser.add(row)), finish: (count) => normaliser.finish(count) };
  };
  const { source, tables, diagnostics } = await readTables(path, lang, options.cwd, openSink);
  for (const stream of streams) diagnostics.push(...stream.finish().diagnostics);
  for (let i = 0; i < tables.length; i++) {
    const table = tables[i];
    if (table === undefined) continue;
    tables[i] = undefined;
    const rows = checkRows(normaliseTable(table, reading), lang);
    diagnostics.push(...rows.diagnostics);
    builder.addTable(rows.value);
  }
  return { inventory: builder.finish(source), diagnostics };
}

/** The inventory as read, with its tables in an array the caller empties as it goes. */
async function readTables(
  path: string, lang: Lang, cwd: string | undefined, openSink: OpenRowSink,
): Promise<{ source: string; tables: Array<RawTable | undefined>; diagnostics: Diagnostic[] }> {
  const raw = await readInventory(path, { lang, openSink, ...(cwd === undefined ? {} : { cwd }) });
  return { source: raw.source, tables: [...raw.tables], diagnostics: [...raw.diagnostics] };
}
