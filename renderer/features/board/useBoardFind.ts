import { useMemo } from 'react';
import { boardOrder, findStickies, isFindActive, type LaneItem } from '../../../shared/board';
import type { Viewer } from '../../../shared/facilitation';
import type { Lane } from '../../../shared/model';
import type { WorkshopView } from '../../db';
import { useUi } from '../../state';

/** What find asks of the board right now, as the stickies and clusters read it. */
export interface BoardFind {
  /** Whether anything is asked: if not, nothing is marked or dimmed. */
  active: boolean;
  /** The words looked for, to mark them inside a sticky. */
  text: string;
  matches: ReadonlySet<string>;
  /** Every sticky in board order, to go from one match to the next. */
  order: readonly string[];
  onlyMatches: boolean;
  current: string | null;
}

/**
 * Find for the facilitator's board; null in any other view and while find is closed. It reads
 * the view, so it can only ever find what this viewer may see.
 */
export function useBoardFind(view: WorkshopView, viewer: Viewer, lanes: readonly Lane[], items: ReadonlyMap<string, readonly LaneItem[]>): BoardFind | null {
  const find = useUi((s) => s.find);
  const host = useUi((s) => s.findHost);
  const { stickies, clusters, reactions, votes, workshop } = view.bundle;
  const open = viewer.kind === 'facilitator' && find.open && host === workshop.id;
  const matches = useMemo(
    () => (open ? findStickies({ stickies, clusters, reactions, votes }, find.query) : null),
    [open, stickies, clusters, reactions, votes, find.query],
  );
  const order = useMemo(() => (open ? boardOrder(lanes.map((l) => l.key), items) : []), [open, lanes, items]);
  const { query, onlyMatches, current } = find;
  return useMemo(
    () => matches && { active: isFindActive(query), text: query.text, matches, order, onlyMatches, current },
    [matches, order, query, onlyMatches, current],
  );
}
