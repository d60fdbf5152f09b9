/**
 * The explorer page: wires the graph canvas, search, filters, time slider, evidence panel,
 * the who-mediated and path forms, exports and the URL state together. Graph logic lives in
 * the pure modules beside it (elements, filters, timeline, url-state, graphml); this module
 * only reacts to the analyst and to the API.
 */
import './styles.css';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { api, type Suggestion } from './api.ts';
import { capNeighbours, toElements, type EdgeData, type Subgraph } from './graph/elements.ts';
import { edgeVisible, nodeVisible, timeStops, type Filters } from './graph/filters.ts';
import { EDGE_STYLES, NODE_STYLES, stylesheet } from './graph/style.ts';
import { timelinePositions } from './graph/timeline.ts';
import { toGraphML } from './export/graphml.ts';
import { decodeView, encodeView, type ViewState } from './state/url-state.ts';

cytoscape.use(fcose);

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const EXPAND_CAP = 25;
const LARGE = 2000;

const cy = cytoscape({
  container: $('cy'),
  style: stylesheet() as never,
  wheelSensitivity: 0.3,
  minZoom: 0.05,
  maxZoom: 4,
});
(window as unknown as { cy: cytoscape.Core }).cy = cy;

let view: ViewState = decodeView(window.location.search);
let stops: string[] = [];
const filters: Filters = { relations: null, entities: null, minSources: 1, from: null, to: null };

// ---- undo and redo: snapshots of the elements before each change -------------------------
const undoStack: cytoscape.ElementDefinition[][] = [];
const redoStack: cytoscape.ElementDefinition[][] = [];
const snapshot = () => cy.elements().jsons() as unknown as cytoscape.ElementDefinition[];
function remember(): void {
  undoStack.push(snapshot());
  if (undoStack.length > 50) undoStack.shift();
  redoStack.length = 0;
}
function restore(from: cytoscape.ElementDefinition[][], to: cytoscape.ElementDefinition[][]): void {
  const state = from.pop();
  if (!state) return;
  to.push(snapshot());
  cy.elements().remove();
  cy.add(state);
  applyFilters();
}

// ---- loading -------------------------------------------------------------------------
function setStatus(text: string): void {
  $('time-label').title = text;
}

function show(graph: Subgraph, replace: boolean): void {
  if (replace) cy.elements().remove();
  const present = new Set(cy.elements().map((e) => e.id()));
  cy.add(toElements(graph, present) as never);
  stops = timeStops(cy.edges().map((e) => e.data() as EdgeData));
  const slider = $<HTMLInputElement>('time');
  slider.max = String(stops.length);
  slider.value = String(stops.length);
  if (view.to) slider.value = String(stops.filter((d) => d <= view.to!).length);
  updateTime(false);
  runLayout();
}

async function load(): Promise<void> {
  $<HTMLSelectElement>('layout').value = view.layout;
  filters.relations = view.types.length ? new Set(view.types) : null;
  filters.from = view.from;
  filters.to = view.to;
  renderLegend();
  try {
    if (view.focus) await focus(view.focus, false);
    else show(await api.overview(), true);
  } catch (error) {
    panel(`<p class="error">${escapeHtml((error as Error).message)}</p>`);
  }
}

async function focus(id: string, push = true): Promise<void> {
  const graph = await api.neighborhood(id, view.types.length ? view.types : null, view.from, null);
  remember();
  show(graph, true);
  cy.$id(id).select();
  view = { ...view, focus: id };
  if (push) pushView();
}

async function expand(node: cytoscape.NodeSingular): Promise<void> {
  const graph = await api.neighborhood(
    node.id(),
    view.types.length ? view.types : null,
    view.from,
    null,
  );
  const present = new Set(cy.nodes().map((n) => n.id()));
  const fresh = {
    nodes: graph.nodes.filter((n) => !present.has(n.id) || n.id === node.id()),
    edges: graph.edges,
  };
  const { shown, hidden } = capNeighbours(fresh, node.id(), EXPAND_CAP);
  remember();
  cy.$id(`more:${node.id()}`).remove();
  show(
    {
      nodes: [...shown.nodes, ...graph.nodes.filter((n) => present.has(n.id))],
      edges: shown.edges,
    },
    false,
  );
  if (hidden > 0) {
    cy.add({
      group: 'nodes',
      data: { id: `more:${node.id()}`, label: `+${hidden} more`, type: 'MORE', degree: 0 },
      classes: 'more',
    });
    cy.add({
      group: 'edges',
      data: {
        id: `more-edge:${node.id()}`,
        source: node.id(),
        target: `more:${node.id()}`,
        type: 'MORE',
        sources: 1,
        date: null,
      },
    });
  }
}

// ---- layout ---------------------------------------------------------------------------
function runLayout(): void {
  const name = $<HTMLSelectElement>('layout').value;
  const visible = cy.elements(':visible');
  if (name === 'timeline') {
    const positions = timelinePositions(
      cy.nodes().map((n) => ({ id: n.id(), type: n.data('type') as string })),
      cy.edges().map((e) => e.data() as EdgeData),
    );
    visible
      .layout({
        name: 'preset',
        positions: (n: cytoscape.NodeSingular) => positions.get(n.id()) ?? { x: 0, y: 0 },
        fit: true,
        padding: 30,
      } as never)
      .run();
    return;
  }
  const big = cy.elements().length > LARGE;
  const options: Record<string, unknown> =
    name === 'fcose'
      ? {
          name,
          quality: big ? 'draft' : 'default',
          animate: false,
          randomize: true,
          nodeRepulsion: 8000,
          idealEdgeLength: 90,
          fit: true,
          padding: 30,
        }
      : name === 'breadthfirst'
        ? {
            name,
            directed: true,
            spacingFactor: 1.1,
            fit: true,
            padding: 30,
            roots: cy.nodes(':selected').length ? cy.nodes(':selected') : undefined,
          }
        : {
            name,
            concentric: (n: cytoscape.NodeSingular) => n.degree(false),
            levelWidth: () => 2,
            fit: true,
            padding: 30,
            animate: false,
          };
  visible.layout(options as never).run();
}

// ---- filters, legend, time --------------------------------------------------------------
function applyFilters(): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      n.toggleClass(
        'hidden',
        n.data('type') !== 'MORE' && (!nodeVisible(n.data(), filters) || n.hasClass('user-hidden')),
      );
    });
    cy.edges().forEach((e) => {
      const d = e.data() as EdgeData;
      e.toggleClass('hidden', d.type !== 'MORE' && !edgeVisible(d, filters));
    });
  });
}

function renderLegend(): void {
  const legend = $('legend');
  const item = (
    kind: 'entity' | 'relation',
    type: string,
    label: string,
    color: string,
    on: boolean,
  ) =>
    `<label class="legend-item"><input type="checkbox" data-kind="${kind}" data-type="${type}" ${on ? 'checked' : ''}/>` +
    `<span class="swatch ${kind}" style="--c:${color}"></span>${label}</label>`;
  legend.innerHTML =
    Object.entries(NODE_STYLES)
      .map(([t, s]) =>
        item('entity', t, s.label, s.color, !filters.entities || filters.entities.has(t)),
      )
      .join('') +
    '<hr/>' +
    Object.entries(EDGE_STYLES)
      .map(([t, s]) =>
        item('relation', t, s.label, s.color, !filters.relations || filters.relations.has(t)),
      )
      .join('');
}

$('legend').addEventListener('change', () => {
  const checked = (kind: string) =>
    [...document.querySelectorAll<HTMLInputElement>(`#legend input[data-kind="${kind}"]`)]
      .filter((i) => i.checked)
      .map((i) => i.dataset.type!);
  const relations = checked('relation');
  const entities = checked('entity');
  filters.relations =
    relations.length === Object.keys(EDGE_STYLES).length ? null : new Set(relations);
  filters.entities = entities.length === Object.keys(NODE_STYLES).length ? null : new Set(entities);
  view = { ...view, types: filters.relations ? [...filters.relations] : [] };
  pushView();
  applyFilters();
});

$<HTMLInputElement>('min-sources').addEventListener('input', (e) => {
  filters.minSources = Math.max(1, Number((e.target as HTMLInputElement).value) || 1);
  applyFilters();
});

function updateTime(push: boolean): void {
  const index = Number($<HTMLInputElement>('time').value);
  filters.to = index >= stops.length ? null : (stops[index] ?? null);
  $('time-label').textContent = filters.to ? `as of ${filters.to}` : 'all dates';
  if (push) {
    view = { ...view, to: filters.to };
    pushView();
  }
  applyFilters();
}
$('time').addEventListener('input', () => updateTime(true));

let playing: ReturnType<typeof setTimeout> | null = null;
$('play').addEventListener('click', () => {
  const slider = $<HTMLInputElement>('time');
  if (playing) {
    clearTimeout(playing);
    playing = null;
    $('play').textContent = 'Play';
    return;
  }
  slider.value = '0';
  $('play').textContent = 'Stop';
  const step = () => {
    updateTime(false);
    if (Number(slider.value) >= stops.length) {
      playing = null;
      $('play').textContent = 'Play';
      return;
    }
    slider.value = String(Number(slider.value) + 1);
    playing = setTimeout(step, 700);
  };
  step();
});

// ---- evidence panel ----------------------------------------------------------------------
function escapeHtml(text: string): string {
  return text.replace(
    /[<>&"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!,
  );
}

function panel(html: string): void {
  $('panel').innerHTML = `<h2>Evidence</h2>${html}`;
}

/** The sentence with the names of both ends marked, so the phrase that states the fact stands out. */
function highlight(sentence: string, names: string[]): string {
  let html = escapeHtml(sentence);
  for (const name of names) {
    for (const part of [name, name.split(' ').pop() ?? name]) {
      const safe = escapeHtml(part).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (part.length > 2 && new RegExp(safe).test(html)) {
        html = html.replace(
          new RegExp(`(?<!<mark>)${safe}`, 'g'),
          `<mark>${escapeHtml(part)}</mark>`,
        );
        break;
      }
    }
  }
  return html;
}

function showEdge(edge: cytoscape.EdgeSingular): void {
  const d = edge.data() as EdgeData;
  const names = [edge.source().data('label') as string, edge.target().data('label') as string];
  const citations = d.citations?.length
    ? d.citations
    : d.evidence.map((sentence) => ({
        sentence,
        article: { title: null, url: null, source: null, published: null },
      }));
  panel(
    `<p class="relation"><b>${escapeHtml(names[0]!)}</b> ${escapeHtml(EDGE_STYLES[d.type]?.label ?? d.type)} <b>${escapeHtml(names[1]!)}</b>` +
      `${d.date ? ` · ${escapeHtml(d.date)}` : ''}${d.eventKind ? ` · ${escapeHtml(d.eventKind)}` : ''}</p>` +
      `<p class="count">${d.sources} source${d.sources === 1 ? '' : 's'}</p><ol class="evidence">` +
      citations
        .map(
          (c) =>
            `<li><blockquote>${highlight(c.sentence, names)}</blockquote><cite>${
              c.article.url
                ? `<a href="${escapeHtml(c.article.url)}" target="_blank" rel="noopener">${escapeHtml(c.article.title ?? c.article.url)}</a>`
                : escapeHtml(c.article.title ?? '')
            }${c.article.source ? ` — ${escapeHtml(c.article.source)}` : ''}${c.article.published ? `, ${escapeHtml(c.article.published)}` : ''}</cite></li>`,
        )
        .join('') +
      '</ol>',
  );
}

cy.on('tap', 'edge', (e) => showEdge(e.target as cytoscape.EdgeSingular));
cy.on('tap', 'node', (e) => {
  const n = e.target as cytoscape.NodeSingular;
  if (n.hasClass('more')) return;
  panel(
    `<p><b>${escapeHtml(n.data('label'))}</b> (${escapeHtml(String(n.data('type')).toLowerCase())}), ${n.data('degree')} relations. Double-click or press E to expand.</p>`,
  );
});
cy.on('dbltap', 'node', (e) => {
  const n = e.target as cytoscape.NodeSingular;
  void expand(n.hasClass('more') ? (n.incomers('node').first() as cytoscape.NodeSingular) : n);
});
// Level of detail: big graphs drop edges and labels while they move.
cy.on('add remove', () => {
  const big = cy.elements().length > LARGE;
  const renderer = cy as unknown as {
    _private: { renderer?: { hideEdgesOnViewport?: boolean; textureOnViewport?: boolean } };
  };
  const r = renderer._private.renderer;
  if (r) {
    r.hideEdgesOnViewport = big;
    r.textureOnViewport = big;
  }
});

// ---- keyboard ----------------------------------------------------------------------------
document.addEventListener('keydown', (e) => {
  const typing = (e.target as HTMLElement).closest('input, select, textarea');
  if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
    e.preventDefault();
    if (e.shiftKey) restore(redoStack, undoStack);
    else restore(undoStack, redoStack);
    return;
  }
  if (typing) return;
  const selected = cy.nodes(':selected');
  if (e.key === 'e' && selected.length) void expand(selected.first());
  if (e.key === 'h' && selected.length) {
    remember();
    selected.addClass('user-hidden');
    applyFilters();
  }
  if (e.key === 'p' && selected.length) {
    selected.toggleClass('pinned');
    selected.forEach((n) => {
      if (n.hasClass('pinned')) n.lock();
      else n.unlock();
    });
  }
});
$('undo').addEventListener('click', () => restore(undoStack, redoStack));
$('redo').addEventListener('click', () => restore(redoStack, undoStack));

// ---- search with suggestions ---------------------------------------------------------------
const ICONS: Record<string, string> = {
  PERSON: '●',
  STATE: '■',
  ORGANIZATION: '⬢',
  PLACE: '▲',
  EVENT: '◆',
};
let suggestions: Suggestion[] = [];
let active = -1;
const input = $<HTMLInputElement>('search');
const list = $<HTMLUListElement>('suggestions');

function renderSuggestions(): void {
  list.hidden = suggestions.length === 0;
  list.innerHTML = suggestions
    .map(
      (s, i) =>
        `<li role="option" data-id="${escapeHtml(s.id)}" class="${i === active ? 'active' : ''}" aria-selected="${i === active}">` +
        `<span class="icon" style="color:${NODE_STYLES[s.type]?.color ?? '#555'}">${ICONS[s.type] ?? '•'}</span>${escapeHtml(s.name)}` +
        `${s.aliases.length ? ` <small>${escapeHtml(s.aliases.slice(0, 3).join(', '))}</small>` : ''}</li>`,
    )
    .join('');
}

let searchTimer: ReturnType<typeof setTimeout> | null = null;
input.addEventListener('input', () => {
  if (searchTimer) clearTimeout(searchTimer);
  searchTimer = setTimeout(async () => {
    const text = input.value.trim();
    suggestions = text.length >= 2 ? await api.search(text) : [];
    active = suggestions.length ? 0 : -1;
    renderSuggestions();
  }, 120);
});
input.addEventListener('keydown', (e) => {
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    active =
      (active + (e.key === 'ArrowDown' ? 1 : -1) + suggestions.length) %
      Math.max(1, suggestions.length);
    renderSuggestions();
  } else if (e.key === 'Enter') {
    e.preventDefault();
    const chosen = suggestions[active] ?? suggestions[0];
    if (chosen) choose(chosen);
  } else if (e.key === 'Escape') {
    suggestions = [];
    renderSuggestions();
  }
});
list.addEventListener('mousedown', (e) => {
  const li = (e.target as HTMLElement).closest('li');
  const chosen = suggestions.find((s) => s.id === li?.dataset.id);
  if (chosen) choose(chosen);
});
function choose(s: Suggestion): void {
  input.value = s.name;
  suggestions = [];
  renderSuggestions();
  void focus(s.id);
}

/** The id of the best match for what the analyst typed in a form field. */
async function resolveName(text: string): Promise<Suggestion | null> {
  if (/^[a-z]+:\S+$/.test(text.trim()))
    return { id: text.trim(), name: text.trim(), type: '', aliases: [] };
  const hits = await api.search(text.trim());
  return hits[0] ?? null;
}

// ---- who mediated, and paths ---------------------------------------------------------------
$('mediation-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const out = $('mediators');
  const parties = await Promise.all([
    resolveName($<HTMLInputElement>('party-a').value),
    resolveName($<HTMLInputElement>('party-b').value),
  ]);
  if (parties.some((p) => !p)) {
    out.innerHTML = '<li class="error">Name two parties the graph knows.</li>';
    return;
  }
  const level = $<HTMLInputElement>('state-level').checked ? 'STATE' : 'PERSON';
  const found = await api.mediations(
    parties.map((p) => p!.id),
    level,
  );
  cy.elements().removeClass('highlight');
  out.innerHTML = found.length
    ? found
        .map(
          (m) =>
            `<li data-id="${escapeHtml(m.mediator.id)}"><b>${escapeHtml(m.mediator.name)}</b> ${escapeHtml(m.dates.join(', '))}` +
            `${m.events.length ? `<br/><small>${m.events.map((ev) => escapeHtml(`${ev.kind} ${ev.date ?? ''}`)).join('; ')}</small>` : ''}</li>`,
        )
        .join('')
    : '<li>No mediation between them on record.</li>';
  for (const m of found) {
    if (cy.$id(m.mediator.id).empty())
      await expand(
        cy.$id(parties[0]!.id).nonempty() ? cy.$id(parties[0]!.id) : cy.nodes().first(),
      ).catch(() => undefined);
    cy.$id(m.mediator.id).addClass('highlight');
    cy.edges(`[type = "MEDIATED"][source = "${m.mediator.id}"]`).addClass('highlight');
  }
});

$('path-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const [from, to] = await Promise.all([
    resolveName($<HTMLInputElement>('path-from').value),
    resolveName($<HTMLInputElement>('path-to').value),
  ]);
  if (!from || !to) {
    $('path-result').textContent = 'Name two entities the graph knows.';
    return;
  }
  const path = await api.path(from.id, to.id);
  remember();
  show(path, false);
  cy.elements().removeClass('highlight');
  for (const n of path.nodes) cy.$id(n.id).addClass('highlight');
  for (const ed of path.edges) cy.$id(ed.id).addClass('highlight');
  $('path-result').textContent = path.edges.length
    ? `${path.edges.length} step${path.edges.length === 1 ? '' : 's'}: ${path.nodes.map((n) => n.label).join(' → ')}`
    : 'No path within reach.';
});

// ---- exports ---------------------------------------------------------------------------------
function download(name: string, blob: Blob): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
$('export-png').addEventListener('click', () =>
  download(
    'parley.png',
    cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 }) as unknown as Blob,
  ),
);
$('export-json').addEventListener('click', () =>
  download('parley.cyjs', new Blob([JSON.stringify(cy.json())], { type: 'application/json' })),
);
$('export-graphml').addEventListener('click', () =>
  download(
    'parley.graphml',
    new Blob(
      [
        toGraphML(
          cy
            .nodes()
            .not('.more')
            .map((n) => n.data()),
          cy
            .edges()
            .filter((e) => e.data('type') !== 'MORE')
            .map((e) => e.data()),
        ),
      ],
      { type: 'application/xml' },
    ),
  ),
);

// ---- URL state ---------------------------------------------------------------------------------
function pushView(): void {
  const next = `${window.location.pathname}${encodeView(view)}`;
  if (next !== `${window.location.pathname}${window.location.search}`)
    window.history.pushState(null, '', next);
}
window.addEventListener('popstate', () => {
  view = decodeView(window.location.search);
  void load();
});
$<HTMLSelectElement>('layout').addEventListener('change', (e) => {
  view = { ...view, layout: (e.target as HTMLSelectElement).value };
  pushView();
  runLayout();
});
$('overview').addEventListener('click', async () => {
  view = { ...view, focus: null };
  pushView();
  remember();
  show(await api.overview(), true);
});

setStatus('');
void load();
