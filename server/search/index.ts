export { rankMatches, searchPieces, type Candidate } from './rank-matches.ts';
