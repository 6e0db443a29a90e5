// The chart's fixed measures: font sizes, line heights, paddings and spacings, shared by layout and rendering.

/** The chart font: Noto Sans CJK SC where installed (advances.ts holds its metrics), else the reader's sans-serif. */
export const fontFamily = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

/** Noto Sans CJK's ascender and descender (hhea, per em): where a line's glyph box sits around its baseline. */
export const ascent = 1.16;
export const descent = 0.288;

export interface TextStyle {
  readonly size: number;
  readonly lineHeight: number;
}

export const labelText: TextStyle = { size: 14, lineHeight: 21 };
export const smallText: TextStyle = { size: 12, lineHeight: 18 };
export const laneText: TextStyle = { size: 14, lineHeight: 21 };

/** Widest label line, by kind of box (px): steps wrap at 12 ideographs, questions at 9, the remedy note at 30 small ones. */
export const maxLineWidth = { step: 168, decision: 126, start: 168, end: 168, remedy: 360 } as const;

export const padX = 12;
export const padY = 8;
/** Between the label and the time limits under it. */
export const ruleGap = 6;
/** Steps are at least this wide, so a chart's column of boxes reads evenly. */
export const minStepWidth = 132;
export const minTerminalWidth = 96;

/** Edge labels get this much room around their text, so a route never runs through a letter. */
export const edgeLabelPad = 3;

export const nodeSpacing = 28;
export const layerSpacing = 36;
export const lanePad = 16;
export const laneHeaderPad = 8;
export const margin = 16;

/** Coordinates are written with one decimal, so the same chart is the same bytes everywhere. */
export const round = (value: number): number => Math.round(value * 10) / 10;
