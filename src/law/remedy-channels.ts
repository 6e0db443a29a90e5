// Remedy channels every published power ends with (DOMAIN.md §5.8): 行政复议 and 行政诉讼 with their statutory periods.

export interface RemedyChannel {
  /** 行政复议 / 行政诉讼. */
  readonly name: string;
  /** The period and from when it runs, as a citizen should read it. */
  readonly period: string;
  /** The article it comes from. */
  readonly basis: string;
}

/**
 * The current periods: 60 days for review (2023 行政复议法 Art. 20; a law may give longer) and 6 months for suit
 * (行政诉讼法 Art. 46), or 15 days after a review decision (Art. 45). Templates printing 三个月 predate 2015.
 */
export const remedyChannels: readonly RemedyChannel[] = [
  {
    name: '行政复议',
    period: '自知道或者应当知道该行政行为之日起六十日内提出行政复议申请（法律规定的申请期限超过六十日的除外）',
    basis: '《中华人民共和国行政复议法》第二十条',
  },
  {
    name: '行政诉讼',
    period: '自知道或者应当知道作出行政行为之日起六个月内直接向人民法院提起诉讼（法律另有规定的除外）',
    basis: '《中华人民共和国行政诉讼法》第四十六条',
  },
  {
    name: '复议后起诉',
    period: '不服行政复议决定的，可以在收到复议决定书之日起十五日内向人民法院提起诉讼；复议机关逾期不作决定的，在复议期满之日起十五日内起诉（法律另有规定的除外）',
    basis: '《中华人民共和国行政诉讼法》第四十五条',
  },
];
