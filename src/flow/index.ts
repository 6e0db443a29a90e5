// Public surface of the flowcharts: the model from steps or templates, the templates as data, layout by ELK with
// quanze's own text measurement, and the renderers.

export { buildFlow, createFlowBuilder, type FlowOptions } from './build-flow.js';
export { drawFlowCharts, flowFormats, type FlowCharts, type FlowChartsOptions, type FlowFormat, type FlowInventory } from './flow-files.js';
export { layoutFlow, layoutFlowSync, type LayoutFlowOptions } from './layout.js';
export { renderFlowSvg, type RenderFlowSvgOptions } from './svg.js';
export { renderFlowMermaid } from './render-mermaid.js';
export { textWidth, wrapText } from './measure.js';
export { flowTemplates, templateById } from './templates/index.js';
export { formatFlowLimit } from './time-limits.js';
export type { FlowTemplate, TemplateNode, TemplateRole, PowerFact } from './template-types.js';
export type * from './types.js';
