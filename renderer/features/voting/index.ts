export { VotingView } from './VotingView';
