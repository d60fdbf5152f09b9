/**
 * The event as stored: each participant once, with the first role that applies (a mediator
 * who also sat at the table is its mediator), a destination's state as the host of a visit.
 */
import type { EventRole } from '../domain/index.ts';
import type { EventDraft } from './discourse.ts';
import type { Role } from './lexicon/index.ts';
import type { RelationContext } from './relations.ts';

const EVENT_ROLE: Record<Role, EventRole> = {
  mediator: 'mediator',
  host: 'host',
  visitor: 'visitor',
  party: 'party',
  guest: 'party',
  attendee: 'attendee',
  destination: 'host',
};
const ORDER: EventRole[] = ['mediator', 'host', 'visitor', 'party', 'attendee'];

export function eventParticipants(
  e: EventDraft,
  c: RelationContext,
): { entity: string; role: EventRole }[] {
  const best = new Map<string, EventRole>();
  for (const [role, set] of e.roles) {
    for (const raw of set) {
      const id = role === 'destination' && c.typeOf(raw) !== 'State' ? c.stateOfPlace(raw) : raw;
      if (!id) continue;
      const r = EVENT_ROLE[role];
      const had = best.get(id);
      if (!had || ORDER.indexOf(r) < ORDER.indexOf(had)) best.set(id, r);
    }
  }
  return [...best].map(([entity, role]) => ({ entity, role }));
}
