export { DetailsScreen } from './DetailsScreen';
