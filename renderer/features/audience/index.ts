export { AudienceScreen } from './AudienceScreen';
export { AudienceView } from './AudienceView';
export { ScreenPanel } from './ScreenPanel';
export { useAudienceEvents } from './useAudienceEvents';
