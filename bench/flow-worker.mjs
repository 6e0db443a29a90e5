// Worker thread of the flow bench (bench/measure.mjs flow-draw): lays out and renders the models it is sent,
// with its own ELK, and answers with how many charts it drew and their total size.

import { parentPort } from 'node:worker_threads';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { layoutFlowSync, renderFlowSvg } = await import(pathToFileURL(join(root, 'dist', 'flow', 'index.js')).href);

parentPort.on('message', (models) => {
  let bytes = 0;
  for (const model of models) bytes += renderFlowSvg(layoutFlowSync(model)).length;
  parentPort.postMessage({ charts: models.length, bytes });
});
