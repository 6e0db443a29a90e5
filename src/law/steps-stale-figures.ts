// Figures that old templates still print after the law changed: pre-2021 simple-procedure fines, pre-2015 period to sue.

export type StaleFigure = 'simpleProcedure' | 'suePeriod';

export interface StaleMatch {
  readonly kind: StaleFigure;
  /** The stale text as found. */
  readonly text: string;
}

const FIFTY = '(?:50|五十|伍拾)';
const THOUSAND = '(?:1000|一千|壹仟)';
const CLAUSE = '[^。；;\\n]';
// 处罚法 (1996) Art. 33: 公民五十元以下、法人或者其他组织一千元以下 — now 200 / 3,000 (2021 Art. 51).
const SIMPLE_PAIR = new RegExp(`${FIFTY}元(?:以下)?${CLAUSE}{0,40}?${THOUSAND}元`);
const SIMPLE_CUE = new RegExp(`(?:当场|简易程序)${CLAUSE}{0,40}?(?:${FIFTY}|${THOUSAND})元|(?:${FIFTY}|${THOUSAND})元(?:以下)?${CLAUSE}{0,30}?(?:当场|简易程序)`);
// 行政诉讼法 (1989) Art. 39: 三个月 — six months since 2015 (Art. 46). 强制法 Art. 53's 三个月 to apply to a court for
// enforcement is current law, so clauses about 强制执行 are left alone.
const SUE = new RegExp(
  `(?:行政诉讼|提起诉讼|起诉)${CLAUSE}{0,30}?(?:三|3)个月|(?:三|3)个月${CLAUSE}{0,20}?(?:行政诉讼|提起诉讼|起诉)`,
);
const COURT_ENFORCEMENT = /强制执行/;

/** The stale figures in one cell's text (width-normalised, thousands separators ignored). */
export function findStaleFigures(text: string | undefined): StaleMatch[] {
  if (text === undefined || text.trim() === '') return [];
  const plain = text.normalize('NFKC').replace(/(\d),(\d{3})/g, '$1$2').replace(/\s+/g, '');
  const found: StaleMatch[] = [];
  const simple = SIMPLE_PAIR.exec(plain) ?? SIMPLE_CUE.exec(plain);
  if (simple) found.push({ kind: 'simpleProcedure', text: simple[0] });
  for (const clause of plain.split(/[。；;]/)) {
    if (COURT_ENFORCEMENT.test(clause)) continue;
    const sue = SUE.exec(clause);
    if (sue) {
      found.push({ kind: 'suePeriod', text: sue[0] });
      break;
    }
  }
  return found;
}
