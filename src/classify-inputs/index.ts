// Classifying files: read inventories or plain lists, classify each row, score against declared types, annotate a copy.

export {
  classifyInputs, classifyTable, sourceName, type ClassifiedInputs, type ClassifiedRow, type ClassifyInputsOptions, type UnreadableList,
} from './classify-inputs.js';
export { evaluateRows, type GroupScore, type RowsEvaluation } from './evaluate-rows.js';
export { reviewCells, reviewColumns, reviewRows, reviewWorkbook } from './review-list.js';
export { addedHeaders, annotateCopy, copyableFormat, type AnnotateOptions, type CopyFormat } from './annotate-copy.js';
