// Post references in officer and step cells: one cell may name several posts, by post id or by name.

import { keyOf, type TableIndex } from '../../model/build-index.js';
import { splitRefs } from '../../model/split-refs.js';

export { splitRefs } from '../../model/split-refs.js';

/**
 * The posts a cell names (as written, in order) that match no post id or name of the posts table — rows
 * left out for an empty id included, so one empty cell is not reported a second time.
 */
export const unknownPostRefs = (text: string | undefined, index: TableIndex): string[] =>
  splitRefs(text).filter((post) => !index.knownPostRefs.has(keyOf(post)));
