/**
 * States as compound groups of their office holders, on a headless Cytoscape: who goes into
 * which group, collapsing into meta-edges that count what they stand for, and expanding back
 * to exactly what was there.
 */
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { groupOf } from '../../../client/src/graph/group-membership.ts';
import { Groups } from '../../../client/src/graph/groups.ts';
import { metaEdges } from '../../../client/src/graph/meta-edges.ts';
import { unfoldPlaces } from '../../../client/src/graph/unfold-places.ts';

const node = (id: string, type: string) => ({
  group: 'nodes' as const,
  data: { id, label: id, type },
});
const rel = (id: string, source: string, target: string, type: string, sources = 1) => ({
  group: 'edges' as const,
  data: { id, source, target, type, sources, date: null },
});

/** Two states with their ministers, a council, and talks across. */
const VIEW = [
  node('state:north', 'STATE'),
  node('state:south', 'STATE'),
  node('organization:council', 'ORGANIZATION'),
  node('person:ines', 'PERSON'),
  node('person:kofi', 'PERSON'),
  node('person:hana', 'PERSON'),
  node('person:omar', 'PERSON'),
  rel('l1', 'person:ines', 'state:north', 'LEADS'),
  rel('l2', 'person:kofi', 'state:north', 'LEADS'),
  rel('l3', 'person:hana', 'state:south', 'LEADS', 2),
  rel('l4', 'person:hana', 'organization:council', 'LEADS', 1),
  rel('m1', 'person:ines', 'person:hana', 'MET_WITH'),
  rel('m2', 'person:kofi', 'person:hana', 'SPOKE_WITH'),
  rel('m3', 'person:kofi', 'person:omar', 'MEDIATED'),
  rel('m4', 'person:ines', 'person:kofi', 'MET_WITH'),
];

const fresh = () => cytoscape({ headless: true, elements: structuredClone(VIEW) as never });
const ids = (c: { map(f: (e: { id(): string }) => string): string[] }) =>
  c.map((e) => e.id()).sort();

describe('compound groups', () => {
  it('when people lead states, then each goes into the best-sourced one, states before organisations', () => {
    const groups = groupOf(
      VIEW.filter((e) => e.group === 'nodes').map((e) => e.data),
      VIEW.filter((e) => e.group === 'edges').map((e) => e.data as never),
    );
    expect(Object.fromEntries(groups)).toEqual({
      'person:ines': 'state:north',
      'person:kofi': 'state:north',
      'person:hana': 'state:south',
    });
  });

  it('when edges are folded into groups, then each bundle becomes one meta-edge with its count and types', () => {
    const rep = (id: string) =>
      ({ 'person:ines': 'state:north', 'person:kofi': 'state:north' })[id] ?? id;
    const metas = metaEdges(
      VIEW.filter((e) => e.group === 'edges').map((e) => e.data as never),
      rep,
    );
    expect(metas).toEqual([
      {
        id: 'meta:person:hana|state:north',
        source: 'person:hana',
        target: 'state:north',
        count: 2,
        types: ['MET_WITH', 'SPOKE_WITH'],
      },
      {
        id: 'meta:person:omar|state:north',
        source: 'person:omar',
        target: 'state:north',
        count: 1,
        types: ['MEDIATED'],
      },
    ]);
  });

  it('when grouping is on, then members sit inside their state and their LEADS edges are out of sight', () => {
    const cy = fresh();
    const groups = new Groups(cy);
    groups.enable();
    expect(ids(cy.$id('state:north').children())).toEqual(['person:ines', 'person:kofi']);
    expect(cy.$id('person:hana').parent().first().id()).toBe('state:south');
    expect(cy.$id('l1').hasClass('contained')).toBe(true);
    expect(cy.$id('l4').hasClass('contained')).toBe(false);
    groups.disable();
    expect(cy.nodes(':parent')).toHaveLength(0);
    expect(cy.edges('.contained')).toHaveLength(0);
  });

  it('when a group collapses, then its members leave with their edges and meta-edges count what went', () => {
    const cy = fresh();
    const groups = new Groups(cy);
    groups.enable();
    const before = cy.elements().jsons();
    groups.collapse('state:north');
    expect(cy.$id('person:ines').empty()).toBe(true);
    expect(cy.$id('m1').empty()).toBe(true);
    expect(cy.$id('state:north').hasClass('collapsed')).toBe(true);
    expect(cy.$id('state:north').data('collapsedLabel')).toBe('state:north (+2)');
    expect(
      cy
        .edges('.meta')
        .map((e) => [e.id(), e.data('count')])
        .sort(),
    ).toEqual([
      ['meta:person:hana|state:north', 2],
      ['meta:person:omar|state:north', 1],
    ]);
    expect([...groups.hiddenIds()].sort()).toEqual([
      'l1',
      'l2',
      'm1',
      'm2',
      'm3',
      'm4',
      'person:ines',
      'person:kofi',
    ]);
    expect(groups.holderOf('person:kofi')).toBe('state:north');

    // Both groups folded: the talks between them are one meta-edge between the states, and
    // Hana's seat on the council is one between the council and the south.
    groups.collapse('state:south');
    expect(
      cy
        .edges('.meta')
        .map((e) => [e.id(), e.data('count')])
        .sort(),
    ).toEqual([
      ['meta:organization:council|state:south', 1],
      ['meta:person:omar|state:north', 1],
      ['meta:state:north|state:south', 2],
    ]);

    groups.expand('state:north');
    groups.expand('state:south');
    expect(cy.edges('.meta')).toHaveLength(0);
    expect(ids(cy.elements())).toEqual(before.map((e) => e.data.id!).sort());
    expect(cy.$id('person:kofi').parent().first().id()).toBe('state:north');
  });

  it('when one group opens while the other stays folded, then edges into the folded one wait with it', () => {
    const cy = fresh();
    const groups = new Groups(cy);
    groups.enable();
    groups.collapse('state:north');
    groups.collapse('state:south');
    groups.expand('state:north');
    // Hana is still folded into the south: m1 and m2 wait, and show as one meta-edge.
    expect(cy.$id('m1').empty()).toBe(true);
    expect(cy.$id('m4').nonempty()).toBe(true);
    expect(
      cy
        .edges('.meta')
        .map((e) => [e.source().id(), e.target().id(), e.data('count')])
        .sort(),
    ).toEqual([
      ['organization:council', 'state:south', 1],
      ['person:ines', 'state:south', 1],
      ['person:kofi', 'state:south', 1],
    ]);
    groups.expand('state:south');
    expect(cy.$id('m1').nonempty()).toBe(true);
    expect(cy.$id('m2').nonempty()).toBe(true);
  });

  it('when new elements touch a folded member, then they are kept aside with its group and counted', () => {
    const cy = fresh();
    const groups = new Groups(cy);
    groups.enable();
    groups.collapse('state:north');
    const drawable = groups.absorb([
      node('person:zara', 'PERSON'),
      rel('n1', 'person:zara', 'person:kofi', 'MET_WITH'),
      rel('n2', 'person:zara', 'person:omar', 'MET_WITH'),
    ]);
    expect(drawable.map((e) => e.data.id)).toEqual(['person:zara', 'n2']);
    cy.add(drawable);
    groups.refresh();
    expect(cy.$id('meta:person:zara|state:north').data('count')).toBe(1);
    groups.expand('state:north');
    expect(cy.$id('n1').nonempty()).toBe(true);
  });

  it('when a snapshot is restored, then what the groups kept aside comes back with it', () => {
    const cy = fresh();
    const groups = new Groups(cy);
    groups.enable();
    groups.collapse('state:north');
    const snapshot = groups.snapshot();
    const drawn = cy.elements().jsons();
    groups.expand('state:north');
    cy.elements().remove();
    cy.add(drawn as never);
    groups.restore(snapshot);
    expect(groups.isCollapsed('state:north')).toBe(true);
    groups.expand('state:north');
    expect(cy.$id('person:ines').nonempty()).toBe(true);
  });

  it('when a group folded before it was ever laid out opens, then its members come out around where it stands, apart', () => {
    // A large view folds its groups before the first layout: every member is still at 0,0.
    const cy = fresh();
    const groups = new Groups(cy);
    groups.enable();
    groups.collapse('state:north');
    cy.$id('state:north').position({ x: 500, y: -300 });
    groups.expand('state:north');
    const members = cy.$id('state:north').children();
    const at = members.map((n) => `${Math.round(n.position('x'))},${Math.round(n.position('y'))}`);
    expect(new Set(at).size).toBe(2);
    for (const n of members) {
      expect(Math.hypot(n.position('x') - 500, n.position('y') + 300)).toBeLessThan(100);
    }
  });

  it('when a group laid out before it folded opens where a layout moved it, then its members keep their arrangement, moved along', () => {
    const cy = fresh();
    const groups = new Groups(cy);
    groups.enable();
    cy.$id('person:ines').position({ x: 10, y: 0 });
    cy.$id('person:kofi').position({ x: 70, y: 40 });
    groups.collapse('state:north');
    cy.$id('state:north').position({ x: 1000, y: 1000 });
    groups.expand('state:north');
    expect(cy.$id('person:ines').position()).toEqual({ x: 970, y: 980 });
    expect(cy.$id('person:kofi').position()).toEqual({ x: 1030, y: 1020 });
  });

  it('when a lone member or members without places come out, then each stands apart near the group', () => {
    const center = { x: -40, y: 25 };
    const [lone] = unfoldPlaces(center, [{ x: 5, y: 5 }]);
    expect(Math.hypot(lone!.x - center.x, lone!.y - center.y)).toBeLessThan(60);
    const unplaced = unfoldPlaces(center, [undefined, { x: 1, y: 1 }, undefined]);
    expect(new Set(unplaced.map((p) => `${p.x},${p.y}`)).size).toBe(3);
  });
});
