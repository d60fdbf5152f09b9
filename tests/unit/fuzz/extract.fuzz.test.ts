/**
 * Fuzz: whatever text passes the gate, the extractor gives an extraction the store will take:
 * every id non-empty and well formed, every relation and event pointing at entities it
 * carries, every evidence span inside its sentence (validateExtraction). Before, one Cyrillic
 * name gave an empty `person:` id and the whole article was refused.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { validateExtraction } from '../../../server/domain/index.ts';
import { ErrorCode, isAppError } from '../../../server/errors/index.ts';
import { extract } from '../../../server/extract/index.ts';
import { checkDocument } from '../../../server/ingest/check-document.ts';
import { fuzz, fuzzTimeout, newsText } from './fuzz-settings.ts';

describe('fuzz: extractor', () => {
  it(
    'when any text passes the gate, then its extraction is one the store accepts',
    () => {
      const seen = { refused: 0, extracted: 0, relations: 0 };
      fc.assert(
        fc.property(
          newsText,
          fc.option(fc.constantFrom('2024-05-02', '1999-12-31', '2024-02-29')),
          (text, published) => {
            let doc;
            try {
              doc = checkDocument({
                file: 'fuzz.txt',
                title: null,
                url: null,
                published,
                source: null,
                text,
              });
            } catch (error) {
              if (!isAppError(error, ErrorCode.BAD_ARTICLE)) throw error;
              seen.refused++;
              return;
            }
            const extraction = extract(doc);
            validateExtraction(extraction);
            seen.extracted++;
            seen.relations += extraction.relations.length;
          },
        ),
        fuzz(1000),
      );
      console.log(
        `fuzz: extractor: ${seen.extracted} texts extracted (${seen.relations} relations), ${seen.refused} refused at the gate`,
      );
    },
    fuzzTimeout(1000, 60),
  );
});
