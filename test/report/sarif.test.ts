// --format sarif: SARIF 2.1.0, rules listed and referenced, severities and positions mapped, relative URIs.

import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

import { createCheckReport } from '../../src/report/create-report.js';
import { sarif } from '../../src/report/sarif.js';
import { cwd, sampleContext, sampleReport } from './sample-report.js';

/** The part of the SARIF 2.1.0 schema (sarif-schema-2.1.0.json) this formatter writes, strict where it matters. */
const message = { type: 'object', required: ['text'], properties: { text: { type: 'string' } } };
const location = {
  type: 'object',
  properties: {
    physicalLocation: {
      type: 'object',
      required: ['artifactLocation'],
      properties: {
        artifactLocation: { type: 'object', required: ['uri'], properties: { uri: { type: 'string', format: 'uri-reference' } } },
        region: {
          type: 'object',
          required: ['startLine'],
          properties: { startLine: { type: 'integer', minimum: 1 }, startColumn: { type: 'integer', minimum: 1 } },
        },
      },
    },
    logicalLocations: {
      type: 'array',
      minItems: 1,
      items: { type: 'object', properties: { name: { type: 'string' }, fullyQualifiedName: { type: 'string' } } },
    },
  },
};
const sarifSubset = {
  type: 'object',
  required: ['version', 'runs'],
  properties: {
    $schema: { type: 'string', format: 'uri' },
    version: { const: '2.1.0' },
    runs: {
      type: 'array',
      minItems: 1,
      maxItems: 1,
      items: {
        type: 'object',
        required: ['tool', 'results'],
        properties: {
          tool: {
            type: 'object',
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                required: ['name'],
                properties: {
                  name: { const: 'quanze' },
                  version: { type: 'string' },
                  informationUri: { type: 'string', format: 'uri' },
                  rules: {
                    type: 'array',
                    uniqueItems: true,
                    items: {
                      type: 'object',
                      required: ['id'],
                      properties: {
                        id: { type: 'string' },
                        shortDescription: message,
                        helpUri: { type: 'string', format: 'uri' },
                        defaultConfiguration: {
                          type: 'object',
                          properties: { level: { enum: ['none', 'note', 'warning', 'error'] } },
                        },
                        properties: { type: 'object' },
                      },
                    },
                  },
                },
              },
            },
          },
          language: { type: 'string', pattern: '^[a-zA-Z]{2}(-[a-zA-Z]{2})?$' },
          results: {
            type: 'array',
            items: {
              type: 'object',
              required: ['message', 'ruleId', 'ruleIndex', 'level', 'locations'],
              properties: {
                ruleId: { type: 'string' },
                ruleIndex: { type: 'integer', minimum: 0 },
                level: { enum: ['none', 'note', 'warning', 'error'] },
                message,
                locations: { type: 'array', minItems: 1, items: location },
                relatedLocations: {
                  type: 'array',
                  items: { allOf: [location, { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: -1 } } }] },
                },
                properties: { type: 'object' },
              },
            },
          },
        },
      },
    },
  },
} as const;

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats.default(ajv, ['uri', 'uri-reference']);
const validate = ajv.compile(sarifSubset);

interface Log {
  runs: [
    {
      tool: { driver: { rules: { id: string; helpUri?: string; defaultConfiguration: { level: string } }[] } };
      results: {
        ruleId: string;
        ruleIndex: number;
        level: string;
        locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn?: number } }; logicalLocations?: { fullyQualifiedName: string }[] }[];
        properties?: Record<string, string>;
      }[];
    },
  ];
}

describe('sarif', () => {
  const text = sarif(sampleReport('zh'), sampleContext('zh'));
  const log = JSON.parse(text) as Log;
  const [run] = log.runs;

  it('matches the golden report', async () => {
    await expect(text).toMatchFileSnapshot('../golden/report/check.sarif');
  });

  it('fits the SARIF 2.1.0 schema subset', () => {
    expect(validate(log), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('lists known rules and every rule seen, sorted, and results point into that list', () => {
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toContain('officer-certificate-valid'); // known though not seen
    expect(ids).toContain('schema/powers'); // seen though not known
    for (const result of run.results) expect(ids[result.ruleIndex]).toBe(result.ruleId);
  });

  it('maps severities and positions', () => {
    const act = run.results.find((r) => r.ruleId === 'power-act-type-matches');
    expect(act?.level).toBe('warning');
    expect(act?.locations[0]?.physicalLocation.region).toEqual({ startLine: 15, startColumn: 27 });
    expect(act?.locations[0]?.logicalLocations?.[0]?.fullyQualifiedName).toBe('执法事项!AA15');
    expect(run.results.filter((r) => r.level === 'note')).toHaveLength(2);
    const formula = run.results.find((r) => r.properties?.value?.startsWith('='));
    expect(formula?.properties).toEqual({ sheet: '执法事项', field: 'name', value: "=cmd|' /C calc'!A0", hint: '删除开头的“=”' });
  });

  it('uses relative, percent-encoded URIs and no machine paths', () => {
    const uris = run.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri);
    expect(uris).toContain('inventories/%E5%8F%B8%E6%B3%95%E5%B1%80.xlsx');
    expect(text).not.toContain(cwd);
    expect(decodeURIComponent(uris[0] ?? '')).toBe('inventories/司法局.xlsx');
  });

  it('gives helpUri only when docs resolve to an absolute URI', () => {
    expect(run.tool.driver.rules.some((r) => 'helpUri' in r)).toBe(false);
    const withBase = JSON.parse(
      sarif(sampleReport('en'), sampleContext('en', { docsBaseUrl: 'https://example.org/quanze/' })),
    ) as Log & { runs: [{ tool: { driver: { informationUri?: string } } }] };
    const rule = withBase.runs[0].tool.driver.rules.find((r) => r.id === 'power-basis-exists');
    expect(rule?.helpUri).toBe('https://example.org/quanze/docs/rules/power-basis-exists.md');
    expect(validate(withBase), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('writes an empty result list for a clean run', () => {
    const clean = JSON.parse(sarif(createCheckReport([], []), { ...sampleContext('en'), rules: new Map() })) as Log;
    expect(clean.runs[0].results).toEqual([]);
    expect(validate(clean)).toBe(true);
  });
});
