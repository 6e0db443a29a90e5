// Reads fines (罚款) and stated confiscation amounts out of statute text, for the 较大数额 test of 处罚法 Art. 63.

import { parseChineseNumeral } from '../citation/numerals.js';

/** The 较大数额 amounts of 处罚法 Art. 63, set by provinces and ministries (DOMAIN §5.2 step 6); the config's thresholds carry them. */
export interface LargeAmountThresholds {
  readonly largeFineIndividual: number;
  readonly largeFineOrganisation: number;
}

/** The amounts used when the configuration sets none (a province's own figures belong in quanze.config.json). */
export const defaultLargeAmounts: LargeAmountThresholds = { largeFineIndividual: 10_000, largeFineOrganisation: 100_000 };

/** Whom a clause fines: 对个人/公民…, 对单位/法人/企业…, or not said (公民、法人或者其他组织, or no subject). */
export type FinedParty = 'individual' | 'organisation' | 'unspecified';

/** One fine, or one confiscation whose amount the text states, as found in a text. */
export interface StatedAmount {
  readonly sanction: 'fine' | 'confiscation';
  /**
   * `yuan`: `min`/`max` are yuan. `multiple`: so many times a base the text does not quantify
   * (违法所得, 货值金额); `max` is then only a cap the text sets (但最高不超过三万元), if any.
   */
  readonly measure: 'yuan' | 'multiple';
  readonly min?: number;
  /** Absent when the text sets no upper bound (处十万元以上的罚款). */
  readonly max?: number;
  readonly party: FinedParty;
  /** The phrase, normalised (NFKC, no spaces), e.g. 处五千元以上五万元以下的罚款. */
  readonly text: string;
}

/** A number as statutes write amounts: 五千, 二十万, 一百万, 1000, 1.5万, 5千 (NFKC, so full-width digits are ASCII). */
const NUM = '[0-9.零〇一二两三四五六七八九十百千万亿]+';
const TO = '(?:以上、?|至|到|[-—~])';

const RANGE_END = new RegExp(`(${NUM})元?${TO}(${NUM})元(?:以下)?$`, 'u');
const MAX_END = new RegExp(`(?:(${NUM})元(?:以下|以内)|(?:不超过|不得超过|最高|最多)(${NUM})元)$`, 'u');
const MIN_END = new RegExp(`(${NUM})元以上$`, 'u');
const FIXED_END = new RegExp(`(?:处以?|罚)(${NUM})元$`, 'u');

/** The same shapes written after the word: 处以罚款五千元以上五万元以下. */
const RANGE_START = new RegExp(`^(?:数额)?为?(${NUM})元?${TO}(${NUM})元(?:以下)?`, 'u');
const MAX_START = new RegExp(`^(?:数额)?为?(${NUM})元(?:以下|以内)`, 'u');
const MIN_START = new RegExp(`^(?:数额)?为?(${NUM})元以上`, 'u');
const FIXED_START = new RegExp(`^(?:数额)?为?(${NUM})元`, 'u');

/** A multiple of an unquantified base: 违法所得一倍以上五倍以下, 货值金额百分之十. */
const MULTIPLE = /倍|百分之|%/u;
/** A cap following a multiple, in the next clause: ，但最高不超过三万元. */
const CAP_AFTER = new RegExp(`^的?,?但?(?:罚款)?(?:数额)?(?:最高|最多)?(?:不得|不)?超过(${NUM})元`, 'u');

/** A stated amount of what is confiscated: 违法所得五万元以上的 (in a text that confiscates it). */
const CONFISCATED = new RegExp(`(?:违法所得|违法收入|货值金额|违法经营额|非法财物价值)(?:数额|金额)?在?(${NUM})元以上`, 'gu');

/** Clause and sentence boundaries after NFKC (，；：become , ; :). */
const CLAUSE_BOUNDARY = /[,;:。!?]/u;
const SENTENCE_BOUNDARY = '。';

/** Subjects, matched before the amount; the last one before it decides (对单位直接负责的主管人员 → the persons). */
const PARTY_CUES: ReadonlyArray<readonly [RegExp, FinedParty]> = [
  [
    /(?:公民|个人|自然人)(?:(?:[、,和与及或]|或者|以及)+(?:法人|单位|企业|其他组织))+|(?:单位|法人|企业|其他组织)(?:(?:[、,和与及或]|或者|以及)+(?:个人|公民|自然人))+/gu,
    'unspecified',
  ],
  [/个人(?!信息|隐私|所得)|公民|自然人|法定代表人|负责人|主管人员|直接责任人员|从业人员/gu, 'individual'],
  [/单位|法人|企业|其他组织|公司/gu, 'organisation'],
];

/** NFKC without whitespace, and 10,000 without its thousands separators. */
function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').replace(/(?<=\d),(?=\d{3}(?!\d))/gu, '');
}

/** Reads an amount such as 五千, 二十万, 一万五千, 1.5万, 5千 or 1000 into yuan; undefined if malformed. */
export function parseAmount(token: string): number | undefined {
  const value = parseScaled(token, [
    ['亿', 100_000_000],
    ['万', 10_000],
  ]);
  return value === undefined ? undefined : Math.round(value);
}

function parseScaled(token: string, scales: ReadonlyArray<readonly [string, number]>): number | undefined {
  const [scale, ...rest] = scales;
  if (scale === undefined) return parseSmall(token);
  const parts = token.split(scale[0]);
  if (parts.length === 1) return parseScaled(token, rest);
  if (parts.length > 2) return undefined;
  const high = parseScaled(parts[0] ?? '', rest);
  // 一万零五百: the remainder may open with 零.
  const lowText = (parts[1] ?? '').replace(/^[零〇]/u, '');
  const low = lowText === '' ? 0 : parseScaled(lowText, rest);
  return high === undefined || low === undefined ? undefined : high * scale[1] + low;
}

function parseSmall(token: string): number | undefined {
  const arabic = /^(\d+(?:\.\d+)?)([千百十]?)$/u.exec(token);
  if (arabic) {
    const unit = arabic[2] === '千' ? 1000 : arabic[2] === '百' ? 100 : arabic[2] === '十' ? 10 : 1;
    return Number(arabic[1]) * unit;
  }
  return parseChineseNumeral(token);
}

/** The party fined by an amount at `position`: the last subject named since the sentence began. */
function partyBefore(text: string, position: number): FinedParty {
  const sentenceStart = text.lastIndexOf(SENTENCE_BOUNDARY, position - 1) + 1;
  const scope = text.slice(sentenceStart, position);
  let best: { end: number; length: number; party: FinedParty } | undefined;
  for (const [pattern, party] of PARTY_CUES) {
    for (const match of scope.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (!best || end > best.end || (end === best.end && match[0].length > best.length)) {
        best = { end, length: match[0].length, party };
      }
    }
  }
  return best?.party ?? 'unspecified';
}

function lastBoundaryBefore(text: string, position: number): number {
  for (let i = position - 1; i >= 0; i -= 1) if (CLAUSE_BOUNDARY.test(text[i] ?? '')) return i + 1;
  return 0;
}

function nextBoundaryAfter(text: string, position: number): number {
  for (let i = position; i < text.length; i += 1) if (CLAUSE_BOUNDARY.test(text[i] ?? '')) return i;
  return text.length;
}

interface Bounds {
  readonly min?: number;
  readonly max?: number;
}

/** Reads the bounds a phrase states, trying the shapes from most to least specific. */
function readBounds(phrase: string, shapes: { range: RegExp; max: RegExp; min: RegExp; fixed: RegExp }): Bounds | undefined {
  const range = shapes.range.exec(phrase);
  if (range) {
    const min = parseAmount(range[1] ?? '');
    const max = parseAmount(range[2] ?? '');
    if (min !== undefined && max !== undefined) return { min, max };
  }
  const max = shapes.max.exec(phrase);
  if (max) {
    const value = parseAmount(max[1] ?? max[2] ?? '');
    if (value !== undefined) return { max: value };
  }
  const min = shapes.min.exec(phrase);
  if (min) {
    const value = parseAmount(min[1] ?? '');
    if (value !== undefined) return { min: value };
  }
  const fixed = shapes.fixed.exec(phrase);
  if (fixed) {
    const value = parseAmount(fixed[1] ?? '');
    if (value !== undefined) return { min: value, max: value };
  }
  return undefined;
}

const BEFORE = { range: RANGE_END, max: MAX_END, min: MIN_END, fixed: FIXED_END };
const AFTER = { range: RANGE_START, max: MAX_START, min: MIN_START, fixed: FIXED_START };

/**
 * The fines a text imposes (处五千元以上五万元以下的罚款, 处以罚款一万元, 并处违法所得一倍以上五倍以下的罚款)
 * and the confiscations whose amount it states (没收违法所得…违法所得五万元以上的), in text order. A 罚款 with
 * no readable amount (可以并处罚款) is left out.
 */
export function extractAmounts(input: string): StatedAmount[] {
  const text = normalise(input);
  const found: Array<StatedAmount & { readonly at: number }> = [];

  for (const match of text.matchAll(/罚款/gu)) {
    const word = match.index;
    const clauseStart = lastBoundaryBefore(text, word);
    const before = text.slice(clauseStart, word).replace(/的$/u, '');
    const clauseEnd = nextBoundaryAfter(text, word + 2);
    const after = text.slice(word + 2, clauseEnd);
    const party = partyBefore(text, word);

    const stated = readBounds(before, BEFORE);
    if (stated && !MULTIPLE.test(before)) {
      found.push({ sanction: 'fine', measure: 'yuan', ...stated, party, text: text.slice(clauseStart, word + 2), at: word });
      continue;
    }
    if (MULTIPLE.test(before)) {
      const cap = CAP_AFTER.exec(text.slice(word + 2, nextBoundaryAfter(text, clauseEnd + 1)));
      const capValue = cap ? parseAmount(cap[1] ?? '') : undefined;
      const end = cap ? word + 2 + cap[0].length : word + 2;
      found.push({
        sanction: 'fine',
        measure: 'multiple',
        ...(capValue === undefined ? {} : { max: capValue }),
        party,
        text: text.slice(clauseStart, end),
        at: word,
      });
      continue;
    }
    const following = readBounds(after, AFTER);
    if (following && !MULTIPLE.test(after)) {
      found.push({ sanction: 'fine', measure: 'yuan', ...following, party, text: text.slice(clauseStart, clauseEnd), at: word });
    }
  }

  if (text.includes('没收')) {
    for (const match of text.matchAll(CONFISCATED)) {
      const min = parseAmount(match[1] ?? '');
      if (min === undefined) continue;
      found.push({ sanction: 'confiscation', measure: 'yuan', min, party: partyBefore(text, match.index), text: match[0], at: match.index });
    }
  }

  return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...amount }) => amount);
}

/** The 较大数额 threshold for a party: the lower of the two when the text does not say whom it fines. */
export function thresholdFor(party: FinedParty, thresholds: LargeAmountThresholds): number {
  if (party === 'individual') return thresholds.largeFineIndividual;
  if (party === 'organisation') return thresholds.largeFineOrganisation;
  return Math.min(thresholds.largeFineIndividual, thresholds.largeFineOrganisation);
}

/**
 * True when the amount may be 较大数额 (处罚法 Art. 63 ¶1(1)–(2)): a fine whose upper bound reaches the
 * threshold or that has none; a confiscation whose stated amount itself reaches it. A bare multiple
 * (违法所得一倍以上五倍以下) says nothing about the amount and never counts; a capped one counts by its cap.
 */
export function reachesLargeAmount(
  amount: StatedAmount,
  thresholds: LargeAmountThresholds,
): boolean {
  const threshold = thresholdFor(amount.party, thresholds);
  if (amount.sanction === 'confiscation') return (amount.min ?? 0) >= threshold;
  if (amount.measure === 'multiple') return amount.max !== undefined && amount.max >= threshold;
  return amount.max === undefined || amount.max >= threshold;
}

/** Yuan as a statute would write them in a message: 5万元, 5000元, 1.5万元. */
export function formatYuan(amount: number): string {
  return amount >= 10_000 ? `${amount / 10_000}万元` : `${amount}元`;
}
