/**
 * Expand by relation type: a node's menu (right-click, or X on the selected node) lists how
 * many relations of each type it has in the whole graph ("mediated 3, met with 12 ...") and
 * draws only the neighbours of the type chosen, so a hub can be opened one kind of tie at a
 * time. The menu is a list of buttons: arrows move, Enter chooses, Escape closes.
 */
import type { NodeSingular } from 'cytoscape';
import { api } from '../api.ts';
import { EVENT } from '../graph/elements.ts';
import { MORE } from '../graph/filters.ts';
import { EDGE_STYLES } from '../graph/style.ts';
import type { Explorer } from '../explorer.ts';
import { escapeHtml } from './dom.ts';

export interface ExpandMenu {
  /** Opens the menu of `node` beside it; resolves once its counts are shown. */
  open(node: NodeSingular): Promise<void>;
  close(): void;
}

export function expandMenu(explorer: Explorer, fail: (error: unknown) => void): ExpandMenu {
  const menu = document.createElement('div');
  menu.id = 'expand-menu';
  menu.className = 'expand-menu';
  menu.setAttribute('role', 'menu');
  menu.hidden = true;
  document.body.append(menu);
  let node: NodeSingular | null = null;

  const buttons = () => [...menu.querySelectorAll<HTMLButtonElement>('button')];
  const close = () => {
    menu.hidden = true;
    node = null;
  };

  const open = async (target: NodeSingular) => {
    const type = target.data('type');
    if (type === MORE || type === EVENT) return;
    node = target;
    const box = explorer.cy.container()!.getBoundingClientRect();
    const at = target.renderedPosition();
    menu.style.left = `${Math.min(box.left + at.x + 16, window.innerWidth - 240)}px`;
    menu.style.top = `${Math.min(box.top + at.y, window.innerHeight - 260)}px`;
    menu.innerHTML = `<p class="hint">Counting ${escapeHtml(target.data('label'))}'s relations…</p>`;
    menu.hidden = false;
    const entity = await api.entity(target.id());
    if (node !== target) return;
    const counts = entity?.relationCounts ?? [];
    const total = counts.reduce((sum, c) => sum + c.count, 0);
    menu.innerHTML =
      `<p class="title">Expand ${escapeHtml(target.data('label'))} by</p>` +
      `<button type="button" role="menuitem" data-type="">all relations <b>${total}</b></button>` +
      counts
        .map(
          (c) =>
            `<button type="button" role="menuitem" data-type="${escapeHtml(c.type)}">` +
            `${escapeHtml(EDGE_STYLES[c.type]?.label ?? c.type)} <b>${c.count}</b></button>`,
        )
        .join('');
    buttons()[0]?.focus();
  };

  menu.addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-type]');
    if (!button || !node) return;
    const chosen = node;
    const type = button.dataset.type;
    close();
    explorer.expand(chosen, type ? [type] : null).catch(fail);
  });
  menu.addEventListener('keydown', (e) => {
    const list = buttons();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      list[(at + step + list.length) % list.length]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
      explorer.cy.container()?.focus();
    }
    // Keys pressed in the menu are the menu's, not the canvas's shortcuts.
    e.stopPropagation();
  });
  document.addEventListener('pointerdown', (e) => {
    if (!menu.hidden && !menu.contains(e.target as Node)) close();
  });
  explorer.cy.on('cxttap', 'node', (e) => void open(e.target as NodeSingular).catch(fail));
  explorer.cy.on('viewport', () => close());
  return { open, close };
}
