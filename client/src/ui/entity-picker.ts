/**
 * Type-ahead over the graph's entities, one component for every field that names one: the
 * search box, the parties of the who-mediated question and the ends of a path. Suggestions
 * show each match's type icon, name and aliases; arrows move, Enter picks (searching first
 * when the analyst was faster than the suggestions), Escape closes. It is an ARIA combobox, so
 * a screen reader follows the active option.
 */
import { api, type Suggestion } from '../api.ts';
import { NODE_STYLES } from '../graph/style.ts';
import { escapeHtml } from './dom.ts';

export interface EntityPicker {
  /** The best match for what is typed now, or null. */
  resolve(): Promise<Suggestion | null>;
  close(): void;
}

let pickers = 0;

export function entityPicker(
  input: HTMLInputElement,
  onPick: (s: Suggestion) => void,
  delayMs = 120,
): EntityPicker {
  const list = document.createElement('ul');
  const listId = `suggestions-${++pickers}`;
  list.id = input.dataset.listId ?? listId;
  list.className = 'suggestions';
  list.setAttribute('role', 'listbox');
  list.hidden = true;
  input.after(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  input.autocomplete = 'off';

  let suggestions: Suggestion[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let asked = 0;

  const render = () => {
    list.hidden = suggestions.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    list.innerHTML = suggestions
      .map((s, i) => {
        const style = NODE_STYLES[s.type];
        const aliases = s.aliases.filter((a) => a !== s.name).slice(0, 3);
        return (
          `<li role="option" id="${list.id}-${i}" data-index="${i}" class="${i === active ? 'active' : ''}" aria-selected="${i === active}">` +
          `<span class="icon" style="color:${style?.color ?? '#555'}" title="${escapeHtml(style?.label ?? s.type)}">${style?.icon ?? '•'}</span>` +
          `<span class="name">${escapeHtml(s.name)}</span>` +
          (aliases.length ? ` <small>${escapeHtml(aliases.join(', '))}</small>` : '') +
          `</li>`
        );
      })
      .join('');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const search = async (text: string): Promise<Suggestion[]> => {
    const ticket = ++asked;
    const found = text.length >= 2 ? await api.search(text) : [];
    // An older answer arriving late must not replace a newer one.
    if (ticket === asked) {
      suggestions = found;
      active = found.length ? 0 : -1;
      render();
    }
    return found;
  };

  const close = () => {
    suggestions = [];
    active = -1;
    render();
  };

  const pick = (s: Suggestion) => {
    close();
    onPick(s);
  };

  input.addEventListener('input', () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void search(input.value.trim()), delayMs);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!suggestions.length) return;
      e.preventDefault();
      active =
        (active + (e.key === 'ArrowDown' ? 1 : -1) + suggestions.length) % suggestions.length;
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const chosen = suggestions[active];
      if (chosen) pick(chosen);
      else
        void resolve().then((s) => {
          if (s) pick(s);
        });
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  list.addEventListener('mousedown', (e) => {
    const li = (e.target as HTMLElement).closest('li');
    const chosen = suggestions[Number(li?.dataset.index)];
    if (chosen) {
      e.preventDefault();
      pick(chosen);
    }
  });

  const resolve = async (): Promise<Suggestion | null> => {
    const text = input.value.trim();
    if (!text) return null;
    // An id typed or pasted as is (person:jane-doe) needs no search.
    if (/^[a-z]+:\S+$/.test(text)) return { id: text, name: text, type: '', aliases: [] };
    if (timer) clearTimeout(timer);
    return (await search(text))[0] ?? null;
  };

  return { resolve, close };
}
