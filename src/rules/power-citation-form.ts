// How a 实施依据 cell writes its citations (立法法 numbering; GB/T 9704 document numbers; DOMAIN §3.3, §6 R5):
// Chinese numerals, 〔〕 around years and full-width brackets around 项.

import { formatCitation, normaliseTitle, type Citation } from '../citation/index.js';
import { at } from '../model/location.js';
import type { RowRef } from '../model/types.js';
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
  check({ index, report, eachPower, afterPowers }) {
    // Whether an article has one paragraph is known only once every power is read, so a cell whose corrections
    // depend on it waits, as its row, texts and 第一款 citations (not the record), until then.
    const quoted = new ArticleEvidence();
    const waiting: WaitingCell[] = [];
    eachPower((power) => {
      const { citations, problems } = index.citationsOf(power);
      quoted.add(citations);
      if (power.basisText === undefined) return;
      const corrections: string[] = [];
      for (const problem of problems) {
        if ((problem.code === 'arabic-numerals' || problem.code === 'bracket-doc-number') && problem.expected !== undefined) {
          corrections.push(`${problem.text} → ${problem.expected}`);
        }
      }
      corrections.push(...halfWidthItemBrackets(citations));
      const firstParagraphs = citations.filter((c) => c.paragraph === 1);
      if (corrections.length === 0 && firstParagraphs.length === 0) return;
      waiting.push({ source: power.source, basisText: power.basisText, label: powerLabel(power), corrections, firstParagraphs });
    });
    afterPowers(() => {
      const singleParagraph = quoted.singleParagraphArticles();
      for (const cell of waiting) {
        const corrections = [...cell.corrections, ...firstParagraphOfSingleParagraphArticles(cell.firstParagraphs, singleParagraph)];
        if (corrections.length === 0) continue;
        const listed = corrections.slice(0, MAX_LISTED).join('；');
        report({
          messageId: 'citationForm',
          at: at(cell.source, 'basisText'),
          value: cell.basisText,
          data: {
            power: cell.label,
            count: corrections.length,
            corrections: corrections.length > MAX_LISTED ? `${listed}；…` : listed,
          },
        });
      }
    });
  },
});

/** A cell with corrections, or with 第一款 citations that may need one, kept until every power is read. */
interface WaitingCell {
  readonly source: RowRef;
  readonly basisText: string;
  readonly label: string;
  readonly corrections: readonly string[];
  readonly firstParagraphs: readonly Citation[];
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

const articleKey = (c: Citation): string => `${normaliseTitle(c.title)}\u0000${c.article ?? ''}\u0000${c.articleSuffix ?? ''}`;

/**
 * Articles the inventory itself shows to have one paragraph: cited somewhere as a whole article (no 款)
 * with its text quoted on one line and no 前款/本条第…款 — and never cited with 第二款 or later. A quote
 * under 第一款 proves nothing (it quotes only that paragraph), so it is never taken as evidence.
 */
class ArticleEvidence {
  private readonly whole = new Set<string>();
  private readonly later = new Set<string>();

  add(citations: readonly Citation[]): void {
    for (const c of citations) {
      if (c.article === undefined) continue;
      if ((c.paragraph ?? 0) >= 2) this.later.add(articleKey(c));
      else if (c.paragraph === undefined && c.quote !== undefined && !/[\r\n]/u.test(c.quote) && !LATER_PARAGRAPH_CUE.test(c.quote)) {
        this.whole.add(articleKey(c));
      }
    }
  }

  singleParagraphArticles(): ReadonlySet<string> {
    const single = new Set(this.whole);
    for (const key of this.later) single.delete(key);
    return single;
  }
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
