// Colours of the KPI charts. Fixed hex values rather than theme variables: they read on the light and the dark
// theme alike, and they survive the SVG/PNG export unchanged (Plot treats a var(--…) in a channel as a category).

/** 実績 */
export const ACTUAL_COLOR = "#4e79a7";
/** 目標 */
export const TARGET_COLOR = "#e15759";
/** 前年度 */
export const PREVIOUS_COLOR = "#9a9a9a";
/** At or above target, more than last year. */
export const AHEAD_COLOR = "#4e79a7";
/** Below target, fewer than last year. */
export const BEHIND_COLOR = "#f28e2c";
/** Bars and tiles outside the bureau in view. */
export const OUTSIDE_OPACITY = 0.3;
