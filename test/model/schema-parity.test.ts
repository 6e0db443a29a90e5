// The TypeScript row types, the field table and the JSON Schemas describe the same shape.

import { describe, expect, it } from 'vitest';
import { actTypeIds } from '../../src/model/act-types.js';
import { basisLevels, basisStatuses } from '../../src/model/basis-vocab.js';
import { fieldsByTable } from '../../src/model/fields.js';
import { tableKinds, type TableKind } from '../../src/model/tables.js';
import type { RowTypes } from '../../src/model/types.js';
import { loadSchema } from '../../src/validate/schema-registry.js';

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
type Exhaustive<All, Listed> = [All] extends [Listed] ? unknown : { missing: Exclude<All, Listed> };

/** Compile-time: the list names every key of T (a key added to a type but not here fails tsc). */
const allKeys =
  <T>() =>
  <const L extends readonly (keyof T & string)[]>(keys: L & Exhaustive<keyof T, L[number]>): readonly string[] =>
    keys;
const requiredKeys =
  <T>() =>
  <const L extends readonly (RequiredKeys<T> & string)[]>(keys: L & Exhaustive<RequiredKeys<T>, L[number]>): readonly string[] =>
    keys;

const typeKeys: Record<TableKind, { all: readonly string[]; required: readonly string[] }> = {
  bases: {
    all: allKeys<RowTypes['bases']>()(['seq', 'title', 'shortTitle', 'level', 'issuer', 'docNumber', 'promulgated', 'effective', 'status', 'validUntil', 'note']),
    required: requiredKeys<RowTypes['bases']>()(['title', 'level', 'status']),
  },
  powers: {
    all: allKeys<RowTypes['powers']>()([
      'seq', 'code', 'name', 'subItem', 'type', 'basisText', 'department', 'unit', 'posts', 'level', 'responsibilities',
      'responsibilityBasis', 'accountabilityScope', 'accountability', 'integrityRisk', 'forwardReview', 'legalReview', 'feeBasis',
      'statutoryLimit', 'promisedLimit', 'conditions', 'materials', 'place', 'hours', 'consultation', 'forms', 'flowchart',
      'supervision', 'remedy', 'note',
    ]),
    required: requiredKeys<RowTypes['powers']>()(['code', 'name', 'type', 'basisText']),
  },
  posts: {
    all: allKeys<RowTypes['posts']>()(['id', 'name', 'unit', 'duties', 'powers', 'note']),
    required: requiredKeys<RowTypes['posts']>()(['id', 'name', 'unit']),
  },
  officers: {
    all: allKeys<RowTypes['officers']>()([
      'seq', 'name', 'gender', 'unit', 'title', 'post', 'certificateNo', 'category', 'area', 'issuer', 'certificateExpiry', 'legalReviewer', 'note',
    ]),
    required: requiredKeys<RowTypes['officers']>()(['name', 'unit']),
  },
  steps: {
    all: allKeys<RowTypes['steps']>()(['powerCode', 'stepId', 'name', 'post', 'timeLimit', 'next', 'condition', 'note']),
    required: requiredKeys<RowTypes['steps']>()(['powerCode', 'stepId', 'name']),
  },
};

const sorted = (list: readonly string[]): string[] => [...list].sort();

describe.each(tableKinds)('%s: types, fields and schema agree', (kind) => {
  const schema = loadSchema(kind);

  it('has the same properties as the TypeScript row type', () => {
    expect(sorted(Object.keys(schema.properties))).toEqual(sorted(typeKeys[kind].all));
  });

  it('requires exactly the non-optional fields of the type', () => {
    expect(sorted(schema.required)).toEqual(sorted(typeKeys[kind].required));
  });

  it('lists the fields of the field table, in template order, with the same required flags', () => {
    expect(Object.keys(schema.properties)).toEqual(fieldsByTable[kind].map((f) => f.name));
    expect(sorted(schema.required)).toEqual(sorted(fieldsByTable[kind].filter((f) => f.required).map((f) => f.name)));
  });

  it('uses the header label as each property title', () => {
    for (const field of fieldsByTable[kind]) expect(schema.properties[field.name]?.title).toBe(field.label);
  });
});

describe('enumerations', () => {
  it('act type, basis level and status enums match the vocabularies', () => {
    expect(loadSchema('powers').properties.type?.enum).toEqual(actTypeIds);
    expect(loadSchema('bases').properties.level?.enum).toEqual(basisLevels.map((l) => l.id));
    expect(loadSchema('bases').properties.status?.enum).toEqual(basisStatuses.map((s) => s.id));
  });
});
