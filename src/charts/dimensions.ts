/** Sizes every chart shares, in viewBox units. */

/** The viewBox width: at 320 px wide a 12-unit label is still about 10 px. */
export const WIDTH = 400;

/** The label font size: a CJK character is about this wide. */
export const FONT = 12;
