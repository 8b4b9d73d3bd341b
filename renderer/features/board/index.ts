export { Board } from './Board';
export { KeyboardHost } from './ShortcutsOverlay';
export { laneTitle } from './laneTitle';
export { LANE_KIND_KEYS, LENS_KEYS, ROW_KEYS, TYPE_KEYS, VERDICT_KEYS } from './labels';
