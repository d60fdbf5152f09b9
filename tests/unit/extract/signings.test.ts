/**
 * Signing ceremonies as wire copy tells them: the signers named by their panel and side
 * ("government panel chair X", with a rank after the office), a witness who shares the passive
 * of the signing ("signed by A and B, and witnessed by C"), and "the documents" that are the
 * documents just signed, not an older accord the same sentence mentions.
 * Sentences written for these tests, about invented people of real states.
 */
import { describe, expect, it } from 'vitest';
import { extracted, ofType } from './helpers.ts';

const PUB = '2025-02-21';
const read = (text: string) => extracted(text, PUB);

describe('signers named by their panel', () => {
  it('when a side word and a panel noun stand before the title, then the name still follows it', () => {
    const { triples } = read(
      'The protocol was signed by government panel chair Teodora Balde and rebel panel chair Ansu Jatta.',
    );
    expect(triples).toContain('MET_WITH Ansu Jatta -> Teodora Balde');
  });

  it('when a rank follows the office, then it is no part of the name', () => {
    const { record } = read(
      'The protocol was signed by government panel chair Undersecretary Teodora Balde and rebel negotiator Ansu Jatta.',
    );
    const names = record.entities.map((e) => e.name);
    expect(names).toContain('Teodora Balde');
    expect(names).not.toContain('Undersecretary Teodora Balde');
  });

  it('when a bin name holds a title word, then that word stays in the name', () => {
    const { record } = read('Qatari envoy Nasser bin Sultan Al Kaabi met the rebel negotiators.');
    expect(record.entities.map((e) => e.name)).toContain('Nasser bin Sultan Al Kaabi');
  });
});

describe('signers with a relative clause between them', () => {
  it('when the deal was "signed by A, who heads the government delegation, and B", then A and B met', () => {
    const { triples } = read(
      'The deal was signed at a hotel in Banjul by Assembly speaker Ousman Ceesay, who heads the government delegation, and Fatou Jallow, chief negotiator of the opposition alliance.',
    );
    expect(triples).toContain('MET_WITH Fatou Jallow -> Ousman Ceesay');
  });
});

describe('witnesses of a signing', () => {
  const text =
    'The protocol was signed by Teodora Balde and Ansu Jatta, and witnessed by Gambian facilitator Lamin Ceesay.';

  it('when a go-between witnessed it, then the go-between mediated between the signers', () => {
    const { triples } = read(text);
    expect(triples).toEqual(
      expect.arrayContaining([
        'MEDIATED Lamin Ceesay -> Teodora Balde',
        'MEDIATED Lamin Ceesay -> Ansu Jatta',
        'MET_WITH Ansu Jatta -> Teodora Balde',
      ]),
    );
  });

  it('when a named person witnessed it with no role, then the witness met the signers', () => {
    const { triples } = read(
      'The protocol was signed by Teodora Balde and Ansu Jatta and witnessed by President Amadou Sow.',
    );
    expect(triples).toContain('MET_WITH Amadou Sow -> Teodora Balde');
    expect(ofType(triples, 'MEDIATED')).toEqual([]);
  });
});

describe('the documents just signed', () => {
  it('when an older accord is named beside them, then "the documents" keep the day of the signing', () => {
    const { dated } = read(
      'Guinea-Bissau and the Casamance rebels on Thursday signed three documents under their 2014 peace agreement. The documents were signed by Teodora Balde and Ansu Jatta.',
    );
    expect(dated).toContain('MET_WITH Ansu Jatta -> Teodora Balde @2025-02-20');
    expect(dated).not.toContain('MET_WITH Ansu Jatta -> Teodora Balde @2014');
  });
});
