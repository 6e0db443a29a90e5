// Public surface of the publication view.

export { buildView } from './build-view.js';
export type * from './types.js';
