/**
 * What the analyst does to nodes already drawn, each as one step to undo: hide them or show
 * the hidden again, pin them where they stand, fold groups or open them, and mark the answer
 * to a question, opening whatever groups hide it. Part of the Explorer (explorer.ts), whose
 * methods of the same names call these.
 */
import type { NodeCollection, NodeSingular } from 'cytoscape';
import type { Explorer, ExplorerInternals } from '../explorer.ts';

export function hide(explorer: Explorer, nodes: NodeCollection): void {
  const target = nodes.not('.user-hidden');
  hiddenStep(explorer, target, true, `Hide ${target.length}`);
}

export function showHidden(explorer: Explorer): void {
  hiddenStep(explorer, explorer.cy.nodes('.user-hidden'), false, 'Show hidden');
}

/** Hides or shows `target` as one step to undo. */
function hiddenStep(explorer: Explorer, target: NodeCollection, hidden: boolean, label: string) {
  if (target.empty()) return;
  const run = (on: boolean) => {
    target.toggleClass('user-hidden', on === hidden);
    explorer.applyFilters();
  };
  run(true);
  explorer.history.push({ label, undo: () => run(false), redo: () => run(true) });
}

export function togglePin(explorer: Explorer, target: NodeCollection): void {
  if (target.empty()) return;
  const pin = target.toArray().some((n) => !(n as NodeSingular).locked());
  const run = (on: boolean) =>
    target.forEach((n) => {
      n.toggleClass('pinned', on);
      if (on) n.lock();
      else n.unlock();
    });
  const was = target.toArray().map((n) => (n as NodeSingular).locked());
  run(pin);
  explorer.history.push({
    label: pin ? `Pin ${target.length}` : `Unpin ${target.length}`,
    undo: () =>
      target.forEach((n, i) => {
        n.toggleClass('pinned', was[i]!);
        if (was[i]) n.lock();
        else n.unlock();
      }),
    redo: () => run(pin),
  });
}

/** Folds (or opens) groups as one step to undo. */
function foldGroups(
  explorer: Explorer,
  internals: ExplorerInternals,
  ids: string[],
  fold: boolean,
  label: string,
): void {
  if (!ids.length) return;
  const run = (f: boolean) => {
    if (f) explorer.groups.collapse(ids);
    else explorer.groups.expand(ids);
    internals.afterGraphChange();
  };
  run(fold);
  explorer.history.push({ label, undo: () => run(!fold), redo: () => run(fold) });
  // What is drawn changed: whatever draws beside the graph (greyed rejected facts) follows.
  internals.emit('graph');
}

export function toggleGroup(explorer: Explorer, internals: ExplorerInternals, id: string): void {
  const fold = !explorer.groups.isCollapsed(id);
  const name = explorer.cy.getElementById(id).data('label');
  foldGroups(explorer, internals, [id], fold, `${fold ? 'Collapse' : 'Expand'} ${name}`);
}

/** Folds every open group, or opens every folded one, as one step to undo. */
export function setAllGroups(
  explorer: Explorer,
  internals: ExplorerInternals,
  collapse: boolean,
): void {
  const ids = collapse
    ? explorer.cy.nodes(':parent').map((n) => n.id())
    : explorer.groups.collapsed();
  foldGroups(
    explorer,
    internals,
    ids,
    collapse,
    `${collapse ? 'Collapse' : 'Expand'} ${ids.length} groups`,
  );
}

/**
 * Marks elements as the answer to a question. Answers folded into collapsed groups are
 * brought out first (one step to undo), since an answer no one can see answers nothing.
 */
export function highlight(
  explorer: Explorer,
  internals: ExplorerInternals,
  ids: Iterable<string>,
): void {
  const cy = explorer.cy;
  const list = [...ids];
  const holders = [
    ...new Set(
      list.map((id) => explorer.groups.holderOf(id)).filter((h): h is string => h !== null),
    ),
  ];
  const groups = `${holders.length} group${holders.length === 1 ? '' : 's'}`;
  foldGroups(explorer, internals, holders, false, `Open ${groups} for the answer`);
  cy.batch(() => {
    cy.elements('.highlight').removeClass('highlight');
    for (const id of list) cy.getElementById(id).addClass('highlight');
  });
}
