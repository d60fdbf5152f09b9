/**
 * Talks one talks of, and talks at home. "X reviewed developments in the talks with Y" tells
 * what X talked of, not that X met Y; and a state whose own leader sat at the table
 * ("Indonesia hosted talks between Indonesian President A and Malaysian Prime Minister B")
 * received the other side and stood between no one. Sentences written for these tests, about
 * invented people of real states.
 */
import { describe, expect, it } from 'vitest';
import { notLeads, ofType, reader } from './helpers.ts';

const read = reader('2026-10-16');

describe('talks one talks of', () => {
  it('when a president "reviewed developments in the talks with" a state, then he did not meet it', () => {
    const { triples } = read(
      'Indonesian President Dewi Santoso reviewed developments in the talks with Malaysia on Monday.',
    );
    expect(notLeads(triples)).toEqual([]);
  });
});

describe('talks at home', () => {
  it('when a state hosted talks between its own leader and another, then it hosted the other and mediated nothing', () => {
    const { triples } = read(
      'Indonesia hosted talks between Indonesian President Dewi Santoso and Malaysian Prime Minister Aziz Rahman on Monday.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
    expect(ofType(triples, 'HOSTED')).toEqual(['HOSTED Indonesia -> Aziz Rahman']);
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Aziz Rahman -> Dewi Santoso']);
  });

  it('when a state hosted talks between two others, then it mediated between them', () => {
    const { triples } = read('Indonesia hosted talks between Malaysia and Brunei on Monday.');
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Indonesia -> Brunei',
      'MEDIATED Indonesia -> Malaysia',
    ]);
  });
});

describe("a reception in the presence of the host's people", () => {
  it('when a minister received a visitor "in the presence of" two of his colleagues, then he stood between no one', () => {
    const { triples } = read(
      'Indonesian Foreign Minister Budi Hartono, in the presence of State Secretary Agus Wibowo and Deputy Foreign Minister Sari Lestari, received Malaysian envoy Aziz Rahman in Jakarta on Monday.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
    expect(ofType(triples, 'MET_WITH')).toContain('MET_WITH Aziz Rahman -> Budi Hartono');
  });
});

describe('a person who brought two states together', () => {
  it('when a minister "brought the foreign ministers of A and B together", then he mediated between the states, and met no state as a whole', () => {
    const { triples } = read(
      'Malaysian Foreign Minister Aziz Rahman brought the foreign ministers of Thailand and Cambodia together in Kuala Lumpur on Monday.',
    );
    expect(ofType(triples, 'MEDIATED').sort()).toEqual([
      'MEDIATED Aziz Rahman -> Cambodia',
      'MEDIATED Aziz Rahman -> Thailand',
    ]);
    expect(ofType(triples, 'MET_WITH')).toEqual(['MET_WITH Cambodia -> Thailand']);
  });
});
