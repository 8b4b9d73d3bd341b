export { CultureMapView } from './CultureMapView';
