// Loads the row schemas from schemas/ once and compiles each with ajv (draft 2020-12).

import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { TableKind } from '../model/tables.js';

const schemaFileOf: Readonly<Record<TableKind, string>> = {
  bases: 'basis.schema.json',
  powers: 'power.schema.json',
  posts: 'post.schema.json',
  officers: 'officer.schema.json',
  steps: 'step.schema.json',
};

/** schemas/ sits at the package root, two levels above this file both in src/ and in dist/. */
const schemaDir = new URL('../../schemas/', import.meta.url);

export interface JsonSchemaObject {
  readonly $id: string;
  readonly properties: Readonly<Record<string, { readonly title?: string; readonly type?: string; readonly enum?: readonly string[] }>>;
  readonly required: readonly string[];
}

export function loadSchema(table: TableKind): JsonSchemaObject {
  return JSON.parse(readFileSync(new URL(schemaFileOf[table], schemaDir), 'utf8')) as JsonSchemaObject;
}

let compiled: Map<TableKind, ValidateFunction> | undefined;

export function validatorFor(table: TableKind): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv, ['date']);
    compiled = new Map();
    for (const kind of Object.keys(schemaFileOf) as TableKind[]) compiled.set(kind, ajv.compile(loadSchema(kind)));
  }
  const validate = compiled.get(table);
  if (!validate) throw new Error(`no schema for table ${table}`);
  return validate;
}
