/**
 * The evidence panel: what the analyst clicked, and why the graph says so. For a relation,
 * every sentence that states it with the stating phrase marked, each with its article
 * (title, outlet, date, link), and how many sources agree; for an event, its participants
 * by role, its place and every report; for an actor, its roles, relations and articles, with
 * the actions that apply to it. Answers come from the API when asked, so only the newest
 * click fills the panel.
 */
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import { api, type Article, type Citation } from '../api.ts';
import { EVENT, ROLE } from '../graph/elements.ts';
import { MORE } from '../graph/filters.ts';
import { META } from '../graph/meta-edges.ts';
import { EDGE_STYLES, NODE_STYLES, ROLE_STYLES, STATUS_LABELS } from '../graph/style.ts';
import type { Explorer } from '../explorer.ts';
import { escapeHtml, plural } from './dom.ts';
import { entityControls, factControls, sentenceControls } from './correct-controls.ts';
import { markEvidence } from './evidence-text.ts';

function articleCite(a: Article): string {
  const title = escapeHtml(a.title ?? a.url ?? 'Untitled article');
  const link = a.url
    ? `<a href="${escapeHtml(a.url)}" target="_blank" rel="noopener noreferrer">${title}</a>`
    : title;
  const meta = [a.source, a.published].filter(Boolean).map((t) => escapeHtml(t!));
  return `<cite>${link}${meta.length ? ` <span class="meta">${meta.join(' · ')}</span>` : ''}</cite>`;
}

/** `fact`: the relation or event the sentences state, to correct sentence by sentence. */
export function citationList(all: Citation[], names: string[], fact?: string): string {
  // One sentence can state several relations (a mediator and each party): list it once.
  const citations = [
    ...new Map(all.map((c) => [`${c.article.id}\u0000${c.sentence}`, c])).values(),
  ];
  const sources = new Set(citations.map((c) => c.article.id)).size;
  return (
    `<p class="count">${plural(sources, 'source')}, ${plural(citations.length, 'sentence')}</p>` +
    `<ol class="evidence">${citations
      .map(
        (c) =>
          `<li><blockquote>${markEvidence(c.sentence, c.phrase, names)}</blockquote>${articleCite(c.article)}` +
          `${fact ? sentenceControls(fact, c.article.id, c.sentence) : ''}</li>`,
      )
      .join('')}</ol>`
  );
}

const typeName = (type: string) => NODE_STYLES[type]?.label ?? type.toLowerCase();

export class EvidencePanel {
  #explorer: Explorer;
  #panel: HTMLElement;
  #ticket = 0;

  constructor(explorer: Explorer, panel: HTMLElement) {
    this.#explorer = explorer;
    this.#panel = panel;
    panel.addEventListener('click', (e) => this.#onClick(e));
  }

  #fill(html: string): void {
    this.#panel.innerHTML = html;
  }

  /** Shows something while the answer is on its way; returns a check that it is still wanted. */
  #start(title: string): () => boolean {
    const ticket = ++this.#ticket;
    this.#fill(`<h2>${title}</h2><p class="hint">Loading…</p>`);
    return () => ticket === this.#ticket;
  }

  error(message: string): void {
    this.#fill(`<h2>Evidence</h2><p class="error" role="alert">${escapeHtml(message)}</p>`);
  }

  async showEdge(edge: EdgeSingular): Promise<void> {
    const d = edge.data();
    if (d.type === ROLE) return this.showEvent(d.eventId);
    if (d.type === MORE) return;
    const names = [edge.source().data('label') as string, edge.target().data('label') as string];
    if (d.type === META) {
      this.#fill(
        `<h2>Collapsed relations</h2><p class="relation"><b>${escapeHtml(names[0]!)}</b> — <b>${escapeHtml(names[1]!)}</b></p>` +
          `<p>${plural(d.count, 'relation')} (${escapeHtml((d.types as string[]).join(', ').toLowerCase())}) between members of collapsed groups.</p>` +
          `<p class="hint">Double-click a group, or press G with it selected, to open it.</p>`,
      );
      return;
    }
    const current = this.#start('Evidence');
    try {
      const [answer] = await api.evidence([d.id]);
      if (!current()) return;
      const label = EDGE_STYLES[d.type]?.label ?? d.type.toLowerCase();
      this.#fill(
        `<h2>Evidence</h2><p class="relation"><b>${escapeHtml(names[0]!)}</b> ${escapeHtml(label)} <b>${escapeHtml(names[1]!)}</b>` +
          `${d.date ? ` <span class="when">${escapeHtml(d.date)}</span>` : ''}</p>` +
          (d.eventId
            ? `<p>At <button type="button" class="link" data-event="${escapeHtml(d.eventId)}">${escapeHtml(d.eventKind ?? 'event')}${d.date ? ` ${escapeHtml(d.date)}` : ''}</button></p>`
            : '') +
          factControls(d.id) +
          citationList(answer?.citations ?? [], names, d.id),
      );
    } catch (error) {
      if (current()) this.error((error as Error).message);
    }
  }

  async showEvent(id: string): Promise<void> {
    const current = this.#start('Event');
    try {
      const event = await api.event(id);
      if (!current()) return;
      if (!event) {
        this.error(`The event ${id} is no longer in the graph.`);
        return;
      }
      const byRole = new Map<string, typeof event.participants>();
      for (const p of event.participants) byRole.set(p.role, [...(byRole.get(p.role) ?? []), p]);
      const people = [...byRole]
        .map(
          ([role, list]) =>
            `<dt>${escapeHtml(ROLE_STYLES[role]?.label.replace(/ (at|of|to)$/, '') ?? role)}</dt><dd>${list
              .map(
                (p) =>
                  `<button type="button" class="link" data-select="${escapeHtml(p.entity.id)}">${escapeHtml(p.entity.name)}</button>`,
              )
              .join(', ')}</dd>`,
        )
        .join('');
      this.#fill(
        `<h2>Event</h2><p class="relation"><b>${escapeHtml(event.kind.toLowerCase())}</b>` +
          // A plan or a denial says so first: the sentences below do not report a meeting.
          `${event.status !== 'HAPPENED' ? ` <span class="status">${escapeHtml(STATUS_LABELS[event.status] ?? event.status.toLowerCase())}</span>` : ''}` +
          `${event.date ? ` <span class="when">${escapeHtml(event.date)}</span>` : ''}` +
          `${event.place ? ` in <button type="button" class="link" data-select="${escapeHtml(event.place.id)}">${escapeHtml(event.place.name)}</button>` : ''}</p>` +
          `<dl class="roles">${people}</dl>` +
          factControls(event.id) +
          citationList(
            event.evidence,
            event.participants.map((p) => p.entity.name),
            event.id,
          ),
      );
    } catch (error) {
      if (current()) this.error((error as Error).message);
    }
  }

  async showNode(node: NodeSingular): Promise<void> {
    const d = node.data();
    if (d.type === MORE) {
      this.#fill(
        `<h2>${escapeHtml(d.label)}</h2><p class="hint">Double-click it, or press E, to draw the next neighbours.</p>`,
      );
      return;
    }
    if (d.type === EVENT) return this.showEvent(d.id);
    const current = this.#start(escapeHtml(d.label));
    try {
      const entity = await api.entity(d.id);
      if (!current()) return;
      if (!entity) {
        this.error(`${d.label} is no longer in the graph.`);
        return;
      }
      const group = this.#explorer.groups;
      const isGroup = node.isParent() || group.isCollapsed(d.id);
      const actions = [
        ['expand', 'Expand (E)'],
        ['focus', 'Focus'],
        ['hide', 'Hide (H)'],
        ['pin', node.locked() ? 'Unpin (P)' : 'Pin (P)'],
        ...(isGroup
          ? [['group', group.isCollapsed(d.id) ? 'Open group (G)' : 'Collapse group (G)']]
          : []),
      ];
      this.#fill(
        `<h2>${escapeHtml(entity.name)}</h2>` +
          `<p class="relation">${escapeHtml(typeName(d.type))}${entity.aliases.length ? ` · also ${escapeHtml(entity.aliases.join(', '))}` : ''}</p>` +
          `<div class="actions">${actions.map(([a, label]) => `<button type="button" data-action="${a}" data-id="${escapeHtml(d.id)}">${label}</button>`).join('')}</div>` +
          entityControls(d.id, d.type) +
          (entity.roles.length
            ? `<h3>Roles</h3><ul>${entity.roles.map((r) => `<li>${escapeHtml(r.title ?? 'leads')} of <button type="button" class="link" data-select="${escapeHtml(r.of.id)}">${escapeHtml(r.of.name)}</button></li>`).join('')}</ul>`
            : '') +
          `<h3>Relations</h3><ul class="counts">${entity.relationCounts.map((c) => `<li>${escapeHtml(EDGE_STYLES[c.type]?.label ?? c.type)}: ${c.count}</li>`).join('') || '<li>none</li>'}</ul>` +
          `<h3>${plural(entity.articles.length, 'article')}</h3><ul class="articles">${entity.articles.map((a) => `<li>${articleCite(a)}</li>`).join('')}</ul>`,
      );
    } catch (error) {
      if (current()) this.error((error as Error).message);
    }
  }

  /** A note under a heading (`html` already escaped), such as a correction just made. */
  showNote(title: string, html: string): void {
    ++this.#ticket;
    this.#fill(`<h2>${escapeHtml(title)}</h2><p class="relation">${html}</p>`);
  }

  /** Lists a question's answer sentences under a heading. */
  showCitations(title: string, lead: string, citations: Citation[], names: string[]): void {
    ++this.#ticket;
    this.#fill(
      `<h2>${escapeHtml(title)}</h2><p class="relation">${lead}</p>${citationList(citations, names)}`,
    );
  }

  #onClick(e: MouseEvent): void {
    const target = (e.target as HTMLElement).closest('button');
    if (!target) return;
    const x = this.#explorer;
    const node = (id: string) => x.cy.getElementById(id) as NodeSingular;
    if (target.dataset.event) void this.showEvent(target.dataset.event);
    if (target.dataset.select) {
      const n = node(target.dataset.select);
      if (n.nonempty()) {
        x.cy.$(':selected').unselect();
        n.select();
        x.cy.animate({ center: { eles: n }, duration: 200 });
        void this.showNode(n);
      } else void x.focus(target.dataset.select);
    }
    const id = target.dataset.id;
    if (!id) return;
    const action = target.dataset.action;
    if (action === 'expand') void x.expand(node(id)).catch((err) => this.error(err.message));
    if (action === 'focus') void x.focus(id).catch((err) => this.error(err.message));
    if (action === 'hide') x.hide(node(id));
    if (action === 'pin') x.togglePin(node(id));
    if (action === 'group') x.toggleGroup(id);
  }
}
