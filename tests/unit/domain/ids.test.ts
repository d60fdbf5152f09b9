import { describe, expect, it } from 'vitest';
import { articleId, entityId, eventId, foldText, slug } from '../../../server/domain/index.ts';
import { parseRelationKey, relationKey } from '../../../server/store/index.ts';

describe('ids', () => {
  it('when a name has accents, apostrophes and spaces, then its id is a readable slug', () => {
    expect(entityId('Person', 'Recep Tayyip Erdoğan')).toBe('person:recep-tayyip-erdogan');
    expect(entityId('Organization', "Côte d'Ivoire's Senate")).toBe(
      'organization:cote-divoires-senate',
    );
    expect(slug('  São Tomé & Príncipe ')).toBe('sao-tome-principe');
    expect(foldText('ZELENSKIY, Volodymyr')).toBe('zelenskiy volodymyr');
    // Letters that do not decompose into a base letter and an accent.
    expect(entityId('Place', 'Tromsø')).toBe('place:tromso');
    expect(foldText('Łódź Straße')).toBe('lodz strasse');
  });

  it('when two texts differ only in white space, then they are one article', () => {
    expect(articleId('A  talk\nin Doha.')).toBe(articleId('A talk in Doha.'));
    expect(articleId('A talk in Doha.')).not.toBe(articleId('A talk in Cairo.'));
    expect(articleId('x')).toMatch(/^article:[0-9a-f]{16}$/);
  });

  it('when two outlets report one event, then its id is the same whatever the participant order', () => {
    const day = { value: '2023-07-14', precision: 'day' as const };
    expect(eventId('visit', day, 'place:doha', ['b', 'a'])).toBe(
      eventId('visit', day, 'place:doha', ['a', 'b']),
    );
    expect(eventId('visit', day, 'place:doha', [])).toBe('event:visit-2023-07-14-doha');
    expect(eventId('talks', null, null, ['a', 'b'])).not.toBe(
      eventId('talks', null, null, ['a', 'c']),
    );
  });

  it('when a symmetric relation is reported both ways, then it has one key; a directed one keeps two', () => {
    const base = {
      date: { value: '2021-02', precision: 'month' as const },
      place: null,
      cameo: null,
      evidence: { sentence: 's', start: 0, end: 1 },
    };
    const ab = relationKey({ ...base, type: 'MET_WITH', source: 'person:a', target: 'person:b' });
    const ba = relationKey({ ...base, type: 'MET_WITH', source: 'person:b', target: 'person:a' });
    expect(ab).toBe(ba);
    const m1 = relationKey({ ...base, type: 'MEDIATED', source: 'person:a', target: 'person:b' });
    const m2 = relationKey({ ...base, type: 'MEDIATED', source: 'person:b', target: 'person:a' });
    expect(m1).not.toBe(m2);
    const leadsThen = relationKey({
      ...base,
      type: 'LEADS',
      source: 'person:a',
      target: 'state:x',
    });
    const leadsNow = relationKey({
      ...base,
      date: null,
      type: 'LEADS',
      source: 'person:a',
      target: 'state:x',
    });
    expect(leadsThen).toBe(leadsNow);
  });

  it('when a key is parsed, then it gives back the ends it was made from, and a non-key gives null', () => {
    const rel = {
      type: 'MEDIATED' as const,
      source: 'person:ana-lima',
      target: 'state:east-arda',
      date: { value: '2021-02', precision: 'month' as const },
      place: null,
      cameo: null,
      event: 'event:talks-2021-02-port-alda',
      evidence: { sentence: 's', start: 0, end: 1 },
    };
    expect(parseRelationKey(relationKey(rel))).toEqual({
      source: 'person:ana-lima',
      target: 'state:east-arda',
    });
    const met = { ...rel, type: 'MET_WITH' as const, event: null };
    expect(parseRelationKey(relationKey(met))).toEqual({
      source: 'person:ana-lima',
      target: 'state:east-arda',
    });
    expect(parseRelationKey('person:ana-lima')).toBeNull();
    expect(parseRelationKey('MEDIATED:person:a@2021')).toBeNull();
  });
});
