/**
 * The explorer page: builds the Explorer on the canvas and wires each panel to it. Graph
 * logic lives in graph/ and state/, panels in ui/; this module only connects them and the
 * few controls that are one line each.
 */
import './styles.css';
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import { Explorer } from './explorer.ts';
import { EXPAND_CAP } from './explorer/graph-loading.ts';
import { LAYOUTS, isLayoutName } from './graph/layouts.ts';
import { SIZE_BY, type SizeBy } from './graph/style.ts';
import { MAX_TOP } from './state/url-state.ts';
import { $, plural } from './ui/dom.ts';
import type { CorrectionItem } from './corrections/corrections-api.ts';
import { auditTrail } from './ui/audit-trail.ts';
import { correctControls } from './ui/correct-controls.ts';
import { entityPicker } from './ui/entity-picker.ts';
import { EvidencePanel } from './ui/evidence-panel.ts';
import { expandMenu } from './ui/expand-menu.ts';
import { exportButtons } from './ui/exports.ts';
import { investigationsPanel } from './ui/investigations.ts';
import { keyboard } from './ui/keyboard.ts';
import { legend } from './ui/legend.ts';
import { mediationForm, pathForm } from './ui/questions.ts';
import { timeAxis } from './ui/time-axis.ts';
import { timeBar } from './ui/time-bar.ts';

const explorer = new Explorer($('cy'), window.location.search);
const { cy } = explorer;
// For the end-to-end tests and the render benchmark, which read the graph the page holds.
Object.assign(window, { cy, parley: explorer });

const panel = new EvidencePanel(explorer, $('panel'));
const fail = (error: unknown) => panel.error((error as Error).message);
legend(explorer, $('legend'));
const time = timeBar(explorer);
mediationForm(explorer, panel);
pathForm(explorer, panel);
exportButtons(explorer, (message) => explorer.setStatus(message));
keyboard(explorer, panel, expandMenu(explorer, fail));
timeAxis(explorer, $('time-axis'));

// ---- corrections and saved investigations ------------------------------------------------
// After a correction or an undo the view is read again: what it shows is the corrected graph.
// A focus merged away moves to the entity it was merged into.
const afterCorrection = async (record: CorrectionItem) => {
  await audit.refresh();
  const into = (JSON.parse(record.after) as { into?: { id: string } }).into?.id;
  if (record.active && record.kind === 'MERGE' && explorer.view.focus === record.target && into)
    await explorer.focus(into);
  else await explorer.load().catch(() => explorer.overview());
  panel.showNote(record.active ? 'Correction made' : 'Correction undone', audit.describe(record));
};
const audit = auditTrail(explorer, afterCorrection, (m) => panel.error(m));
correctControls(explorer, $('panel'), afterCorrection, (m) => panel.error(m));
const saved = investigationsPanel(explorer, (m) => panel.error(m));

const search = $<HTMLInputElement>('search');
entityPicker(search, (s) => {
  search.value = s.name;
  explorer.focus(s.id).catch(fail);
});

// Whoever focused an entity (search, the panel's Focus, a link) is shown its profile.
explorer.onChange(() => {
  const node = cy.getElementById(explorer.view.focus ?? '');
  if (node.nonempty()) void panel.showNode(node as NodeSingular);
}, 'focus');

// ---- the canvas ---------------------------------------------------------------------------
cy.on('tap', 'edge', (e) => {
  const edge = e.target as EdgeSingular;
  if (edge.hasClass('rejected')) panel.showNote('Rejected fact', audit.describeRejected(edge));
  else void panel.showEdge(edge);
});
cy.on('tap', 'node', (e) => void panel.showNode(e.target as NodeSingular));
// Cytoscape calls any two quick taps a double tap, even on two different nodes.
let taps: [string | null, string | null] = [null, null];
cy.on('tap', (e) => {
  taps = [taps[1], e.target === cy ? null : (e.target as NodeSingular).id()];
});
cy.on('dbltap', 'node', (e) => {
  const node = e.target as NodeSingular;
  if (taps[0] !== node.id()) return;
  if (node.isParent() || explorer.groups.isCollapsed(node.id())) explorer.toggleGroup(node.id());
  else explorer.expand(node).catch(fail);
});

// ---- view controls --------------------------------------------------------------------------
const layout = $<HTMLSelectElement>('layout');
layout.innerHTML = Object.entries(LAYOUTS)
  .map(([name, spec]) => `<option value="${name}">${spec.label}</option>`)
  .join('');
layout.addEventListener('change', () => {
  if (isLayoutName(layout.value)) explorer.setLayout(layout.value).catch(fail);
});
const size = $<HTMLSelectElement>('size-by');
size.innerHTML = Object.entries(SIZE_BY)
  .map(([name, s]) => `<option value="${name}">${s.label}</option>`)
  .join('');
size.addEventListener('change', () => explorer.setSize(size.value as SizeBy));
const group = $<HTMLInputElement>('group');
group.addEventListener('change', () => explorer.setGrouping(group.checked));
$('collapse-all').addEventListener('click', () => {
  if (!explorer.view.group) explorer.setGrouping(true);
  explorer.setAllGroups(true);
});
$('expand-all').addEventListener('click', () => explorer.setAllGroups(false));
const isolated = $<HTMLInputElement>('hide-isolated');
isolated.addEventListener('change', () => {
  explorer.setView({ hideIsolated: isolated.checked });
  explorer.applyFilters();
});
const minSources = $<HTMLInputElement>('min-sources');
minSources.addEventListener('change', () => {
  explorer.setView({ minSources: Math.max(1, Math.floor(Number(minSources.value)) || 1) });
  explorer.applyFilters();
});
const top = $<HTMLInputElement>('top');
top.max = String(MAX_TOP);
top.addEventListener('change', () => {
  const n = Math.min(MAX_TOP, Math.max(1, Math.floor(Number(top.value)) || 1));
  explorer.setView({ top: n, focus: null });
  explorer.overview('none').catch(fail);
});
$('overview').addEventListener('click', () => explorer.overview().catch(fail));
$('relayout').addEventListener('click', () => explorer.relayout().catch(fail));
$('undo').addEventListener('click', () => explorer.undo());
$('redo').addEventListener('click', () => explorer.redo());
$('help-open').addEventListener('click', () => $<HTMLDialogElement>('help').showModal());
$('help-close').addEventListener('click', () => $<HTMLDialogElement>('help').close());

/** The controls show the view as it is, whoever changed it (a click, a key, back, a link). */
function syncControls(): void {
  const v = explorer.view;
  layout.value = v.layout;
  size.value = v.size;
  group.checked = v.group;
  isolated.checked = v.hideIsolated;
  minSources.value = String(v.minSources);
  top.value = String(v.top);
  const undo = explorer.history.nextUndo;
  const redo = explorer.history.nextRedo;
  $<HTMLButtonElement>('undo').disabled = !undo;
  $<HTMLButtonElement>('undo').title = undo ? `Undo: ${undo} (Ctrl+Z)` : 'Nothing to undo';
  $<HTMLButtonElement>('redo').disabled = !redo;
  $<HTMLButtonElement>('redo').title = redo ? `Redo: ${redo} (Ctrl+Shift+Z)` : 'Nothing to redo';
}

const status = $('status');
let statusFrame = 0;
function renderStatus(): void {
  statusFrame = 0;
  const { nodes, edges } = explorer.shown;
  const last = explorer.lastLayout;
  status.dataset.nodes = String(cy.nodes().length);
  status.dataset.edges = String(cy.edges().length);
  status.dataset.layoutRunner = last?.runner ?? '';
  status.dataset.layoutMs = last ? last.ms.toFixed(0) : '';
  status.textContent = [
    `${plural(nodes, 'node')}, ${plural(edges, 'edge')} shown`,
    explorer.groups.collapsed().length
      ? `${plural(explorer.groups.collapsed().length, 'group')} folded`
      : '',
    last
      ? `${last.name} ${last.ms.toFixed(0)} ms${last.runner === 'worker' ? ' in a worker' : ''}`
      : '',
    explorer.status,
  ]
    .filter(Boolean)
    .join(' · ');
}

explorer.onChange(syncControls, 'view', 'history', 'graph');
explorer.onChange(() => (statusFrame ||= requestAnimationFrame(renderStatus)));
window.addEventListener('popstate', () => {
  time.stop();
  explorer.follow(window.location.search).catch(fail);
});

$('expand-cap').textContent = String(EXPAND_CAP);
syncControls();
const investigation = new URLSearchParams(window.location.search).get('investigation');
explorer
  .load()
  .then(() => Promise.all([audit.refresh(), saved.refresh()]))
  .then(() => (investigation ? saved.open(investigation) : undefined))
  .catch(fail);
