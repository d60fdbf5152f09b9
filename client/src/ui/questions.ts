/**
 * The two questions an analyst asks of the graph without writing a query. Who mediated
 * between these parties (two or more, people or states): mediators are listed by weight (the
 * API's order: events, sources, then date) with their dates and events, drawn into the view and highlighted with the MEDIATED edges behind them.
 * How are these two connected: every shortest path is drawn highlighted and one route is
 * listed step by step. Both are undoable, and both keep to the view's time window.
 */
import type { EdgeSingular } from 'cytoscape';
import { api, type Mediation, type Suggestion } from '../api.ts';
import type { Subgraph } from '../graph/elements.ts';
import { firstRoute, stepClause } from '../graph/paths.ts';
import { EDGE_STYLES } from '../graph/style.ts';
import type { Explorer } from '../explorer.ts';
import { $, escapeHtml, plural } from './dom.ts';
import { entityPicker } from './entity-picker.ts';
import type { EvidencePanel } from './evidence-panel.ts';

const MAX_PARTIES = 10;

/** All answers' subgraphs as one, so that drawing them is one step to undo. */
function union(graphs: Subgraph[]): Subgraph {
  const nodes = new Map(graphs.flatMap((g) => g.nodes).map((n) => [n.id, n]));
  const edges = new Map(graphs.flatMap((g) => g.edges).map((e) => [e.id, e]));
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** What an answer lights up: the mediator, its MEDIATED edges and who made them, its events. */
const answerIds = (m: Mediation) => [
  m.mediator.id,
  ...m.subgraph.edges.flatMap((edge) => [edge.id, edge.source]),
  ...m.events.map((event) => event.id),
];

export function mediationForm(explorer: Explorer, panel: EvidencePanel): void {
  const chips = $('parties');
  const input = $<HTMLInputElement>('party-input');
  const out = $('mediators');
  const parties: Suggestion[] = [];
  let answers: Mediation[] = [];

  const renderChips = () => {
    chips.innerHTML = parties
      .map(
        (p, i) =>
          `<span class="chip" data-id="${escapeHtml(p.id)}">${escapeHtml(p.name)}` +
          `<button type="button" data-remove="${i}" aria-label="Remove ${escapeHtml(p.name)}">×</button></span>`,
      )
      .join('');
  };
  const add = (s: Suggestion) => {
    if (!parties.some((p) => p.id === s.id) && parties.length < MAX_PARTIES) parties.push(s);
    input.value = '';
    renderChips();
  };
  const picker = entityPicker(input, add);
  chips.addEventListener('click', (e) => {
    const remove = (e.target as HTMLElement).closest<HTMLElement>('[data-remove]');
    if (!remove) return;
    parties.splice(Number(remove.dataset.remove), 1);
    renderChips();
    input.focus();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Backspace' && !input.value && parties.length) {
      parties.pop();
      renderChips();
    }
  });

  $('mediation-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    if (input.value.trim()) {
      const typed = await picker.resolve();
      if (typed) add(typed);
      picker.close();
    }
    if (parties.length < 2) {
      out.innerHTML = `<li class="error" role="alert">Name at least two parties the graph knows${input.value.trim() ? ` ("${escapeHtml(input.value.trim())}" matched nothing)` : ''}.</li>`;
      return;
    }
    const level = $<HTMLInputElement>('state-level').checked ? 'STATE' : 'PERSON';
    const names = parties.map((p) => p.name).join(', ');
    // A new question: what the panel showed for the last one no longer applies.
    const heading = `Who mediated between ${names}`;
    panel.showNote(heading, 'Asking…');
    out.innerHTML = '<li class="hint">Asking…</li>';
    try {
      answers = await api.mediations(
        parties.map((p) => p.id),
        level,
        explorer.view.from,
        explorer.view.to,
      );
    } catch (error) {
      out.innerHTML = `<li class="error" role="alert">${escapeHtml((error as Error).message)}</li>`;
      panel.showNote(heading, 'No answer: see the question on the left.');
      return;
    }
    panel.showNote(
      heading,
      answers.length
        ? `${plural(answers.length, 'mediator')}, listed on the left by weight: pick one for the sentences that say so.`
        : 'No mediation on record.',
    );
    if (!answers.length) {
      out.innerHTML = `<li>No mediation between ${escapeHtml(names)} on record${explorer.view.to || explorer.view.from ? ' in this time window' : ''}.</li>`;
      explorer.highlight([]);
      return;
    }
    out.innerHTML = answers
      .map(
        (m, i) =>
          `<li><button type="button" class="link mediator" data-answer="${i}"><b>${escapeHtml(m.mediator.name)}</b></button>` +
          ` <span class="when">${escapeHtml(m.dates.join(', ') || 'undated')}</span>` +
          ` <small class="weight">${plural(m.events.length, 'event')}, ${plural(m.sources, 'source')}</small>` +
          (m.events.length
            ? `<br/><small>${m.events.map((ev) => escapeHtml(`${ev.kind.toLowerCase()} ${ev.date ?? ''}`.trim())).join('; ')}</small>`
            : '') +
          `</li>`,
      )
      .join('');
    explorer.merge(union(answers.map((m) => m.subgraph)), `Mediators between ${names}`);
    explorer.highlight(answers.flatMap(answerIds));
  });

  out.addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest<HTMLElement>('[data-answer]');
    const m = answers[Number(button?.dataset.answer)];
    if (!m) return;
    explorer.highlight(answerIds(m));
    panel.showCitations(
      'Mediation',
      `<b>${escapeHtml(m.mediator.name)}</b> mediated between ${escapeHtml(m.parties.map((p) => p.name).join(' and '))}`,
      m.evidence,
      [m.mediator.name, ...m.parties.map((p) => p.name)],
    );
  });
}

export function pathForm(explorer: Explorer, panel: EvidencePanel): void {
  const ends: (Suggestion | null)[] = [null, null];
  const fields = [$<HTMLInputElement>('path-from'), $<HTMLInputElement>('path-to')];
  const pickers = fields.map((field, i) =>
    entityPicker(field, (s) => {
      ends[i] = s;
      field.value = s.name;
    }),
  );
  fields.forEach((field, i) => field.addEventListener('input', () => (ends[i] = null)));
  const result = $('path-result');

  $('path-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const [from, to] = await Promise.all(pickers.map((p, i) => (ends[i] ? ends[i] : p.resolve())));
    if (!from || !to) {
      result.innerHTML = `<span class="error" role="alert">Name two entities the graph knows.</span>`;
      return;
    }
    result.textContent = 'Looking…';
    const heading = `Path from ${from.name} to ${to.name}`;
    panel.showNote(heading, 'Looking…');
    try {
      const types = explorer.view.types.length ? explorer.view.types : null;
      const path = await api.path(from.id, to.id, types);
      if (!path.edges.length) {
        result.textContent = `No path from ${from.name} to ${to.name} within four steps${types ? ' over the relation types shown' : ''}.`;
        panel.showNote(heading, 'No path: see the question on the left.');
        explorer.highlight([]);
        return;
      }
      explorer.merge(
        path,
        `Path from ${from.name} to ${to.name}`,
        explorer.cy.getElementById(from.id),
      );
      explorer.applyFilters();
      explorer.highlight([...path.nodes.map((n) => n.id), ...path.edges.map((x) => x.id)]);
      const label = new Map(path.nodes.map((n) => [n.id, n.label]));
      const steps = firstRoute(path.edges, from.id, to.id);
      panel.showNote(
        heading,
        `${plural(steps.length, 'step')}, listed on the left: pick one for the sentences that state it.`,
      );
      result.innerHTML =
        `<p>${plural(steps.length, 'step')}${path.truncated ? ' (the first 20 shortest paths)' : ''}:</p><ol class="steps">` +
        steps
          .map((s) => {
            const { subject, object } = stepClause(s);
            const name = (id: string) => escapeHtml(label.get(id) ?? id);
            return (
              `<li><button type="button" class="link" data-edge="${escapeHtml(s.edge.id)}">${name(subject)} ` +
              `<i>${escapeHtml(EDGE_STYLES[s.edge.type]?.label ?? s.edge.type)}</i> ${name(object)}</button></li>`
            );
          })
          .join('') +
        '</ol>';
    } catch (error) {
      result.innerHTML = `<span class="error" role="alert">${escapeHtml((error as Error).message)}</span>`;
      panel.showNote(heading, 'No answer: see the question on the left.');
    }
  });
  result.addEventListener('click', (e) => {
    const id = (e.target as HTMLElement).closest<HTMLElement>('[data-edge]')?.dataset.edge;
    const edge = id ? (explorer.cy.getElementById(id) as EdgeSingular) : null;
    if (edge?.nonempty()) void panel.showEdge(edge);
  });
}
