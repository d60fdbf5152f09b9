/**
 * Corrections applied to one article's extraction, as the store applies them on every write:
 * the pure step that makes a correction hold for articles that come after it.
 */
import { describe, expect, it } from 'vitest';
import { applyCorrections, type CorrectionSpec } from '../../../server/corrections/index.ts';
import { relationKey } from '../../../server/store/index.ts';
import { buildExtraction, id } from '../../helpers/extraction-builder.ts';

const A = id('Person', 'Amara Okafor');
const A2 = id('Person', 'A. Okafor');
const V = id('Person', 'Lena Varga');
const S1 = 'A. Okafor mediated between Lena Varga and Tomas Reyes.';
const S2 = 'Lena Varga met A. Okafor.';
const x = buildExtraction({
  text: `${S1} ${S2}`,
  entities: [
    ['Person', 'A. Okafor'],
    ['Person', 'Lena Varga', ['Varga']],
    ['Person', 'Tomas Reyes'],
  ],
  facts: [
    { type: 'MEDIATED', source: A2, target: V, sentence: S1, date: '2023' },
    { type: 'MET_WITH', source: V, target: A2, sentence: S2, date: '2023' },
  ],
  events: [
    {
      kind: 'talks',
      date: '2023',
      place: null,
      participants: [
        [A2, 'mediator'],
        [V, 'party'],
      ],
    },
  ],
});
const apply = (...specs: CorrectionSpec[]) =>
  applyCorrections(
    x,
    specs.map((spec, i) => ({ id: `c${i}`, spec })),
  );
const INTO = { id: A, name: 'Amara Okafor', type: 'Person' as const };

describe('corrections applied to an extraction', () => {
  it('when a fact is rejected, then only it goes, and only the corrections that changed something are touched', () => {
    const key = relationKey(x.relations[0]!);
    const { extraction, touched } = apply(
      { kind: 'confirm', target: key },
      { kind: 'reject', target: key },
    );
    expect(extraction.relations.map(relationKey)).toEqual([relationKey(x.relations[1]!)]);
    expect(touched).toEqual(['c1']);
  });

  it('when a rejection names another sentence, then the fact stays', () => {
    const key = relationKey(x.relations[0]!);
    const { extraction, touched } = apply({
      kind: 'reject',
      target: key,
      sentence: { article: x.article.id, sentence: S2 },
    });
    expect(extraction.relations).toHaveLength(2);
    expect(touched).toEqual([]);
  });

  it('when an entity is merged, then every fact and participation moves, and its names become aliases', () => {
    const { extraction } = apply({ kind: 'merge', target: A2, into: INTO });
    expect(extraction.entities.map((e) => e.id)).not.toContain(A2);
    expect(extraction.entities.find((e) => e.id === A)).toMatchObject({ aliases: ['A. Okafor'] });
    expect(extraction.relations.map((r) => [r.source, r.target])).toEqual([
      [A, V],
      [V, A],
    ]);
    expect(extraction.events[0]!.participants.map((p) => p.entity)).toEqual([A, V]);
  });

  it('when a merge would tie an entity to itself, then that fact goes', () => {
    const { extraction } = apply({
      kind: 'merge',
      target: A2,
      into: { id: V, name: 'Lena Varga', type: 'Person' },
    });
    expect(extraction.relations).toEqual([]);
  });

  it('when an alias is added, then an entity read under that name becomes the corrected one', () => {
    const { extraction, touched } = apply({ kind: 'alias', target: A, alias: 'A. Okafor' });
    expect(extraction.entities.map((e) => e.id)).toContain(A);
    expect(extraction.entities.map((e) => e.id)).not.toContain(A2);
    expect(touched).toEqual(['c0']);
  });

  it('when an entity is renamed and retyped, then its old name stays as an alias', () => {
    const { extraction } = apply(
      { kind: 'rename', target: V, name: 'Lena Várga' },
      { kind: 'retype', target: V, type: 'Organization' },
    );
    expect(extraction.entities.find((e) => e.id === V)).toEqual({
      id: V,
      name: 'Lena Várga',
      type: 'Organization',
      aliases: ['Varga', 'Lena Varga'],
    });
  });

  it('when mentions are split off, then only those sentences move to the new entity', () => {
    const junior = {
      id: id('Person', 'Lena Varga Jr'),
      name: 'Lena Varga Jr',
      type: 'Person' as const,
    };
    const { extraction } = apply({
      kind: 'split',
      target: V,
      into: junior,
      mentions: [{ relation: relationKey(x.relations[1]!), article: x.article.id, sentence: S2 }],
    });
    expect(extraction.relations.map((r) => [r.source, r.target])).toEqual([
      [A2, V],
      [junior.id, A2],
    ]);
    expect(extraction.entities.map((e) => e.id)).toContain(junior.id);
  });

  it('when corrections were made one after another, then they apply in that order', () => {
    const { extraction } = apply(
      { kind: 'merge', target: A2, into: INTO },
      { kind: 'reject', target: `MEDIATED:${A}>${V}@2023` },
    );
    expect(extraction.relations.map((r) => r.type)).toEqual(['MET_WITH']);
  });
});
