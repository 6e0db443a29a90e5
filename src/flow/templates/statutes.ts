// The statutes the templates cite, by their full titles, so an article reads 《中华人民共和国行政处罚法》第六十条.

const article = (title: string) => (number: string): string => `《${title}》${number}`;

/** 行政处罚法 (2021). Its 二日、三日、五日、七日 are working days (Art. 85); 90 and 15 days are calendar days (DOMAIN.md §5.9). */
export const penaltyLaw = article('中华人民共和国行政处罚法');
/** 行政许可法 (2019). All its periods are working days (Art. 82). */
export const licensingLaw = article('中华人民共和国行政许可法');
/** 行政强制法 (2011). Periods of ten days or less are working days (Art. 69); 30-day limits are calendar days. */
export const coercionLaw = article('中华人民共和国行政强制法');
