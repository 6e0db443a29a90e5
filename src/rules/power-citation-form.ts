// How a 实施依据 cell writes its citations (立法法 numbering; GB/T 9704 document numbers; DOMAIN §3.3, §6 R5):
// Chinese numerals, 〔〕 around years, full-width brackets around 项, and no 第一款 for a one-paragraph article.

import { formatCitation, normaliseTitle, type Citation } from '../citation/index.js';
import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';
import { powerLabel } from './support/basis-cited.js';

/** Corrections listed in one finding; the count still says how many there are. */
const MAX_LISTED = 10;

/** A bracketed item number, e.g. (三) in 第(三)项; only Chinese numerals (Arabic ones are reported as such). */
const ITEM_NUMBER = /[(（][ \t]*[一二三四五六七八九十百零〇]+[ \t]*[)）]/gu;
/** Words in a quote that show the article has more than one paragraph. */
const LATER_PARAGRAPH_CUE = /前款|前两款|前三款|前四款|本条第/u;

export default defineRule({
  meta: {
    id: 'power-citation-form',
    description: {
      zh: '实施依据的引用格式规范：条款项用中文数字，项用全角括号，发文字号年份用六角括号〔〕，只有一款的条文不写“第一款”',
      en: 'Citations are written canonically: Chinese numerals, full-width brackets around 项 numbers, 〔〕 around document-number years, and no 第一款 for a one-paragraph article',
    },
    severity: 'warning',
    docs: 'docs/rules/power-citation-form.md',
    messages: {
      citationForm: {
        zh: '事项“{{power}}”的实施依据有 {{count}} 处引用格式不规范：{{corrections}}',
        en: 'The legal basis of power "{{power}}" has {{count}} citation(s) not in canonical form: {{corrections}}',
      },
    },
    hints: {
      citationForm: {
        zh: '按箭头后的写法改正：条、款、项序号用中文数字，项写作“第（三）项”，发文字号写作“国办发〔2018〕118号”，只有一款的条文直接引用到条',
        en: 'Rewrite as shown after each arrow: Chinese numerals for 条/款/项, 项 as 第（三）项, document numbers as 国办发〔2018〕118号, and a one-paragraph article cited without 第一款',
      },
    },
  },
  check({ inventory, index, report }) {
    const laterParagraphs = articlesCitedBeyondFirstParagraph(inventory.powers.map((p) => index.citationsOf(p).citations));
    for (const power of inventory.powers) {
      if (power.basisText === undefined) continue;
      const { citations, problems } = index.citationsOf(power);
      const corrections: string[] = [];
      for (const problem of problems) {
        if ((problem.code === 'arabic-numerals' || problem.code === 'bracket-doc-number') && problem.expected !== undefined) {
          corrections.push(`${problem.text} → ${problem.expected}`);
        }
      }
      corrections.push(...halfWidthItemBrackets(citations));
      corrections.push(...needlessFirstParagraphs(citations, laterParagraphs));
      if (corrections.length === 0) continue;
      const listed = corrections.slice(0, MAX_LISTED).join('；');
      report({
        messageId: 'citationForm',
        at: at(power.source, 'basisText'),
        value: power.basisText,
        data: {
          power: powerLabel(power),
          count: corrections.length,
          corrections: corrections.length > MAX_LISTED ? `${listed}；…` : listed,
        },
      });
    }
  },
});

/** Identifies an article across the inventory: the cited law's title key and the article number. */
const articleKey = (c: Citation): string => `${normaliseTitle(c.title)}\u0000${c.article ?? ''}\u0000${c.articleSuffix ?? ''}`;

/** Articles cited anywhere with 第二款 or a later paragraph: those have more than one paragraph. */
function articlesCitedBeyondFirstParagraph(cells: readonly (readonly Citation[])[]): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const citations of cells) {
    for (const c of citations) if (c.article !== undefined && (c.paragraph ?? 0) >= 2) keys.add(articleKey(c));
  }
  return keys;
}

/** 第(三)项 → 第（三）项: item numbers in half-width brackets, found in the locator part of each citation. */
function halfWidthItemBrackets(citations: readonly Citation[]): string[] {
  const out: string[] = [];
  const seen = new Set<number>();
  for (const c of citations) {
    if (c.numerals !== 'chinese' || c.item === undefined) continue;
    const locatorFrom = c.raw.lastIndexOf('》') + 1;
    for (const match of c.raw.slice(locatorFrom).matchAll(ITEM_NUMBER)) {
      const offset = c.start + locatorFrom + (match.index ?? 0);
      if (seen.has(offset) || !/[()]/u.test(match[0])) continue;
      seen.add(offset);
      out.push(`${match[0]} → ${match[0].replace('(', '（').replace(')', '）')}`);
    }
  }
  return out;
}

/**
 * 《…》第五条第一款 → 《…》第五条, but only with evidence the article has one paragraph: the cell quotes
 * the text, the quote has no line break and no 前款/本条第X款, the quote belongs to this article alone, and
 * nowhere in the inventory is a 第二款 or later of the article cited. Without a quote nothing is said.
 */
function needlessFirstParagraphs(citations: readonly Citation[], laterParagraphs: ReadonlySet<string>): string[] {
  const articlesByQuote = new Map<string, Set<string>>();
  for (const c of citations) {
    if (c.quote === undefined || c.article === undefined) continue;
    const set = articlesByQuote.get(c.quote) ?? new Set<string>();
    set.add(articleKey(c));
    articlesByQuote.set(c.quote, set);
  }
  const out: string[] = [];
  for (const c of citations) {
    if (c.paragraph !== 1 || c.article === undefined || c.quote === undefined) continue;
    if (/[\r\n]/u.test(c.quote) || LATER_PARAGRAPH_CUE.test(c.quote)) continue;
    if ((articlesByQuote.get(c.quote)?.size ?? 0) > 1 || laterParagraphs.has(articleKey(c))) continue;
    const { paragraph: _firstParagraph, ...withoutParagraph } = c;
    out.push(`${c.raw} → ${formatCitation(withoutParagraph)}`);
  }
  return out;
}
