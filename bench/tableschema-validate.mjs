// The peer of the CSV scenario: every CSV of an inventory folder validated by `tableschema` (the JavaScript Table
// Schema library of Frictionless) against a Table Schema of the same columns as quanze's own model — each header's
// field from dist/model/fields.js, with its type (date, yes/no), its controlled vocabulary as an enum, required
// where quanze requires it, and the 32,767-character cell limit. Run inside bench/measure.mjs (mode tableschema).

import { closeSync, openSync, readSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (path) => pathToFileURL(join(root, 'dist', path)).href;
const peers = createRequire(join(root, 'bench', 'peers', 'package.json'));

const CELL_LIMIT = 32767;

/** The enum of a field kind with a controlled vocabulary: every spelling quanze accepts for it. */
function vocabulary(kind, { actTypes, basisLevels, basisStatuses }) {
  const spellings = (entries) => entries.flatMap((e) => [e.label, ...(e.aliases ?? [])]);
  if (kind === 'actType') return actTypes.map((t) => t.label);
  if (kind === 'basisLevel') return spellings(basisLevels);
  if (kind === 'basisStatus') return spellings(basisStatuses);
  return undefined;
}

/** A Table Schema field for one quanze field definition (or `any` for a column quanze does not know). */
function fieldOf(header, def, vocabularies) {
  if (def === undefined) return { name: header, type: 'any' };
  const constraints = def.required ? { required: true } : {};
  if (def.kind === 'date') return { name: header, type: 'date', constraints };
  if (def.kind === 'bool') return { name: header, type: 'boolean', trueValues: ['是'], falseValues: ['否'], constraints };
  const values = vocabulary(def.kind, vocabularies);
  return { name: header, type: 'string', constraints: { ...constraints, maxLength: CELL_LIMIT, ...(values ? { enum: values } : {}) } };
}

/** The table whose fields name most of `headers`, with the field of each header. */
function matchTable(headers, fieldsByTable) {
  let best;
  for (const [kind, fields] of Object.entries(fieldsByTable)) {
    const byHeader = new Map(fields.flatMap((f) => [f.label, ...f.aliases].map((h) => [h, f])));
    const matched = headers.map((h) => byHeader.get(h));
    const count = matched.filter(Boolean).length;
    if (best === undefined || count > best.count) best = { kind, matched, count };
  }
  return best;
}

/** Validates every CSV in `dir`; returns rows read and rows tableschema rejected, per table. */
export async function validateFolder(dir) {
  const { Table } = peers('tableschema');
  const { fieldsByTable } = await import(dist('model/fields.js'));
  const { actTypes } = await import(dist('model/act-types.js'));
  const { basisLevels, basisStatuses } = await import(dist('model/basis-vocab.js'));
  const vocabularies = { actTypes, basisLevels, basisStatuses };
  const tables = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.csv')).sort()) {
    const file = join(dir, name);
    const headers = firstLine(file).split(',').map((h) => h.trim());
    const { kind, matched } = matchTable(headers, fieldsByTable);
    const schema = { fields: headers.map((h, i) => fieldOf(h, matched[i], vocabularies)) };
    const table = await Table.load(file, { schema, encoding: 'utf-8', bom: true });
    let rows = 0;
    let rejected = 0;
    for await (const row of await table.iter({ cast: true, forceCast: true })) {
      rows++;
      if (row instanceof Error) rejected++;
    }
    tables.push({ file: name, kind, rows, rejected });
  }
  return { tables, rows: tables.reduce((n, t) => n + t.rows, 0), rejected: tables.reduce((n, t) => n + t.rejected, 0) };
}

/** The header line of a CSV (the generated inventories' headers hold no quoted commas), without the BOM. */
function firstLine(file) {
  const fd = openSync(file, 'r');
  const buffer = Buffer.alloc(8192);
  const length = readSync(fd, buffer, 0, buffer.length, 0);
  closeSync(fd);
  return buffer.subarray(0, length).toString('utf8').replace(/^\uFEFF/u, '').split(/\r?\n/u)[0];
}
