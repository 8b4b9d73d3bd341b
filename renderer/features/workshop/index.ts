export { WorkshopScreen } from './WorkshopScreen';
