/**
 * The correction controls in the evidence panel: confirm or reject the fact shown (or only one
 * of its sentences), and rename, retype, alias, merge or split the entity shown. The panel
 * draws them with the HTML below; this module answers their clicks, sends the correction and
 * reloads the view, so what the analyst sees next is the corrected graph.
 */
import type { NodeSingular } from 'cytoscape';
import { api } from '../api.ts';
import { correct, type CorrectionItem } from '../corrections/corrections-api.ts';
import { ROLE } from '../graph/elements.ts';
import { MORE } from '../graph/filters.ts';
import { META } from '../graph/meta-edges.ts';
import type { Explorer } from '../explorer.ts';
import { escapeHtml } from './dom.ts';

const ENTITY_TYPES = ['PERSON', 'STATE', 'ORGANIZATION', 'PLACE'];

const why = `<input class="correct-why" data-correct-why placeholder="why (for the audit trail)" aria-label="Why" />`;

/** Confirm / reject a relation (its edge id) or an event (its id). */
export const factControls = (id: string): string =>
  `<div class="correct" data-fact="${escapeHtml(id)}">${why}<div class="actions">` +
  `<button type="button" data-correct="confirm">Confirm fact</button>` +
  `<button type="button" data-correct="reject">Reject fact</button></div></div>`;

/** Per sentence of a fact's evidence. */
export const sentenceControls = (fact: string, article: string, sentence: string): string =>
  `<span class="correct-sentence" data-fact="${escapeHtml(fact)}" data-article="${escapeHtml(article)}" data-sentence="${escapeHtml(sentence)}">` +
  `<button type="button" class="link" data-correct="confirm-sentence">confirm</button> · ` +
  `<button type="button" class="link" data-correct="reject-sentence">reject this sentence</button></span>`;

export const entityControls = (id: string, type: string): string =>
  `<details class="correct" data-entity="${escapeHtml(id)}"><summary>Correct this entity</summary>${why}` +
  `<div class="row"><input data-correct-input="name" placeholder="new name or alias" aria-label="Name or alias" />` +
  `<button type="button" data-correct="rename">Rename</button><button type="button" data-correct="alias">Add alias</button></div>` +
  `<div class="row"><select data-correct-input="type" aria-label="Type">${ENTITY_TYPES.map((t) => `<option${t === type.toUpperCase() ? ' selected' : ''}>${t}</option>`).join('')}</select>` +
  `<button type="button" data-correct="retype">Retype</button></div>` +
  `<div class="row"><input data-correct-input="into" placeholder="id to merge into, e.g. person:…" aria-label="Merge into" />` +
  `<button type="button" data-correct="merge">Merge into</button></div>` +
  `<div class="row"><button type="button" data-correct="split-start">Split…</button></div>` +
  `<div class="split-list"></div></details>`;

/** The sentences of an entity's drawn relations, each a checkbox: what a split may move. */
async function splitForm(explorer: Explorer, id: string, box: HTMLElement): Promise<void> {
  // Relations only: an event's ties (ROLE), "+N more" markers and a folded group's meta-edges
  // are drawing aids that `evidence` does not know.
  const edges = (explorer.cy.getElementById(id) as NodeSingular)
    .connectedEdges()
    .filter((e) => e.data('source') === id || e.data('target') === id)
    .filter((e) => !e.hasClass('rejected') && ![ROLE, MORE, META].includes(e.data('type')))
    .map((e) => e.id());
  const evidence = await api.evidence(edges);
  const items = evidence.flatMap((r) =>
    r.citations.map(
      (c) =>
        `<li><label><input type="checkbox" data-relation="${escapeHtml(r.relation)}" data-article="${escapeHtml(c.article.id)}" data-sentence="${escapeHtml(c.sentence)}" /> ${escapeHtml(c.sentence)}</label></li>`,
    ),
  );
  box.innerHTML =
    `<p class="hint">Tick the sentences that are about someone else.</p><ol class="split">${items.join('')}</ol>` +
    `<div class="row"><input data-correct-input="split-name" placeholder="name of the other entity" aria-label="Name of the other entity" />` +
    `<button type="button" data-correct="split">Split off</button></div>`;
}

/**
 * Answers clicks on the controls. `done` runs after each correction with its record: the page
 * reloads the view and the audit trail.
 */
export function correctControls(
  explorer: Explorer,
  panel: HTMLElement,
  done: (record: CorrectionItem) => Promise<void>,
  fail: (message: string) => void,
): void {
  panel.addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-correct]');
    if (!button) return;
    const box = button.closest<HTMLElement>('.correct, .correct-sentence')!;
    const reason = () =>
      (panel.querySelector<HTMLInputElement>('[data-correct-why]')?.value ?? '').trim() || null;
    const input = (name: string) =>
      (box.querySelector<HTMLInputElement>(`[data-correct-input="${name}"]`)?.value ?? '').trim();
    const entity = box.dataset.entity ?? '';
    const fact = box.dataset.fact ?? '';
    const sentence = { article: box.dataset.article ?? '', sentence: box.dataset.sentence ?? '' };
    const actions: Record<string, () => Promise<CorrectionItem> | null> = {
      confirm: () => correct.confirm(fact, reason()),
      reject: () => correct.reject(fact, reason()),
      'confirm-sentence': () => correct.confirm(fact, reason(), sentence),
      'reject-sentence': () => correct.reject(fact, reason(), sentence),
      rename: () => correct.rename(entity, input('name'), reason()),
      alias: () => correct.alias(entity, input('name'), reason()),
      retype: () => correct.retype(entity, input('type'), reason()),
      merge: () => correct.merge(entity, input('into'), reason()),
      'split-start': () => {
        void splitForm(explorer, entity, box.querySelector('.split-list')!).catch((error) =>
          fail((error as Error).message),
        );
        return null;
      },
      split: () =>
        correct.split(
          entity,
          input('split-name'),
          [...box.querySelectorAll<HTMLInputElement>('.split input:checked')].map((c) => ({
            relation: c.dataset.relation!,
            article: c.dataset.article!,
            sentence: c.dataset.sentence!,
          })),
          reason(),
        ),
    };
    const sent = actions[button.dataset.correct!]?.();
    if (!sent) return;
    button.disabled = true;
    sent
      .then(done)
      .catch((error) => fail((error as Error).message))
      .finally(() => (button.disabled = false));
  });
}
