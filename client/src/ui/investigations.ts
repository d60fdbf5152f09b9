/**
 * Saved investigations: the view as it stands (the URL's focus, filters and layout, and every
 * drawn element with its position, pin and hidden state) saved on the server under a name with
 * notes, listed, and opened by id, also from a link (`?investigation=<id>`). The open
 * investigation's name and notes ride along in the JSON export (`data.investigation`).
 */
import { investigations, type InvestigationItem } from '../corrections/corrections-api.ts';
import type { Explorer } from '../explorer.ts';
import { $, escapeHtml } from './dom.ts';

type Canvas = ReturnType<Explorer['snapshot']>;

/**
 * The URL state and the canvas. The canvas goes gzipped and in base64 (`packed`): a
 * 10,000-element view is some 4.5 MB of JSON, past the 2 MB the server keeps of a view, and a
 * tenth of that packed. Views saved before were kept as `canvas` and open as they are.
 */
interface SavedView {
  search: string;
  packed?: string;
  canvas?: Canvas;
}

async function pack(canvas: Canvas): Promise<string> {
  const zipped = new Blob([JSON.stringify(canvas)])
    .stream()
    .pipeThrough(new CompressionStream('gzip'));
  const bytes = new Uint8Array(await new Response(zipped).arrayBuffer());
  let binary = '';
  // In slices: one call with every byte as an argument overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function unpack(saved: SavedView): Promise<Canvas> {
  if (!saved.packed) return saved.canvas!;
  const bytes = Uint8Array.from(atob(saved.packed), (c) => c.charCodeAt(0));
  const text = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return JSON.parse(await new Response(text).text()) as Canvas;
}

export function investigationsPanel(
  explorer: Explorer,
  fail: (message: string) => void,
): {
  refresh(): Promise<void>;
  open(id: string): Promise<void>;
} {
  const name = $<HTMLInputElement>('investigation-name');
  const notes = $<HTMLTextAreaElement>('investigation-notes');
  const list = $('investigations');
  let current: InvestigationItem | null = null;

  const refresh = async () => {
    const items = await investigations.list();
    list.innerHTML = items.length
      ? items
          .map(
            (i) =>
              `<li><button type="button" class="link" data-open="${escapeHtml(i.id)}">${escapeHtml(i.name)}</button>` +
              ` <span class="meta">${escapeHtml(i.by)}, ${escapeHtml(i.updatedAt.slice(0, 10))}</span></li>`,
          )
          .join('')
      : '<li class="hint">None saved yet.</li>';
  };

  const remember = (item: InvestigationItem) => {
    current = item;
    name.value = item.name;
    notes.value = item.notes ?? '';
    explorer.cy.data('investigation', { id: item.id, name: item.name, notes: item.notes });
  };

  const open = async (id: string) => {
    const item = await investigations.open(id);
    if (!item) throw new Error(`No saved investigation ${id}`);
    const saved = JSON.parse(item.view) as SavedView;
    const url = `${window.location.pathname}${saved.search}`;
    window.history.pushState(null, '', url);
    // The URL state first (filters, layout, focus), then the canvas exactly as it was saved.
    await explorer.follow(saved.search);
    await explorer.idle();
    explorer.restore(await unpack(saved), `Open ${item.name}`);
    remember(item);
    explorer.setStatus(`Opened the investigation "${item.name}"`);
  };

  $('investigation-save').addEventListener('click', () => {
    const search = window.location.search;
    // Saving under the same name as the open one saves over it; a new name saves a new one.
    const id = current && current.name === name.value.trim() ? current.id : null;
    pack(explorer.snapshot())
      .then((packed) =>
        investigations.save({
          id,
          name: name.value.trim(),
          notes: notes.value.trim() || null,
          view: JSON.stringify({ search, packed } satisfies SavedView),
        }),
      )
      .then((item) => {
        remember(item);
        explorer.setStatus(`Saved the investigation "${item.name}"`);
        return refresh();
      })
      .catch((error) => fail((error as Error).message));
  });
  list.addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-open]');
    if (button) open(button.dataset.open!).catch((error) => fail((error as Error).message));
  });
  return { refresh, open };
}
