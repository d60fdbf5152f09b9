export { EXACT_BELOW, rankMatches, type Candidate } from './rank-matches.ts';
