export { CloseView } from './CloseView';
