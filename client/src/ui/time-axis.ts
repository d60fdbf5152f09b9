/**
 * Year marks along the top of the canvas while the timeline layout is shown, following pan
 * and zoom, so the positions the layout gives in model space read as dates; and the event
 * under the pointer marked `.hover`, which the timeline's style answers with its full label.
 */
import { timeTicks } from '../graph/timeline.ts';
import type { Explorer } from '../explorer.ts';

export function timeAxis(explorer: Explorer, axis: HTMLElement): void {
  const cy = explorer.cy;
  let frame = 0;
  const draw = () => {
    frame = 0;
    const scale = explorer.timeScale;
    axis.hidden = scale === null || explorer.view.layout !== 'timeline';
    if (axis.hidden || !scale) return;
    const zoom = cy.zoom();
    const pan = cy.pan();
    const width = cy.width();
    axis.innerHTML = timeTicks(scale, 40)
      .map((t) => ({ ...t, left: t.x * zoom + pan.x }))
      .filter((t) => t.left >= 0 && t.left <= width)
      // Thin the marks on screen so that labels never touch.
      .reduce<{ year: number; left: number }[]>((kept, t) => {
        if (!kept.length || t.left - kept.at(-1)!.left >= 44) kept.push(t);
        return kept;
      }, [])
      .map((t) => `<span class="tick" style="left:${t.left.toFixed(0)}px">${t.year}</span>`)
      .join('');
  };
  const soon = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };
  cy.on('mouseover', 'node', (e) => void e.target.addClass('hover'));
  cy.on('mouseout', 'node', (e) => void e.target.removeClass('hover'));
  cy.on('viewport resize', soon);
  explorer.onChange(soon);
  draw();
}
