// Legal reviewers a department needs: at least a share of its enforcement officers (国办发〔2018〕118号: 原则上不少于 5%).

/** Reviewers the share asks of `officers`: ⌈share × officers⌉, the product rounded first so 0.05 × 20 is 1, not 2. */
export const reviewersRequired = (share: number, officers: number): number => Math.ceil(Number((share * officers).toFixed(9)));
