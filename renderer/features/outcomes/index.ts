export { OutcomesView } from './OutcomesView';
