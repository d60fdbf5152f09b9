/**
 * The view in the URL, the GraphML file, evidence sentences with their phrase marked, the
 * route listed for a path, and undo history: each pure, each without a browser.
 */
import { describe, expect, it } from 'vitest';
import { toGraphML } from '../../../client/src/export/graphml.ts';
import { firstRoute, stepClause } from '../../../client/src/graph/paths.ts';
import { History } from '../../../client/src/state/history.ts';
import { DEFAULT_VIEW, decodeView, encodeView } from '../../../client/src/state/url-state.ts';
import { markEvidence } from '../../../client/src/ui/evidence-text.ts';

describe('URL state', () => {
  it('when a view is written to the URL and read back, then it is the same view', () => {
    const view = {
      ...DEFAULT_VIEW,
      focus: 'person:ana',
      types: ['MEDIATED', 'MET_WITH'],
      entities: ['PERSON', 'EVENT'],
      minSources: 2,
      from: '2020-01-01',
      to: '2022-08',
      layout: 'timeline' as const,
      size: 'sources' as const,
      group: true,
      hideIsolated: true,
      top: 2000,
    };
    const search = encodeView(view);
    expect(search).toBe(
      '?focus=person:ana&types=MEDIATED,MET_WITH&entities=PERSON,EVENT&min=2&from=2020-01-01&to=2022-08&layout=timeline&size=sources&group=1&isolated=hide&top=2000',
    );
    expect(decodeView(search)).toEqual(view);
  });

  it('when the view is the default, then the URL is empty', () => {
    expect(encodeView(DEFAULT_VIEW)).toBe('');
    expect(decodeView('')).toEqual(DEFAULT_VIEW);
  });

  it('when the URL holds junk, then it is dropped rather than trusted', () => {
    expect(
      decodeView(
        '?focus=<script>&types=MEDIATED,x y&from=yesterday&to=2022-13&layout=spiral&size=vibes&min=-3&top=99999',
      ),
    ).toEqual({ ...DEFAULT_VIEW, types: ['MEDIATED'] });
  });
});

describe('GraphML export', () => {
  it('when the view is exported, then the XML declares typed keys, escapes text and keeps events and roles', () => {
    const xml = toGraphML(
      [
        {
          id: 'person:ana',
          label: 'Ana & "Co"',
          type: 'PERSON',
          degree: 2,
          sources: 3,
          parent: 'state:arda',
        },
        { id: 'event:talks', label: 'talks 2021', type: 'EVENT', date: '2021' },
      ],
      [
        {
          id: 'e1',
          source: 'person:ana',
          target: 'person:ana',
          type: 'MEDIATED',
          date: '2021',
          sources: 2,
          directed: true,
          evidence: '<b>said</b>',
        },
        {
          id: 'r1',
          source: 'person:ana',
          target: 'event:talks',
          type: 'ROLE',
          role: 'mediator',
          date: '2021',
          sources: 1,
          directed: true,
        },
      ],
    );
    expect(xml).toMatch(
      /<key id="e_relation" for="edge" attr.name="relation" attr.type="string"\/>/,
    );
    expect(xml).toMatch(/<key id="n_sources" for="node" attr.name="sources" attr.type="int"\/>/);
    expect(xml).toContain('Ana &amp; &quot;Co&quot;');
    expect(xml).toContain('&lt;b&gt;said&lt;/b&gt;');
    expect(xml).toContain('<data key="n_group">state:arda</data>');
    expect(xml).toContain('<data key="e_role">mediator</data>');
    expect(xml.match(/<node /g)).toHaveLength(2);
    expect(xml.match(/<edge /g)).toHaveLength(2);
    // An absent value leaves no empty element behind.
    expect(xml).not.toMatch(/<data key="[a-z_]+"><\/data>/);
  });
});

describe('evidence text', () => {
  const sentence = 'Lena Varga brokered talks between Amara Okafor and Tomás Reyes <in> Port Alda.';

  it('when a phrase is given, then it is marked as the phrase and the names more lightly, all escaped', () => {
    const at = sentence.indexOf('brokered talks between');
    const html = markEvidence(sentence, { start: at, end: at + 'brokered talks between'.length }, [
      'Lena Varga',
      'Tomás Reyes',
    ]);
    expect(html).toContain('<mark class="phrase">brokered talks between</mark>');
    expect(html).toContain('<mark class="name">Lena Varga</mark>');
    expect(html).toContain('<mark class="name">Tomás Reyes</mark>');
    expect(html).toContain('&lt;in&gt;');
    expect(html.replace(/<\/?mark[^>]*>/g, '')).toBe(sentence.replace('<in>', '&lt;in&gt;'));
  });

  it('when only a surname is written, then it is the surname that is marked; a bad phrase is ignored', () => {
    const html = markEvidence('Okafor met Reyes.', { start: 5, end: 99 }, [
      'Amara Okafor',
      'Tomas Reyes',
    ]);
    expect(html).toBe('<mark class="name">Okafor</mark> met <mark class="name">Reyes</mark>.');
  });
});

describe('path route', () => {
  it('when the answer holds several shortest paths, then one route is listed from start to end', () => {
    const edges = [
      { id: 'a-b', type: 'MET_WITH', source: 'a', target: 'b' },
      { id: 'c-b', type: 'MEDIATED', source: 'c', target: 'b' },
      { id: 'a-d', type: 'MET_WITH', source: 'a', target: 'd' },
      { id: 'd-c', type: 'SPOKE_WITH', source: 'd', target: 'c' },
    ];
    const steps = firstRoute(edges, 'a', 'c');
    expect(steps.map((s) => [s.from, s.to, s.edge.id])).toEqual([
      ['a', 'b', 'a-b'],
      ['b', 'c', 'c-b'],
    ]);
    expect(firstRoute(edges, 'a', 'z')).toEqual([]);
    expect(firstRoute(edges, 'a', 'a')).toEqual([]);
  });

  it('when the route walks a directed relation backwards, then the step still reads from its source', () => {
    // Putin hosted Aliyev; the route goes from Aliyev to Putin, then on to Pashinyan.
    const edges = [
      { id: 'h', type: 'HOSTED', source: 'putin', target: 'aliyev', directed: true },
      { id: 'm', type: 'MET_WITH', source: 'pashinyan', target: 'putin', directed: false },
    ];
    const [hosted, met] = firstRoute(edges, 'aliyev', 'pashinyan');
    expect(stepClause(hosted!)).toEqual({ subject: 'putin', object: 'aliyev', against: true });
    // A relation without a direction is read the way the route walks it.
    expect(stepClause(met!)).toEqual({ subject: 'putin', object: 'pashinyan', against: false });
    const [forward] = firstRoute(edges, 'putin', 'aliyev');
    expect(stepClause(forward!)).toEqual({ subject: 'putin', object: 'aliyev', against: false });
  });
});

describe('history', () => {
  it('when actions are undone and redone, then each takes itself back and again, and a new action clears redo', () => {
    const log: string[] = [];
    const changes: string[] = [];
    const history = new History(2, () => changes.push('change'));
    const act = (name: string) =>
      history.push({
        label: name,
        undo: () => log.push(`undo ${name}`),
        redo: () => log.push(`redo ${name}`),
      });
    act('a');
    act('b');
    act('c');
    expect(history.nextUndo).toBe('c');
    history.undo();
    history.undo();
    // The limit is two: "a" fell off the end.
    expect(history.undo()).toBeNull();
    expect(history.redo()?.label).toBe('b');
    act('d');
    expect(history.nextRedo).toBeNull();
    expect(log).toEqual(['undo c', 'undo b', 'redo b']);
    expect(changes.length).toBe(7);
  });
});
