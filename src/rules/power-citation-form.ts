// How a 实施依据 cell writes its citations (立法法 numbering; GB/T 9704 document numbers; DOMAIN §3.3, §6 R5):
// Chinese numerals, 〔〕 around years and full-width brackets around 项.

import { formatCitation, normaliseTitle, type Citation } from '../citation/index.js';
import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';
import { powerLabel } from '../law/power-text.js';

/** Corrections listed in one finding; the count still says how many there are. */
const MAX_LISTED = 10;

/** A bracketed item number, e.g. (三) in 第(三)项; only Chinese numerals (Arabic ones are reported as such). */
const ITEM_NUMBER = /[(（][ \t]*[一二三四五六七八九十百零〇]+[ \t]*[)）]/gu;
/** Words in a quote that show the article has more than one paragraph. */
const LATER_PARAGRAPH_CUE = /前款|前两款|前三款|本条第/u;

export default defineRule({
  meta: {
    id: 'power-citation-form',
    description: {
      zh: '实施依据的引用格式规范：条款项用中文数字，项用全角括号，发文字号年份用六角括号〔〕',
      en: 'Citations are written canonically: Chinese numerals, full-width brackets around 项 numbers, 〔〕 around document-number years',
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
        en: 'Rewrite as shown after each arrow: Chinese numerals for 条/款/项, 项 as 第（三）项, document numbers as 国办发〔2018〕118号',
      },
    },
  },
  check({ inventory, index, report }) {
    const singleParagraph = articlesQuotedWhole(inventory.powers.map((p) => index.citationsOf(p).citations));
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
      corrections.push(...firstParagraphOfSingleParagraphArticles(citations, singleParagraph));
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

const articleKey = (c: Citation): string => `${normaliseTitle(c.title)}\u0000${c.article ?? ''}\u0000${c.articleSuffix ?? ''}`;

/**
 * Articles the inventory itself shows to have one paragraph: cited somewhere as a whole article (no 款)
 * with its text quoted on one line and no 前款/本条第…款 — and never cited with 第二款 or later. A quote
 * under 第一款 proves nothing (it quotes only that paragraph), so it is never taken as evidence.
 */
function articlesQuotedWhole(cells: readonly (readonly Citation[])[]): ReadonlySet<string> {
  const whole = new Set<string>();
  const later = new Set<string>();
  for (const citations of cells) {
    for (const c of citations) {
      if (c.article === undefined) continue;
      if ((c.paragraph ?? 0) >= 2) later.add(articleKey(c));
      else if (c.paragraph === undefined && c.quote !== undefined && !/[\r\n]/u.test(c.quote) && !LATER_PARAGRAPH_CUE.test(c.quote)) {
        whole.add(articleKey(c));
      }
    }
  }
  for (const key of later) whole.delete(key);
  return whole;
}

/** 《…》第五条第一款 → 《…》第五条 for an article the inventory shows to have one paragraph. */
function firstParagraphOfSingleParagraphArticles(citations: readonly Citation[], single: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const c of citations) {
    if (c.paragraph !== 1 || !single.has(articleKey(c))) continue;
    const { paragraph: _first, quote: _quote, ...rest } = c;
    out.push(`${c.raw.replace(/[：:][\s\S]*$/u, '')} → ${formatCitation(rest)}`);
  }
  return out;
}
