export { RunBar, PhaseClock } from './RunBar';
export { SidePanel } from './SidePanel';
export { playChime } from './useChime';
