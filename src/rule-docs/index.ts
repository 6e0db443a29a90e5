// Rule documentation for a terminal: the catalogue of rules and checks, the list, and one rule's page.

export { catalogue, tablesOfDocs, type CatalogueEntry, type CatalogueKind } from './catalogue.js';
export { formatRuleList, tablesText, type ListOptions } from './list.js';
export { plainStyle, renderMarkdown, type TerminalStyle } from './markdown.js';
export { docsPath, formatRulePage, type PageOptions } from './page.js';
export { seeList, unknownRule } from './words.js';
