// Public surface of the edition diff: compare two editions, build editions inventory by inventory, format the result.

export { diffEditions } from './diff-editions.js';
export { addInventory, editionOf, emptyEdition, type Edition } from './edition.js';
export { nameSimilarity } from './similarity.js';
export { powerChangeKinds } from './types.js';
export type {
  BasisStatusChange, CitationChange, DiffOptions, EditionDiff, EditionSummary, PowerChange, PowerChangeKind, PowerSide,
  Withdrawal, WithdrawalReason,
} from './types.js';
export { binaryDiffFormats, diffFormatters, kindLabels, powerName, reasonWords } from './format/index.js';
export type { DiffFormat, DiffFormatContext, DiffFormatter } from './format/index.js';
