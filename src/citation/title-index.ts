// Resolves a cited title (《行政处罚法》) to an entry of the legal-bases catalogue in O(1).

/** The part of a catalogue record the index needs. */
export interface TitleEntry {
  readonly title: string;
  readonly shortTitle?: string;
}

export interface TitleIndex {
  /** Index into the catalogue list of the entry the cited title names, or undefined. */
  lookup(citedTitle: string): number | undefined;
}

const SPACES = /\s+/gu;
const TITLE_MARKS = /[《》]/gu;
// After NFKC, （） and ［］ are already ( ) and [ ]; 〔〕 and 【】 survive it and are folded here.
const OPEN_BRACKETS = /[〔﹝【[]/gu;
const CLOSE_BRACKETS = /[〕﹞】\]]/gu;
const COUNTRY = '中华人民共和国';
// （2021年修订）, （2018年修正）, (2009年8月27日修正): a version note, not part of the name.
// 版 is deliberately absent: 《国家危险废物名录（2021年版）》 carries its edition in the official title.
const TRAILING_VERSION = /\([^()]{0,40}(?:修订|修正|修改)\)$/u;

/**
 * The key two titles share when they name the same basis: NFKC, no spaces or 《》, brackets
 * folded to (), no leading 中华人民共和国 and no trailing version note.
 */
export function normaliseTitle(title: string): string {
  let key = title
    .normalize('NFKC')
    .replace(SPACES, '')
    .replace(TITLE_MARKS, '')
    .replace(OPEN_BRACKETS, '(')
    .replace(CLOSE_BRACKETS, ')');
  while (TRAILING_VERSION.test(key)) key = key.replace(TRAILING_VERSION, '');
  return key.startsWith(COUNTRY) ? key.slice(COUNTRY.length) : key;
}

/**
 * Builds a title → catalogue position map. A cited title matches an entry whose title or
 * short title has the same `normaliseTitle` key; titles win over short titles, and the first
 * entry wins among duplicates. Matching is exact on the key, so 《土地管理法》 never resolves
 * to 土地管理法实施条例.
 */
export function createTitleIndex(titles: readonly TitleEntry[]): TitleIndex {
  const byKey = new Map<string, number>();
  const add = (name: string | undefined, position: number) => {
    if (name === undefined) return;
    const key = normaliseTitle(name);
    if (key !== '' && !byKey.has(key)) byKey.set(key, position);
  };
  titles.forEach((entry, position) => add(entry.title, position));
  titles.forEach((entry, position) => add(entry.shortTitle, position));
  return { lookup: (citedTitle) => byKey.get(normaliseTitle(citedTitle)) };
}
