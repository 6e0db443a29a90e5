// Imports point one way along the pipeline (ingest → model → validate/rules/classify → report → cli), and
// only the CLI has side effects on the terminal.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = new URL('../src/', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Top-level area of a file under src/ ("ingest", "rules", "api.ts" …). */
const areaOf = (path: string): string => (relative(src, path).split('/')[0] ?? '').replace(/\.js$/, '.ts');

/** Source without comments, so a comment naming process.exit is not a call to it. */
const code = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1');

/** Which areas each area may import from (besides itself). */
const allowed: Readonly<Record<string, readonly string[]>> = {
  diagnostics: [],
  output: [],
  citation: [],
  // Escaping for HTML and SVG: the one template helper every renderer uses.
  markup: [],
  // The reader knows the table and column vocabulary (data only), nothing of law.
  ingest: ['diagnostics', 'model'],
  model: ['diagnostics', 'ingest', 'citation'],
  validate: ['diagnostics', 'model'],
  // The default 较大数额 amounts come from law/, where the hearing test that uses them lives.
  config: ['diagnostics', 'rules', 'law'],
  classify: ['diagnostics', 'model'],
  // Statutory knowledge (procedures, time limits, fine amounts, responsibility templates, 设定权) as data.
  law: ['diagnostics', 'model', 'citation'],
  rules: ['diagnostics', 'model', 'citation', 'config', 'classify', 'law'],
  // Renderers read the model, diagnostics and classifications; never rules/.
  flow: ['diagnostics', 'model', 'citation', 'law', 'classify', 'markup', 'output'],
  // Statistics tables for a terminal reuse report's control-character neutralising.
  stats: ['diagnostics', 'model', 'citation', 'law', 'classify', 'output', 'report'],
  // The html report goes through the one template helper; text reports reuse report's control-character neutralising.
  diff: ['diagnostics', 'model', 'citation', 'law', 'classify', 'output', 'markup', 'report'],
  view: ['diagnostics', 'model', 'citation', 'law', 'classify', 'flow', 'stats', 'output'],
  publish: ['diagnostics', 'model', 'citation', 'law', 'classify', 'flow', 'stats', 'diff', 'view', 'markup', 'output', 'template'],
  preview: ['diagnostics'],
  // Rule docs for a terminal: the registries' metadata and the reading checks' texts; report's severity words.
  'rule-docs': ['diagnostics', 'ingest', 'model', 'rules', 'report', 'output'],
  baseline: ['diagnostics'],
  report: ['diagnostics', 'model', 'output'],
  template: ['model', 'output', 'config'],
  annotate: ['diagnostics', 'model', 'ingest', 'output', 'report', 'template'],
  'classify-inputs': ['diagnostics', 'model', 'ingest', 'classify', 'output', 'report', 'template'],
  // One inventory through read → normalise → schema → model → rules: what the API and batch workers share.
  pipeline: ['diagnostics', 'config', 'ingest', 'model', 'validate', 'rules'],
  // The pool does not import the API it serves.
  batch: ['diagnostics', 'pipeline', 'config', 'ingest', 'model', 'rules'],
  // readEdition reduces each inventory to a diff's edition as it is read, so two editions never sit in memory as models.
  'api.ts': ['diagnostics', 'ingest', 'config', 'pipeline', 'batch', 'diff'],
  'index.ts': ['*'],
  cli: ['*'],
};

const importsOf = (text: string): string[] => [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+'([^']+)'/g)].map((m) => m[1] ?? '');

describe('architecture', () => {
  const all = files(src);

  it.each(all.map((f) => [relative(src, f), f] as const))('%s imports only downstream areas', (_name, file) => {
    const area = areaOf(file);
    const may = allowed[area];
    expect(may, `area ${area} has no entry in the allowed-imports table`).toBeDefined();
    if (may?.includes('*')) return;
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const target = areaOf(join(file, '..', spec));
      if (target === area) continue;
      expect(may, `${relative(src, file)} imports ${spec}`).toContain(target);
    }
  });

  it('only the CLI writes to the console or starts spinners', () => {
    for (const file of all) {
      if (areaOf(file) === 'cli') continue;
      const text = code(readFileSync(file, 'utf8'));
      expect(text, relative(src, file)).not.toMatch(/\bconsole\.|from 'ora'|process\.(stdout|stderr|exit)/);
    }
  });
});
