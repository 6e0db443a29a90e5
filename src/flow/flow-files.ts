// The charts of one inventory or a batch as files: one per power, named as the site names its page (the code made
// safe, or row-<n> for a power without one), in a folder per department when there are several.

import { ToolkitError } from '../diagnostics/errors.js';
import { buildIndex, keyOf } from '../model/build-index.js';
import type { Inventory, PowerRecord } from '../model/types.js';
import type { OutputFile } from '../output/output-file.js';
import { claimFileName, safeFileName } from '../output/safe-file-name.js';
import type { Lang } from '../diagnostics/types.js';
import { createFlowBuilder, type FlowOptions } from './build-flow.js';
import { layoutFlow } from './layout.js';
import { renderFlowMermaid } from './render-mermaid.js';
import { renderFlowSvg } from './svg.js';
import type { FlowModel } from './types.js';

/** The formats `quanze flow --format` offers; the first is the default. */
export const flowFormats = ['svg', 'mermaid', 'json'] as const;

export type FlowFormat = (typeof flowFormats)[number];

const extensions: Readonly<Record<FlowFormat, string>> = { svg: 'svg', mermaid: 'mmd', json: 'json' };

/** svg and json are drawn from the laid-out chart (json: the FlowLayout, for other tools); mermaid from the model. */
const renderers: Readonly<Record<FlowFormat, (model: FlowModel, lang: Lang) => Promise<string>>> = {
  svg: async (model, lang) => renderFlowSvg(await layoutFlow(model, { lang }), { lang }),
  mermaid: (model) => Promise.resolve(renderFlowMermaid(model)),
  json: async (model, lang) => `${JSON.stringify(await layoutFlow(model, { lang }), null, 2)}\n`,
};

export interface FlowInventory {
  readonly inventory: Inventory;
  /** The department's folder inside the output (a batch); absent for a single inventory. */
  readonly folder?: string;
}

export interface FlowChartsOptions extends FlowOptions {
  readonly format: FlowFormat;
  /** Language of the charts' titles, descriptions and problem notes (zh by default); box texts are the inventory's. */
  readonly lang?: Lang;
  /** Only the powers with this code. */
  readonly power?: string;
  /** Called after each chart, with how many are done of how many. */
  readonly onChart?: (done: number, total: number) => void;
}

export interface FlowCharts {
  readonly files: readonly OutputFile[];
  /** Charts whose steps table contradicts itself (the problems are marked on them). */
  readonly withProblems: number;
}

interface Planned {
  readonly path: string;
  readonly power: PowerRecord;
  readonly build: (power: PowerRecord) => FlowModel;
}

/** Each power's file path, in reading order; the names are those the site gives the power's page. */
function plan(inventories: readonly FlowInventory[], options: FlowChartsOptions): Planned[] {
  const wanted = options.power === undefined ? undefined : keyOf(options.power);
  const planned: Planned[] = [];
  for (const { inventory, folder } of inventories) {
    const index = buildIndex(inventory);
    const build = createFlowBuilder(inventory, { ...options, index });
    const taken = new Set<string>();
    for (const power of inventory.powers) {
      const code = power.code ?? '';
      const name = claimFileName(taken, safeFileName(code === '' ? `row-${power.source.row}` : code));
      if (wanted !== undefined && keyOf(code) !== wanted) continue;
      const path = `${folder === undefined ? '' : `${folder}/`}${name}.${extensions[options.format]}`;
      planned.push({ path, power, build });
    }
  }
  return planned;
}

/**
 * Draws every power's chart (or the `power` option's) in `format`. A code the inventories do not hold is an error
 * of the run, not an empty result.
 */
export async function drawFlowCharts(inventories: readonly FlowInventory[], options: FlowChartsOptions): Promise<FlowCharts> {
  const planned = plan(inventories, options);
  if (options.power !== undefined && planned.length === 0) {
    throw new ToolkitError('bad-arguments', {
      zh: `清单中没有事项编码为“${options.power}”的事项：请核对 --power 的值`,
      en: `No power has the code "${options.power}" in the inventories: check the value of --power`,
    });
  }
  const files: OutputFile[] = [];
  let withProblems = 0;
  for (const [i, { path, power, build }] of planned.entries()) {
    const model = build(power);
    if (model.problems.length > 0) withProblems += 1;
    files.push({ path, contents: await renderers[options.format](model, options.lang ?? 'zh') });
    options.onChart?.(i + 1, planned.length);
  }
  return { files, withProblems };
}
