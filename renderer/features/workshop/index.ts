export { WorkshopScreen } from './WorkshopScreen';
export { GroupViewScreen } from './GroupViewScreen';
