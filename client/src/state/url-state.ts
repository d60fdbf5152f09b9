/**
 * The view in the URL, so that a link shares it and back and forward walk through it:
 * `/?focus=person:jane-doe&types=MEDIATED,MET_WITH&from=2020-01-01&to=2023-12-31&layout=fcose`.
 * Unknown or malformed values are dropped rather than trusted.
 */

export interface ViewState {
  focus: string | null;
  types: string[];
  from: string | null;
  to: string | null;
  layout: string;
}

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'timeline'] as const;
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const ID = /^[a-z]+:[^\s]+$/;

export function decodeView(search: string): ViewState {
  const q = new URLSearchParams(search);
  const date = (v: string | null) => (v && DATE.test(v) ? v : null);
  const layout = q.get('layout') ?? 'fcose';
  const focus = q.get('focus');
  return {
    focus: focus && ID.test(focus) ? focus : null,
    types: (q.get('types') ?? '')
      .split(',')
      .map((t) => t.trim().toUpperCase())
      .filter((t) => /^[A-Z_]+$/.test(t)),
    from: date(q.get('from')),
    to: date(q.get('to')),
    layout: (LAYOUTS as readonly string[]).includes(layout) ? layout : 'fcose',
  };
}

export function encodeView(view: ViewState): string {
  const q = new URLSearchParams();
  if (view.focus) q.set('focus', view.focus);
  if (view.types.length) q.set('types', view.types.join(','));
  if (view.from) q.set('from', view.from);
  if (view.to) q.set('to', view.to);
  if (view.layout !== 'fcose') q.set('layout', view.layout);
  const text = q.toString().replace(/%3A/g, ':').replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
