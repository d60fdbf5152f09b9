/**
 * Where a collapsed group's members stand again when it opens: an analyst who folds and
 * unfolds a group should find its people as they left them. Pure, tested headless; `Groups`
 * (groups.ts) places the members with it.
 */
import { sunflower } from './layouts.ts';

type Point = { x: number; y: number };

/**
 * Where a folded group's members come out: around the group where it stands now (`center`).
 * Members laid out before they were folded keep their arrangement, moved along with the group;
 * members folded before they were ever placed (a large view folds before its first layout)
 * would all stand on one point, and come out on a small sunflower instead.
 */
export function unfoldPlaces(center: Point, was: (Point | undefined)[], spacing = 45): Point[] {
  const known = was.filter((p): p is Point => p !== undefined && isFinite(p.x) && isFinite(p.y));
  const xs = known.map((p) => p.x);
  const ys = known.map((p) => p.y);
  const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const laidOut = known.length === was.length && known.length > 1 && x2 - x1 + (y2 - y1) > 1;
  if (!laidOut)
    return sunflower(was.length, spacing).map((p) => ({ x: center.x + p.x, y: center.y + p.y }));
  // A compound stands at the middle of its members' box: that middle goes where the group is.
  const [dx, dy] = [center.x - (x1 + x2) / 2, center.y - (y1 + y2) / 2];
  return known.map((p) => ({ x: p.x + dx, y: p.y + dy }));
}
