// Text tests the power rules, flowcharts and portal share: blank-looking cells, a power's display names and cue matching.

import type { PowerRecord } from '../model/types.js';
import { compactText } from '../model/plain-text.js';

/** NFKC without whitespace, so full-width forms and stray spaces do not defeat a cue. */
export const compact = (text: string): string => compactText(text);

/** Fillers that mean "nothing here" in published lists (无, /, —); compared after `compact`. */
const FILLERS: ReadonlySet<string> = new Set(['', '无', '暂无', '空', '/', '\\', '-', '--', '—', '——', 'n/a', 'na', 'null']);

/** The most characters a filler has ('null'). */
const FILLER_MAX_LENGTH = 4;

/**
 * True when the text has more CJK ideographs than a filler has characters. NFKC keeps each of them as it is (and
 * composes none with a neighbour), so `compact` of such a text is longer than any filler: a quick no for the long
 * 责任事项 and 追责情形 texts, which would otherwise each be normalised in full.
 */
function tooManyIdeographsForFiller(text: string): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff && ++count > FILLER_MAX_LENGTH) return true;
  }
  return false;
}

/** True when a cell is absent, empty or only a filler such as 无 or —. */
export function isBlank(text: string | undefined): boolean {
  if (text === undefined) return true;
  if (text.length > FILLER_MAX_LENGTH && tooManyIdeographsForFiller(text)) return false;
  return FILLERS.has(compact(text).toLowerCase());
}

/** The parts of a power that name it. */
export type PowerNames = Pick<PowerRecord, 'name' | 'subItem'>;

/** 主项 and 子项 together, compacted: the text name cues are matched against. */
export const nameText = (power: PowerNames): string => compact(`${power.name}${power.subItem ?? ''}`);

/** How findings name a power: 事项名称, with the 子项 in brackets when there is one. */
export const displayName = (power: PowerNames): string =>
  isBlank(power.subItem) ? power.name : `${power.name}（${power.subItem ?? ''}）`;

/**
 * How the 实施依据 rules name a power: like `displayName`, but a filler 子项 such as 无 stays in the brackets.
 * Those rules have always named powers this way; using `displayName` for them would change their findings.
 */
export const powerLabel = (power: PowerNames): string => {
  const sub = power.subItem?.trim();
  return sub === undefined || sub === '' ? power.name : `${power.name}（${sub}）`;
};
