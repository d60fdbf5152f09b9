/**
 * The Corrections section: who is correcting (name and API key, kept in this browser), the
 * audit trail newest first with an Undo on each active correction, and rejected facts drawn
 * greyed on the canvas when asked for. The greyed edges are drawing aids: they carry the class
 * `rejected`, answer a click with their correction, and exports leave them out.
 */
import type { EdgeSingular } from 'cytoscape';
import { api } from '../api.ts';
import {
  corrections,
  correct,
  identity,
  type CorrectionItem,
} from '../corrections/corrections-api.ts';
import type { Explorer } from '../explorer.ts';
import { $, escapeHtml } from './dom.ts';

const DIRECTED = new Set(['MEDIATED', 'OFFERED_MEDIATION', 'LEADS', 'HOSTED', 'VISITED']);

const describe = (c: CorrectionItem): string =>
  `<span class="summary">${escapeHtml(c.summary)}</span>` +
  `<span class="meta">${escapeHtml(c.by)}, ${escapeHtml(c.at.slice(0, 16).replace('T', ' '))}` +
  `${c.why ? ` · “${escapeHtml(c.why)}”` : ''}</span>` +
  (c.active
    ? `<button type="button" class="link" data-undo="${escapeHtml(c.id)}">Undo</button>`
    : `<span class="meta">undone by ${escapeHtml(c.undoneBy ?? '?')}</span>`);

export interface AuditTrail {
  /** Reads the trail again and redraws the rejected facts. */
  refresh(): Promise<void>;
  /** What a click on a greyed edge shows. */
  describeRejected(edge: EdgeSingular): string;
  /** One correction as the trail lists it, with its Undo while active. */
  describe(record: CorrectionItem): string;
}

export function auditTrail(
  explorer: Explorer,
  afterChange: (record: CorrectionItem) => Promise<void>,
  fail: (message: string) => void,
): AuditTrail {
  const name = $<HTMLInputElement>('analyst');
  const key = $<HTMLInputElement>('api-key');
  const list = $('audit');
  const showRejected = $<HTMLInputElement>('show-rejected');
  name.value = identity.analyst;
  key.value = identity.key;
  name.addEventListener('change', () => (identity.analyst = name.value.trim()));
  key.addEventListener('change', () => (identity.key = key.value.trim()));
  let items: CorrectionItem[] = [];

  /**
   * Draws the rejected facts of the entities in view, greyed; an end folded into a collapsed
   * group is stood for by the group, as its other edges are; an end no longer in view at all
   * (the rejected fact was its only tie) is drawn beside the other, greyed too.
   */
  const drawRejected = async () => {
    const cy = explorer.cy;
    cy.elements('.rejected, .rejected-end').remove();
    if (!showRejected.checked) return;
    const drawnAs = (id: string) =>
      cy.getElementById(id).nonempty() ? id : explorer.groups.holderOf(id);
    const inView = (id: string) => drawnAs(id) !== null;
    const facts = items
      .filter((c) => c.active && c.kind === 'REJECT' && c.fact)
      .map((c) => c.fact!)
      .filter((f) => inView(f.source) || inView(f.target));
    const missing = [
      ...new Set(facts.flatMap((f) => [f.source, f.target]).filter((id) => !inView(id))),
    ];
    const ends = (await Promise.all(missing.map((id) => api.entity(id)))).filter((e) => e !== null);
    if (!showRejected.checked) return;
    cy.elements('.rejected, .rejected-end').remove();
    cy.add(
      ends.map((e) => {
        const fact = facts.find((f) => f.source === e.id || f.target === e.id)!;
        const anchor = cy.getElementById(
          drawnAs(fact.source === e.id ? fact.target : fact.source)!,
        );
        return {
          group: 'nodes' as const,
          classes: 'rejected-end',
          data: { id: e.id, label: e.name, type: e.type, degree: 0, sources: 0 },
          position: { x: anchor.position('x') + 60, y: anchor.position('y') - 60 },
        };
      }),
    );
    // Both ends folded into one group: the fact is inside it, like the group's own ties.
    const edges = facts
      .map((f) => ({ f, source: drawnAs(f.source), target: drawnAs(f.target) }))
      .filter(({ source, target }) => source !== null && target !== null && source !== target)
      .map(({ f, source, target }) => ({
        group: 'edges' as const,
        classes: 'rejected',
        data: {
          id: `rejected:${f.id}`,
          fact: f.id,
          type: f.type,
          source,
          target,
          date: f.date,
          directed: DIRECTED.has(f.type),
          sources: 1,
        },
      }));
    cy.add(edges);
    explorer.applyFilters();
  };

  const refresh = async () => {
    items = await corrections();
    list.innerHTML = items.length
      ? items
          .map(
            (c) =>
              `<li data-correction="${escapeHtml(c.id)}" class="${c.active ? '' : 'undone'}">${describe(c)}</li>`,
          )
          .join('')
      : '<li class="hint">No corrections yet.</li>';
    await drawRejected();
  };

  const redraw = () => void drawRejected().catch((error) => fail((error as Error).message));
  showRejected.addEventListener('change', redraw);
  explorer.onChange(redraw, 'graph');
  document.addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-undo]');
    if (!button) return;
    button.disabled = true;
    correct
      .undo(button.dataset.undo!)
      .then(afterChange)
      .catch((error) => fail((error as Error).message))
      .finally(() => (button.disabled = false));
  });

  return {
    refresh,
    describe,
    describeRejected: (edge) => {
      const record = items.find((c) => c.active && c.fact?.id === edge.data('fact'));
      return record ? describe(record) : 'Rejected.';
    },
  };
}
