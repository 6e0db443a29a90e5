// The package version (read once from package.json by the batch stage, which records it in outcome files).

export { toolVersion } from '../batch/tool-version.js';
