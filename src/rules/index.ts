// The one list of built-in rules, sorted by id.

import basisTitleUnique from './basis-title-unique.js';
import type { Rule } from './define-rule.js';
import powerBasisExists from './power-basis-exists.js';
import powerCodeUnique from './power-code-unique.js';
import powerHasPost from './power-has-post.js';
import powerPostExists from './power-post-exists.js';
import postPowerExists from './post-power-exists.js';
import postUnitExists from './post-unit-exists.js';

export const builtInRules: readonly Rule[] = [
  basisTitleUnique,
  powerBasisExists,
  powerCodeUnique,
  powerHasPost,
  powerPostExists,
  postPowerExists,
  postUnitExists,
] as Rule[];
