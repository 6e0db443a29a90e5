// Validates every candidate row against its table's JSON Schema and turns ajv errors into Diagnostics;
// values that fail are left out of the record, rows without their identity fields are left out of the model.

import type { ErrorObject } from 'ajv';
import type { Diagnostic, Lang } from '../diagnostics/types.js';
import { fieldDef } from '../model/fields.js';
import { at } from '../model/location.js';
import type { TableRecords } from '../model/build-model.js';
import type { CandidateRow, NormalisedTable } from '../model/normalise.js';
import type { ParsedValue } from '../model/parse-value.js';
import type { TableKind } from '../model/tables.js';
import { identityFields } from '../model/types.js';
import { schemaMessages, type SchemaMessage } from './messages.js';
import { loadSchema, validatorFor } from './schema-registry.js';

export interface CheckedRow {
  readonly values: Readonly<Record<string, ParsedValue>>;
  readonly source: CandidateRow['source'];
  readonly extra?: ReadonlyMap<string, string>;
}

export interface CheckedTable {
  readonly kind: TableKind;
  readonly source: NormalisedTable['source'];
  readonly rows: readonly CheckedRow[];
  /** Rows left out of the model for a missing identity field; other tables may still refer to them. */
  readonly omitted: readonly CheckedRow[];
}

const allowedLabels = new Map<TableKind, Map<string, string>>();

/** Allowed values of an enum field, as labels a user can type. */
function allowedFor(table: TableKind, field: string): string {
  let byField = allowedLabels.get(table);
  if (!byField) {
    byField = new Map();
    const schema = loadSchema(table);
    for (const [name, property] of Object.entries(schema.properties)) {
      if (property.enum) byField.set(name, property.enum.join(' / '));
    }
    allowedLabels.set(table, byField);
  }
  return byField.get(field) ?? '';
}

function fieldOf(error: ErrorObject): string {
  if (error.keyword === 'required') return String((error.params as { missingProperty: string }).missingProperty);
  return error.instancePath.split('/')[1] ?? '';
}

function describe(table: TableKind, error: ErrorObject, field: string, value: string, labels: LabelSource): SchemaMessage {
  const data = { label: labels(field), field, value };
  switch (error.keyword) {
    case 'required':
      return schemaMessages.required(data);
    case 'enum':
      return schemaMessages.enum({ ...data, allowed: enumLabels(table, field) });
    case 'format':
      return schemaMessages.date(data);
    case 'type':
      return (error.params as { type: string }).type === 'boolean' ? schemaMessages.boolean(data) : schemaMessages.invalid(data);
    case 'maxLength':
      return schemaMessages.tooLong({ ...data, limit: (error.params as { limit: number }).limit });
    case 'maxItems':
      return schemaMessages.tooMany({ ...data, limit: (error.params as { limit: number }).limit });
    default:
      return schemaMessages.invalid(data);
  }
}

type LabelSource = (field: string) => string;

/** Enum fields are stored as ids but typed as labels: show the labels. */
const enumLabels = (table: TableKind, field: string): string => enumLabelOverrides[field] ?? allowedFor(table, field);

const enumLabelOverrides: Readonly<Record<string, string>> = {
  type: '行政许可 / 行政处罚 / 行政强制 / 行政征收 / 行政给付 / 行政检查 / 行政确认 / 行政奖励 / 行政裁决 / 其他行政权力',
  level: '法律 / 行政法规 / 国务院决定 / 地方性法规 / 自治条例和单行条例 / 部门规章 / 地方政府规章 / 规范性文件',
  status: '有效 / 已修改 / 已废止 / 部分失效 / 尚未生效',
};

/** The part of a normalised table the checker needs before its rows: where it is and how to read a cell's text. */
export type TableToCheck = Pick<NormalisedTable, 'source' | 'textOf'>;

/**
 * Checks a table's candidate rows one at a time, in reading order (what `checkRows` does for a whole table), so
 * streamed rows are checked as they come and only the checked records are kept.
 */
export class RowChecker {
  private readonly kind: TableKind;
  private readonly validate: ReturnType<typeof validatorFor>;
  private readonly labels: LabelSource;
  private readonly diagnostics: Diagnostic[] = [];
  private readonly rows: CheckedRow[] = [];
  private readonly omitted: CheckedRow[] = [];
  private readonly identity: readonly string[];
  private readonly missingColumns: ReadonlySet<string>;

  /** With `into`, accepted and omitted rows go there as they are checked, and `finish` returns none. */
  constructor(
    private readonly table: TableToCheck,
    private readonly lang: Lang,
    private readonly into?: TableRecords,
  ) {
    const kind = table.source.kind;
    this.kind = kind;
    this.validate = validatorFor(kind);
    this.labels = (field) => fieldDef(kind, field)?.label ?? field;
    this.identity = identityFields[kind];
    // A required column missing altogether is one finding at the header row, not one per row.
    const missingColumns = new Set(loadSchema(kind).required.filter((field) => !table.source.columnOf.has(field)));
    this.missingColumns = missingColumns;
    for (const field of missingColumns) {
      const text = schemaMessages.missingColumn({ label: this.labels(field), field, value: '' });
      this.diagnostics.push({
        ruleId: `schema/${kind}`,
        severity: 'error',
        message: text.message[lang],
        hint: text.hint[lang],
        file: table.source.file,
        ...(table.source.sheet === undefined ? {} : { sheet: table.source.sheet }),
        row: table.source.headerRow,
        field,
      });
    }
  }

  add(row: CandidateRow): void {
    const { kind, validate, labels, lang, table, rejectedOf } = this;
    const valid = validate(row.values);
    if (valid) {
      // Not the candidate itself: it holds the row's raw cells, which are let go once the row is checked.
      this.keep(row.extra ? { values: row.values, source: row.source, extra: row.extra } : { values: row.values, source: row.source }, false);
      return;
    }
    const rejected = rejectedOf(validate.errors ?? [], (error, field) => {
      if (this.missingColumns.has(field)) return;
      const value = table.textOf(row, field);
      const text = describe(kind, error, field, value, labels);
      this.diagnostics.push({
        ruleId: `schema/${kind}`,
        severity: 'error',
        message: text.message[lang],
        hint: text.hint[lang],
        ...at(row.source, field),
        ...(value === '' ? {} : { value }),
      });
    });
    const omit = this.identity.some((field) => rejected.has(field));
    // A fresh object with fast properties (fromEntries), not one built by computed stores (see normalise.ts).
    const values: Readonly<Record<string, ParsedValue>> = Object.fromEntries<ParsedValue>(
      Object.entries<ParsedValue>(row.values).filter(([field, value]) => value !== undefined && !rejected.has(field)),
    );
    this.keep({ values, source: row.source, ...(row.extra ? { extra: row.extra } : {}) }, omit);
  }

  private keep(row: CheckedRow, omit: boolean): void {
    if (this.into === undefined) (omit ? this.omitted : this.rows).push(row);
    else if (omit) this.into.omit(row);
    else this.into.add(row);
  }

  /** The fields ajv rejected, each reported once (one finding per cell). */
  private readonly rejectedOf = (errors: readonly ErrorObject[], report: (error: ErrorObject, field: string) => void): Set<string> => {
    const rejected = new Set<string>();
    for (const error of errors) {
      const field = fieldOf(error);
      if (rejected.has(field)) continue;
      rejected.add(field);
      report(error, field);
    }
    return rejected;
  };

  finish(): { value: CheckedTable; diagnostics: Diagnostic[] } {
    const { kind, table, rows, omitted, diagnostics } = this;
    return { value: { kind, source: table.source, rows, omitted }, diagnostics };
  }
}

export function checkRows(table: NormalisedTable, lang: Lang): { value: CheckedTable; diagnostics: Diagnostic[] } {
  const checker = new RowChecker(table, lang);
  for (const row of table.rows) checker.add(row);
  return checker.finish();
}
