// Public surface of the blank template that `quanze init` writes.

export { buildTemplateFiles, TEMPLATE_WORKBOOK, INSTRUCTIONS_SHEET, TEMPLATE_LAST_ROW } from './build-template.js';
export { fixZipTimestamps } from './zip-timestamps.js';
export { CONFIG_FILE } from './config-file.js';
