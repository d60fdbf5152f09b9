/**
 * How news credits a go-between with helping rather than mediating: talks held "with the help
 * of X", "with assistance from X", "with X's assistance", resumed "with X as guarantor", and a
 * state that "assisted the talks". A word for help names a go-between only inside talks its
 * own sentence tells: military or humanitarian help makes no one a mediator. Sentences written
 * for these tests, about invented events.
 */
import { describe, expect, it } from 'vitest';
import { ofType, reader } from './helpers.ts';

// A Friday: Tuesday is 12-02.
const read = reader('2025-12-05');

describe('help and assistance', () => {
  it.each([
    'Laos and Vietnam held talks in Hanoi on Tuesday with the help of Finland.',
    'Laos and Vietnam held talks in Hanoi on Tuesday with assistance from Finland.',
    "Laos and Vietnam held talks in Hanoi on Tuesday with Finland's assistance.",
  ])('when talks were held with the help of a third state, then it mediated: %s', (text) => {
    const { dated } = read(text);
    expect(ofType(dated, 'MEDIATED')).toEqual([
      'MEDIATED Finland -> Laos @2025-12-02',
      'MEDIATED Finland -> Vietnam @2025-12-02',
    ]);
  });

  it('when two states assisted, then each of them mediated between the sides', () => {
    const { triples } = read(
      'The government of Laos and the Mekong Front have held confidential talks since March, with assistance from Finland and Chile.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Finland -> Laos',
      'MEDIATED Finland -> Mekong Front',
      'MEDIATED Chile -> Laos',
      'MEDIATED Chile -> Mekong Front',
    ]);
  });

  it('when talks resumed "with X as guarantor", then X is their go-between and no side', () => {
    const { triples, events } = read(
      'The talks between the government of Laos and the Mekong Front resumed in Vientiane on Tuesday, with Finland as guarantor.',
    );
    expect(ofType(triples, 'MEDIATED')).toEqual([
      'MEDIATED Finland -> Laos',
      'MEDIATED Finland -> Mekong Front',
    ]);
    expect(events).toEqual(['talks happened: Finland mediator, Laos party, Mekong Front party']);
  });

  it('when a state "assisted the talks" or "assisted with the talks", then it mediated them', () => {
    const one = read('Finland assisted the talks between Laos and Vietnam in Hanoi on Tuesday.');
    expect(ofType(one.triples, 'MEDIATED')).toEqual([
      'MEDIATED Finland -> Laos',
      'MEDIATED Finland -> Vietnam',
    ]);
    const two = read(
      'Laos and Vietnam held talks in Hanoi on Tuesday. Finland assisted with the talks.',
    );
    expect(ofType(two.triples, 'MEDIATED')).toEqual([
      'MEDIATED Finland -> Laos',
      'MEDIATED Finland -> Vietnam',
    ]);
  });

  it.each([
    'With American military assistance, Laos fought the Mekong Front in the highlands.',
    'With Japanese help, Laos and Vietnam built a new bridge over the river.',
    "Finland's humanitarian assistance reached Laos and Vietnam on Monday.",
    'Finland assisted Laos with rice and medicine on Monday.',
  ])('when help is no part of talks, then no one mediated: %s', (text) => {
    expect(ofType(read(text).triples, 'MEDIATED')).toEqual([]);
  });
});
