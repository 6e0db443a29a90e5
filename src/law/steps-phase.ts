// Recognises a step's role from its name: flowchart terminators and closing (archiving) steps.

import type { StepRecord } from '../model/types.js';
import { compactText } from '../model/plain-text.js';

const plain = (name: string): string => compactText(name);

// A flowchart's end symbol, not work anyone does: 结束, 办结, 流程结束, 终止.
const TERMINATOR = /^(?:流程|程序|办理)?(?:结束|办结|终止|完结|完成)$|^end$/i;
// Work that ends a case file without a statutory clock: 归档, 立卷归档, 结案归档, 结案.
const CLOSING = /归档|立卷|^结案$/;

const isEnd = (step: StepRecord): boolean => (step.next ?? []).length === 0;

/** An end step that only marks the end of the flowchart (no post, no time limit to state). */
export function isTerminator(step: StepRecord): boolean {
  return isEnd(step) && TERMINATOR.test(plain(step.name ?? ''));
}

/** An end step that is a terminator or archives the file (no statutory time limit to state). */
export function isClosingStep(step: StepRecord): boolean {
  return isTerminator(step) || (isEnd(step) && CLOSING.test(plain(step.name ?? '')));
}
