export { AudienceScreen } from './AudienceScreen';
export { AudienceView } from './AudienceView';
export { ScreenPanel, useAudienceEvents } from './ScreenPanel';
