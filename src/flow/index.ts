// Procedure flowcharts: the model's contract, layout by ELK with quanze's own text measurement, and SVG rendering.

export type * from './types.js';
export { layoutFlow } from './layout.js';
export type { LayoutFlowOptions } from './layout.js';
export { renderFlowSvg } from './svg.js';
export type { RenderFlowSvgOptions } from './svg.js';
export { textWidth, wrapText } from './measure.js';
