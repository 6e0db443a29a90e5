// `--format sarif`: SARIF 2.1.0 for code-scanning dashboards (GitHub, Azure DevOps, IDE viewers).

import type { Diagnostic, Severity, SourceLocation } from '../diagnostics/types.js';
import { cellRef, columnNumber, sheetCellRef } from './location.js';
import { jsonPieces, placeholder } from './json-pieces.js';
import { prepareReport } from './prepare.js';
import type { ChunkedFormatter, Formatter, FormatterContext } from './types.js';

type SarifLevel = 'error' | 'warning' | 'note';
const level: Readonly<Record<Severity, SarifLevel>> = { error: 'error', warning: 'warning', info: 'note' };

/** A relative URI reference: POSIX segments, each percent-encoded (spaces, CJK names). */
const fileUri = (file: string): string => file.split('/').map(encodeURIComponent).join('/');

/** SARIF's helpUri must be an absolute URI, so a docs path only becomes one against a base URL. */
function helpUri(docs: string | undefined, base: string | undefined): string | undefined {
  if (docs === undefined) return undefined;
  if (URL.canParse(docs)) return docs;
  return base !== undefined && URL.canParse(docs, base) ? new URL(docs, base).href : undefined;
}

function sarifLocation(location: SourceLocation): Record<string, unknown> {
  const startColumn = columnNumber(location.column);
  const region =
    location.row === undefined ? undefined : { startLine: location.row, ...(startColumn === undefined ? {} : { startColumn }) };
  const logical = sheetCellRef(location);
  return {
    physicalLocation: { artifactLocation: { uri: fileUri(location.file) }, ...(region ? { region } : {}) },
    // The cell as a spreadsheet user names it; `region` alone reads as line/column of text.
    ...(logical ? { logicalLocations: [{ name: cellRef(location) || logical, fullyQualifiedName: logical }] } : {}),
  };
}

interface SarifRule {
  readonly id: string;
  readonly shortDescription: { readonly text: string };
  readonly helpUri?: string;
  readonly defaultConfiguration: { readonly level: SarifLevel };
  readonly properties?: { readonly docs: string };
}

/** Rules the run knows plus any rule id seen (schema/…, ingest/…), sorted by id. */
function driverRules(diagnostics: readonly Diagnostic[], context: FormatterContext): SarifRule[] {
  const seen = new Map<string, Severity>();
  // Diagnostics come most severe first within a cell, so the first seen severity is a fair default.
  for (const d of diagnostics) if (!seen.has(d.ruleId)) seen.set(d.ruleId, d.severity);
  const ids = [...new Set([...context.rules.keys(), ...seen.keys()])].sort();
  return ids.map((id): SarifRule => {
    const meta = context.rules.get(id);
    const uri = helpUri(meta?.docs, context.docsBaseUrl);
    return {
      id,
      shortDescription: { text: meta?.description ?? id },
      ...(uri ? { helpUri: uri } : {}),
      defaultConfiguration: { level: level[meta?.severity ?? seen.get(id) ?? 'warning'] },
      ...(meta?.docs ? { properties: { docs: meta.docs } } : {}),
    };
  });
}

function result(d: Diagnostic, ruleIndex: number): Record<string, unknown> {
  const properties = Object.fromEntries(
    (['sheet', 'field', 'value', 'hint'] as const).flatMap((key) => (d[key] === undefined ? [] : [[key, d[key]]])),
  );
  return {
    ruleId: d.ruleId,
    ruleIndex,
    level: level[d.severity],
    message: { text: d.message },
    locations: [sarifLocation(d)],
    ...(d.related?.length ? { relatedLocations: d.related.map((r, id) => ({ id, ...sarifLocation(r) })) } : {}),
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
  };
}

/**
 * One run, tool `quanze`. `region.startLine` is the spreadsheet row and `startColumn` the column
 * number (A = 1); the sheet and A1 cell are the logical location. No timestamps or invocation
 * details, so the same findings give the same bytes.
 */
export const sarifChunks: ChunkedFormatter = (input, context) => {
  const report = prepareReport(input, context);
  const rules = driverRules(report.diagnostics, context);
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'quanze',
            version: context.toolVersion,
            ...(context.docsBaseUrl ? { informationUri: context.docsBaseUrl } : {}),
            rules,
          },
        },
        language: context.lang === 'zh' ? 'zh-CN' : 'en-US',
        results: placeholder(0),
      },
    ],
  };
  const resultAt = (i: number): unknown => {
    const d = report.diagnostics[i] as Diagnostic;
    return result(d, index.get(d.ruleId) ?? -1);
  };
  return jsonPieces(log, [{ length: report.diagnostics.length, valueAt: resultAt }]);
};

export const sarif: Formatter = (input, context) => [...sarifChunks(input, context)].join('');
