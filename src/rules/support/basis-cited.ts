// Which catalogue rows a power cites: moved to model/cited-bases.ts so stats and diff share it; kept for rules' imports.

export { citedBasesOf, createVersionIndex, looksLikeLaw, type CitedBasis, type CitedBases, type VersionIndex } from '../../model/cited-bases.js';
