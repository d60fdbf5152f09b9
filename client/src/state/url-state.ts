/**
 * The view in the URL, so that a link shares it and back and forward walk through it:
 * `/?focus=person:jane-doe&types=MEDIATED,MET_WITH&from=2020-01-01&to=2023-12-31&layout=concentric`.
 * Focus, relation and entity types, the minimum number of sources, the time window, layout,
 * node size, grouping and the size of the overview all live here; defaults are left out so
 * links stay short. Unknown or malformed values are dropped rather than trusted.
 */
import { isLayoutName, type LayoutName } from '../graph/layouts.ts';
import { SIZE_BY, type SizeBy } from '../graph/style.ts';

export interface ViewState {
  focus: string | null;
  /** Relation types shown; empty for all. */
  types: string[];
  /** Entity types shown; empty for all. */
  entities: string[];
  minSources: number;
  from: string | null;
  to: string | null;
  layout: LayoutName;
  size: SizeBy;
  /** States as compound groups of their office holders. */
  group: boolean;
  hideIsolated: boolean;
  /** How many of the busiest entities the overview opens on. */
  top: number;
  /** Event statuses shown beside HAPPENED (PLANNED, OFFERED, DENIED...); empty for none. */
  statuses: string[];
}

/** What else can become of an event than taking place, as the API names it. */
export const UNREALISED = [
  'PLANNED',
  'OFFERED',
  'HOPED',
  'DENIED',
  'NEGATED',
  'DISPUTED',
  'REPORTED',
];

export const DEFAULT_TOP = 500;
export const MAX_TOP = 5000;

export const DEFAULT_VIEW: ViewState = {
  focus: null,
  types: [],
  entities: [],
  minSources: 1,
  from: null,
  to: null,
  layout: 'fcose',
  size: 'degree',
  group: false,
  hideIsolated: false,
  top: DEFAULT_TOP,
  statuses: [],
};

const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const ID = /^[a-z]+:[^\s]+$/;
const TYPE = /^[A-Z_]+$/;

export function isFuzzyDate(text: string): boolean {
  return DATE.test(text);
}

const list = (v: string | null) =>
  (v ?? '')
    .split(',')
    .map((t) => t.trim().toUpperCase())
    .filter((t) => TYPE.test(t));

const whole = (v: string | null, min: number, max: number, fallback: number) => {
  const n = Number(v);
  return v !== null && Number.isInteger(n) && n >= min && n <= max ? n : fallback;
};

export function decodeView(search: string): ViewState {
  const q = new URLSearchParams(search);
  const date = (v: string | null) => (v && DATE.test(v) ? v : null);
  const layout = q.get('layout') ?? '';
  const size = q.get('size') ?? '';
  const focus = q.get('focus');
  return {
    focus: focus && ID.test(focus) ? focus : null,
    types: list(q.get('types')),
    entities: list(q.get('entities')),
    minSources: whole(q.get('min'), 1, 1000, 1),
    from: date(q.get('from')),
    to: date(q.get('to')),
    layout: isLayoutName(layout) ? layout : DEFAULT_VIEW.layout,
    size: Object.hasOwn(SIZE_BY, size) ? (size as SizeBy) : DEFAULT_VIEW.size,
    group: q.get('group') === '1',
    hideIsolated: q.get('isolated') === 'hide',
    top: whole(q.get('top'), 1, MAX_TOP, DEFAULT_TOP),
    statuses: list(q.get('statuses')).filter((s) => UNREALISED.includes(s)),
  };
}

export function encodeView(view: ViewState): string {
  const q = new URLSearchParams();
  if (view.focus) q.set('focus', view.focus);
  if (view.types.length) q.set('types', view.types.join(','));
  if (view.entities.length) q.set('entities', view.entities.join(','));
  if (view.minSources > 1) q.set('min', String(view.minSources));
  if (view.from) q.set('from', view.from);
  if (view.to) q.set('to', view.to);
  if (view.layout !== DEFAULT_VIEW.layout) q.set('layout', view.layout);
  if (view.size !== DEFAULT_VIEW.size) q.set('size', view.size);
  if (view.group) q.set('group', '1');
  if (view.hideIsolated) q.set('isolated', 'hide');
  if (view.top !== DEFAULT_TOP) q.set('top', String(view.top));
  if (view.statuses.length) q.set('statuses', view.statuses.join(','));
  const text = q.toString().replace(/%3A/g, ':').replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
