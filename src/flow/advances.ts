// Glyph advances of the chart font (Noto Sans CJK SC Regular) as data, in thousandths of an em: no font is read or bundled.

/**
 * ASCII U+0020…U+007E, in order: the advances Chromium reports for Noto Sans CJK SC (its proportional Latin,
 * from Source Sans). Measured once with getComputedTextLength at 1000 px; test/browser/flow-bbox.test.ts
 * checks that labels measured with this table stay within 5 % of Chromium.
 */
export const asciiAdvances: readonly number[] = [
  224, 323, 474, 555, 555, 921, 680, 278, 338, 338, 467, 555, 278, 347, 278, 392, 555, 555, 555, 555, 555, 555, 555, 555,
  555, 555, 278, 278, 555, 555, 555, 474, 946, 608, 657, 638, 688, 589, 552, 689, 728, 293, 535, 646, 543, 812, 723, 742,
  633, 742, 635, 596, 599, 721, 575, 878, 573, 531, 603, 338, 392, 338, 555, 559, 606, 563, 618, 510, 620, 554, 325, 564,
  607, 275, 275, 552, 284, 926, 610, 606, 620, 620, 388, 468, 377, 607, 521, 802, 498, 521, 475, 338, 270, 338, 555,
];

/** A wide (W/F) character, and the ambiguous punctuation the CJK font draws full width (“ ” · … ± × ‰ ①). */
export const fullAdvance = 1000;

/** Other narrow characters (accented Latin, Cyrillic, Greek): about the mean of the Latin letters. */
export const narrowAdvance = 580;

/** Ambiguous-width characters the font draws narrower than an em. */
export const advanceOverrides: ReadonlyMap<number, number> = new Map([
  [0x00b0, 370], // °
  [0x2014, 894], // —
]);
