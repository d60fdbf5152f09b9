/**
 * The check before a write, for the evidence phrase: a phrase is offsets within its sentence,
 * and one that does not fit there is refused before anything reaches the store.
 */
import { describe, expect, it } from 'vitest';
import { validateExtraction, type Extraction } from '../../../server/domain/index.ts';
import { ErrorCode, isAppError } from '../../../server/errors/index.ts';
import { buildExtraction, id } from '../../helpers/extraction-builder.ts';

const SENTENCE = 'Ines Calder brokered a truce between Lena Varga and Omar Haddad.';

function article(): Extraction {
  return buildExtraction({
    text: SENTENCE,
    file: 'truce.txt',
    entities: [
      ['Person', 'Ines Calder'],
      ['Person', 'Lena Varga'],
    ],
    facts: [
      {
        type: 'MEDIATED',
        source: id('Person', 'Ines Calder'),
        target: id('Person', 'Lena Varga'),
        sentence: SENTENCE,
        phrase: 'brokered a truce between',
      },
    ],
    events: [
      {
        kind: 'ceasefire',
        date: '2023-05',
        place: null,
        participants: [[id('Person', 'Ines Calder'), 'mediator']],
        phrase: 'truce',
      },
    ],
  });
}

const refusal = (x: Extraction) => {
  try {
    validateExtraction(x);
  } catch (error) {
    if (isAppError(error, ErrorCode.BAD_ARTICLE)) return error.message;
    throw error;
  }
  return null;
};

describe('validating the evidence phrase', () => {
  it('when the phrase lies inside its sentence, or there is none, then the extraction passes', () => {
    expect(refusal(article())).toBeNull();
    const none = article();
    none.relations[0]!.evidence.phrase = null;
    delete none.events[0]!.evidence.phrase;
    expect(refusal(none)).toBeNull();
  });

  it('when a relation phrase runs past the end of its sentence, then the article is refused naming the relation and the offsets', () => {
    const x = article();
    x.relations[0]!.evidence.phrase = { start: 12, end: SENTENCE.length + 1 };
    expect(refusal(x)).toMatch(
      new RegExp(
        `truce\\.txt.*relation 0 \\(MEDIATED .*phrase offsets 12\\.\\.${SENTENCE.length + 1}`,
      ),
    );
  });

  it('when a phrase is empty, reversed, negative or not whole numbers, then it is refused', () => {
    for (const phrase of [
      { start: 5, end: 5 },
      { start: 9, end: 3 },
      { start: -1, end: 4 },
      { start: 0.5, end: 4 },
    ]) {
      const x = article();
      x.events[0]!.evidence.phrase = phrase;
      expect(refusal(x)).toMatch(/event event:\S+ has phrase offsets/);
    }
  });
});
