// Public API of the quanze library.

export { check, checkInventory, checkShard, loadInventory, mergeOutcomes } from './api.js';
export { outcomeLines, readShard, shareOf } from './batch/index.js';
export type { MergeOptions, OutcomeEntry, OutcomeHeader, ShardCheck, ShardOptions, ShardSpec } from './batch/index.js';
export type { CheckOptions, CheckProgress, CheckResult, InventoryCheck, LoadOptions, LoadedInventory, UnreadableInput } from './api.js';
export type { Diagnostic, Lang, Severity, SourceLocation } from './diagnostics/types.js';
export { ToolkitError } from './diagnostics/errors.js';
export type { ToolkitErrorCode } from './diagnostics/errors.js';
export { actTypes, parseActType } from './model/act-types.js';
export type { ActTypeId } from './model/act-types.js';
export type * from './model/types.js';
export { builtInRules } from './rules/index.js';
export { classifyInputs, evaluateRows, annotateCopy } from './classify-inputs/index.js';
export type { ClassifiedInputs, ClassifiedRow, ClassifyInputsOptions, RowsEvaluation, AnnotateOptions, CopyFormat } from './classify-inputs/index.js';
export { classifyPower, evaluate, parseDeclaredType, compareWithDeclared, typeLabel } from './classify/index.js';
export type { Classification, ClassifiedTypeId, ClassifyInput, ClassifyOptions, ClassifyVariant, Evaluation } from './classify/index.js';
export { safeCell } from './output/safe-cell.js';
export { publishSite, publishSiteFiles, renderPage, relativeHref, sitePaths } from './publish/index.js';
export type { Crumb, LogoFormat, PageSpec, PublishOptions, SiteFrame } from './publish/index.js';
export { buildView } from './view/index.js';
export type { CheckedInventory, PublicationView, ViewBasis, ViewDepartment, ViewOfficer, ViewPost, ViewPower } from './view/index.js';
export { startPreview, defaultPreviewPort } from './preview/index.js';
export type { PreviewOptions, PreviewServer } from './preview/index.js';
export { buildSearchAssets, createSearchEngine, renderSearchPanel } from './publish/search/index.js';
export type { SearchDocument, SearchEngine, SearchFilters, SearchHit, SearchResult } from './publish/search/index.js';
export { loadInventories } from './api.js';
export type { LoadedInventories } from './api.js';
export { inventoryStats } from './stats/index.js';
export type {
  BasesStats, BasisLevelRow, BasisRef, Disagreement, InventoryStats, PowerGroup, PowerRef, StaffingRow, StaffingStats,
  StatsOptions, TypeCounts,
} from './stats/index.js';
export { readEdition } from './api.js';
export type { ReadEdition } from './api.js';
export { diffEditions, editionOf, addInventory, emptyEdition, nameSimilarity, powerChangeKinds, diffFormatters } from './diff/index.js';
export type {
  BasisStatusChange, CitationChange, DiffOptions, Edition, EditionDiff, EditionSummary, PowerChange, PowerChangeKind, PowerSide,
  Withdrawal, WithdrawalReason, DiffFormat,
} from './diff/index.js';
export { statsFormatters } from './stats/index.js';
export type { StatsFormat, StatsView } from './stats/index.js';
export { buildFlow, createFlowBuilder, drawFlowCharts, flowFormats, flowTemplates, layoutFlow, renderFlowMermaid, renderFlowSvg } from './flow/index.js';
export type {
  FlowCharts, FlowChartsOptions, FlowEdge, FlowFormat, FlowInventory, FlowLayout, FlowModel, FlowNode, FlowOptions, FlowProblem, FlowTemplate,
  FlowTimeLimit, FlowTimeUnit, LaidOutEdge, LaidOutNode, LayoutFlowOptions, RenderFlowSvgOptions,
} from './flow/index.js';
