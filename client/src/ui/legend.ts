/**
 * The legend, which is also the type filter: one row per entity type (its shape and colour)
 * and per relation type (its colour, line and arrow), each with a checkbox and how many of
 * them the view holds. Unticking a row hides that type; the choice goes into the URL. It is
 * drawn from the style registries, so it always matches the canvas. A last group shows events
 * that did not take place (planned, offered, denied...), off by default.
 */
import { EVENT, ROLE } from '../graph/elements.ts';
import { EDGE_STYLES, NODE_STYLES, STATUS_LABELS } from '../graph/style.ts';
import type { Explorer } from '../explorer.ts';
import { UNREALISED } from '../state/url-state.ts';
import { escapeHtml } from './dom.ts';

const SHAPES: Record<string, string> = {
  ellipse: '<circle cx="8" cy="8" r="6"/>',
  'round-rectangle': '<rect x="2" y="3" width="12" height="10" rx="3"/>',
  hexagon: '<polygon points="4,2 12,2 15,8 12,14 4,14 1,8"/>',
  triangle: '<polygon points="8,2 15,14 1,14"/>',
  'round-diamond': '<polygon points="8,1 15,8 8,15 1,8" stroke-linejoin="round"/>',
};
const DASH = { solid: '', dashed: '4 3', dotted: '1.5 2.5' } as const;

function nodeSwatch(type: string): string {
  const s = NODE_STYLES[type]!;
  return `<svg class="swatch" viewBox="0 0 16 16" aria-hidden="true" fill="${s.color}">${SHAPES[s.shape] ?? SHAPES.ellipse}</svg>`;
}

function edgeSwatch(type: string, directed: boolean): string {
  const s = EDGE_STYLES[type]!;
  return (
    `<svg class="swatch" viewBox="0 0 24 16" aria-hidden="true"><line x1="1" y1="8" x2="${directed ? 17 : 23}" y2="8" stroke="${s.color}" stroke-width="2.5" stroke-dasharray="${DASH[s.line]}"/>` +
    (directed ? `<polygon points="17,4 23,8 17,12" fill="${s.color}"/>` : '') +
    '</svg>'
  );
}

/** A type no element has: what the URL holds when every box of a kind is unticked. */
const NOTHING = 'NONE';

/** Relations drawn with an arrow: those with a direction. */
const DIRECTED = new Set(['MEDIATED', 'OFFERED_MEDIATION', 'LEADS', 'HOSTED', 'VISITED']);

export function legend(explorer: Explorer, root: HTMLElement): { render(): void } {
  const render = () => {
    const { entities, relations } = explorer.filters;
    // The view's counts: what is drawn and what collapsed groups hold.
    const counts = new Map<string, number>();
    const tally = (type: unknown) => counts.set(String(type), (counts.get(String(type)) ?? 0) + 1);
    explorer.cy.elements().forEach((e) => void tally(e.data('type')));
    for (const e of explorer.groups.keptElements()) tally(e.data.type);
    const count = (type: string) => counts.get(type) ?? 0;
    const statusCount = (status: string) =>
      explorer.cy.nodes(`[type = "${EVENT}"][status = "${status}"]`).length;
    const row = (
      kind: string,
      type: string,
      label: string,
      swatch: string,
      on: boolean,
      n: number,
    ) =>
      `<label class="legend-item"><input type="checkbox" data-kind="${kind}" data-type="${type}" ${on ? 'checked' : ''}/>` +
      `${swatch}<span class="legend-label">${escapeHtml(label)}</span><span class="legend-count">${n}</span></label>`;
    root.innerHTML =
      `<fieldset><legend>Entities</legend>${Object.entries(NODE_STYLES)
        .map(([t, s]) =>
          row('entity', t, s.label, nodeSwatch(t), !entities || entities.has(t), count(t)),
        )
        .join('')}</fieldset>` +
      `<fieldset><legend>Relations</legend>${Object.entries(EDGE_STYLES)
        .map(([t, s]) =>
          row(
            'relation',
            t,
            s.label,
            edgeSwatch(t, DIRECTED.has(t)),
            !relations || relations.has(t),
            count(t),
          ),
        )
        .join('')}</fieldset>` +
      `<p class="legend-note">Thin lines tie an event (${nodeSwatch(EVENT)}) to its participants: ${count(ROLE)} in view.</p>` +
      // Events that did not take place: off unless asked for, drawn hollow when shown.
      `<fieldset><legend>Events that did not happen</legend>${UNREALISED.map((s) =>
        row(
          'status',
          s,
          STATUS_LABELS[s] ?? s.toLowerCase(),
          nodeSwatch(EVENT),
          explorer.view.statuses.includes(s),
          statusCount(s),
        ),
      ).join('')}</fieldset>`;
  };

  root.addEventListener('change', () => {
    const ticked = (kind: string) =>
      [...root.querySelectorAll<HTMLInputElement>(`input[data-kind="${kind}"]`)]
        .filter((i) => i.checked)
        .map((i) => i.dataset.type!);
    const relations = ticked('relation');
    const entities = ticked('entity');
    // All ticked is the default (nothing in the URL); none ticked must still hide everything.
    const chosen = (list: string[], all: number) =>
      list.length === all ? [] : list.length ? list : [NOTHING];
    explorer.setView({
      types: chosen(relations, Object.keys(EDGE_STYLES).length),
      entities: chosen(entities, Object.keys(NODE_STYLES).length),
      statuses: ticked('status'),
    });
    explorer.applyFilters();
  });

  explorer.onChange(render, 'graph', 'view');
  render();
  return { render };
}
