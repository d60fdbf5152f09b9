/**
 * Time: a histogram of dated relations and events over the view's dates, a slider that
 * shows the graph as of a date (its stops are the dates themselves, so each step changes
 * something), Play, which runs it forward in about fifteen seconds whatever the span, and a
 * "from" field that opens the window later. Dragging replaces the URL state; letting go
 * records it, so back returns to the last date chosen, not every date passed.
 */
import { histogram } from '../graph/filters.ts';
import type { Explorer } from '../explorer.ts';
import { isFuzzyDate } from '../state/url-state.ts';
import { $, escapeHtml } from './dom.ts';

const PLAY_MS = 15_000;
const STEP_MIN_MS = 60;

export function timeBar(explorer: Explorer): { stop(): void } {
  const slider = $<HTMLInputElement>('time');
  const label = $('time-label');
  const play = $<HTMLButtonElement>('play');
  const bars = $('time-histogram');
  const from = $<HTMLInputElement>('time-from');
  let playing: ReturnType<typeof setTimeout> | null = null;

  /** The slider index of the view's "as of" date: past the last stop when there is none. */
  const indexOf = (to: string | null) =>
    to === null ? explorer.stops.length : explorer.stops.filter((d) => d <= to).length - 1;

  const render = () => {
    const stops = explorer.stops;
    slider.max = String(stops.length);
    slider.value = String(Math.max(0, indexOf(explorer.view.to)));
    slider.disabled = stops.length === 0;
    const to = explorer.view.to;
    label.textContent = to
      ? `as of ${to}`
      : stops.length
        ? `all dates (${stops[0]} – ${stops.at(-1)})`
        : 'no dates';
    slider.setAttribute('aria-valuetext', label.textContent);
    from.value = explorer.view.from ?? '';
    const items = [
      ...explorer.cy.edges().map((e) => ({ date: e.data('date') as string | null })),
      ...explorer.cy
        .nodes('[type = "EVENT"]')
        .map((n) => ({ date: n.data('date') as string | null })),
    ];
    const hist = histogram(items, stops);
    const most = Math.max(1, ...hist.map((b) => b.count));
    const current = Number(slider.value);
    bars.innerHTML = hist
      .map(
        (b) =>
          `<span class="bar${b.from <= current ? ' on' : ''}" style="height:${Math.max(2, (b.count / most) * 100)}%" ` +
          `data-index="${b.to - 1}" title="${escapeHtml(`${stops[b.from]}${b.to - 1 > b.from ? ` – ${stops[b.to - 1]}` : ''}: ${b.count}`)}"></span>`,
      )
      .join('');
  };

  const moveTo = (index: number, history: 'push' | 'replace') => {
    const stops = explorer.stops;
    const to = index >= stops.length ? null : (stops[Math.max(0, index)] ?? null);
    // setView announces the change, and this bar redraws on it.
    explorer.setView({ to }, history);
    explorer.applyFilters();
  };

  const stop = () => {
    if (playing) clearTimeout(playing);
    playing = null;
    play.textContent = 'Play';
    play.setAttribute('aria-pressed', 'false');
  };

  slider.addEventListener('input', () => moveTo(Number(slider.value), 'replace'));
  slider.addEventListener('change', () => moveTo(Number(slider.value), 'push'));
  bars.addEventListener('click', (e) => {
    const bar = (e.target as HTMLElement).closest<HTMLElement>('.bar');
    if (bar) moveTo(Number(bar.dataset.index), 'push');
  });
  play.addEventListener('click', () => {
    if (playing) {
      stop();
      return;
    }
    const stops = explorer.stops.length;
    if (!stops) return;
    const step = Math.max(1, Math.round((stops * STEP_MIN_MS) / PLAY_MS));
    const wait = Math.max(STEP_MIN_MS, PLAY_MS / stops);
    let index = Number(slider.value) >= stops ? 0 : Number(slider.value);
    play.textContent = 'Stop';
    play.setAttribute('aria-pressed', 'true');
    const tick = () => {
      moveTo(index, 'replace');
      if (index >= stops) {
        stop();
        moveTo(stops, 'push');
        return;
      }
      index = Math.min(stops, index + step);
      playing = setTimeout(tick, wait);
    };
    tick();
  });
  from.addEventListener('change', () => {
    const text = from.value.trim();
    if (text && !isFuzzyDate(text)) {
      from.setCustomValidity('A date as 2021, 2021-05 or 2021-05-17');
      from.reportValidity();
      return;
    }
    from.setCustomValidity('');
    explorer.setView({ from: text || null });
    explorer.applyFilters();
  });

  explorer.onChange(render, 'graph', 'view');
  render();
  return { stop };
}
