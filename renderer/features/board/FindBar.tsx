import { useEffect, useRef, type KeyboardEvent } from 'react';
import { stepMatch, type FindQuery } from '../../../shared/board';
import { LENSES, LENS_KEYS, REQUIREMENT_TYPES, TYPE_KEYS, laneKeyOf, type Lens, type RequirementType } from '../../../shared/model';
import { collapseClusterAction, findNextAction, findOnBoardAction, findPreviousAction, perform } from '../../actions';
import type { WorkshopView } from '../../db';
import { useT } from '../../i18n';
import { useUi } from '../../state';
import { useBoard } from './context';
import { laneTitle } from './laneTitle';
import type { BoardFind } from './useBoardFind';

/** The id of the text every matching sticky is described by. */
export const FIND_MATCH_NOTE_ID = 'find-match-note';

function focusOf(el: Element | null): HTMLElement | null {
  return el instanceof HTMLElement && el.isConnected && el !== document.body ? el : null;
}

/**
 * Find on the facilitator's board: words (in a sticky, its clarifying questions or its cluster's
 * title) and filters. Enter, F3 or Ctrl+G goes to the next match, Shift with them to the
 * previous; Escape clears, closes, and gives the focus back.
 */
export function FindBar({ view, find }: { view: WorkshopView; find: BoardFind | null }) {
  const { workshopId, lanes, groups } = useBoard();
  const { t } = useT();
  const state = useUi((s) => s.find);
  const inputRef = useRef<HTMLInputElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const seenSummon = useRef(state.summoned);
  const seenStep = useRef(state.step.seq);

  // While this board is shown, Ctrl+F belongs to it.
  useEffect(() => {
    useUi.getState().setFindHost(workshopId);
    return () => useUi.getState().setFindHost(null);
  }, [workshopId]);

  // The focus goes back to the match last gone to, or else to where it was when find opened.
  const close = () => {
    const current = useUi.getState().find.current;
    const match = current ? document.querySelector(`li.sticky[data-sticky-id="${CSS.escape(current)}"]`) : null;
    const back = focusOf(match) ?? focusOf(opener.current) ?? buttonRef.current;
    opener.current = null;
    useUi.getState().closeFind();
    back?.focus();
  };

  useEffect(() => {
    if (state.summoned === seenSummon.current) return;
    seenSummon.current = state.summoned;
    const input = inputRef.current;
    if (!input) return;
    // Ctrl+F from the find field itself closes find again.
    if (document.activeElement === input) return close();
    if (!barRef.current?.contains(document.activeElement)) opener.current = focusOf(document.activeElement);
    input.focus();
    input.select();
  }, [state.summoned]);

  const go = (direction: 1 | -1) => {
    if (!find) return;
    const next = stepMatch(find.order, find.matches, find.current, direction);
    if (!next) return;
    const sticky = view.bundle.stickies.find((s) => s.id === next);
    if (!sticky) return;
    useUi.getState().setFindCurrent(next);
    const cluster = sticky.clusterId ? view.bundle.clusters.find((c) => c.id === sticky.clusterId) : undefined;
    // A match inside a folded cluster is unfolded, so that it can take the focus.
    if (cluster?.collapsed) void perform(collapseClusterAction, { workshopId, id: cluster.id, collapsed: false });
    useUi.getState().requestFocus(`${laneKeyOf(sticky)}#${sticky.id}`);
  };

  useEffect(() => {
    if (state.step.seq === seenStep.current) return;
    seenStep.current = state.step.seq;
    go(state.step.direction);
    // go() reads the find of this render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.step.seq]);

  const toggle = () => (state.open ? close() : void perform(findOnBoardAction, undefined));
  const toggleButton = (
    <button
      ref={buttonRef}
      type="button"
      className="find-toggle"
      aria-expanded={state.open}
      aria-controls={state.open ? 'find-bar' : undefined}
      aria-keyshortcuts="Control+F"
      onClick={toggle}
    >
      {t('find.button')}
    </button>
  );
  if (!state.open || !find) return <div className="find-row">{toggleButton}</div>;

  const set = (patch: Partial<FindQuery>) => useUi.getState().setFindQuery(patch);
  const total = view.bundle.stickies.length;
  const inOrder = find.order.filter((id) => find.matches.has(id));
  const position = find.current ? inOrder.indexOf(find.current) + 1 : 0;
  const onBarKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    close();
  };
  const onFieldKey = (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    go(e.shiftKey ? -1 : 1);
  };
  const q = state.query;
  return (
    <div className="find-row">
      {toggleButton}
      <div ref={barRef} id="find-bar" className="find-bar" role="search" aria-label={t('find.label')} onKeyDown={onBarKey}>
        <label className="find-field">
          <span>{t('find.words')}</span>
          <input
            ref={inputRef}
            type="search"
            dir="auto"
            value={q.text}
            placeholder={t('find.placeholder')}
            aria-keyshortcuts="Enter F3 Shift+Enter Shift+F3"
            onChange={(e) => set({ text: e.target.value })}
            onKeyDown={onFieldKey}
          />
        </label>
        <label>
          <span>{t('find.group')}</span>
          <select value={q.groupId ?? ''} onChange={(e) => set({ groupId: e.target.value || null })}>
            <option value="">{t('find.anyGroup')}</option>
            {[...groups.values()].map((g) => (
              <option key={g.id} value={g.id} dir="auto">
                {g.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('find.lane')}</span>
          <select value={q.laneKey ?? ''} onChange={(e) => set({ laneKey: e.target.value || null })}>
            <option value="">{t('find.anyLane')}</option>
            {lanes.map((lane) => (
              <option key={lane.key} value={lane.key} dir="auto">
                {laneTitle(lane, groups, t).title}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('find.type')}</span>
          <select value={q.requirementType ?? ''} onChange={(e) => set({ requirementType: (e.target.value || null) as RequirementType | null })}>
            <option value="">{t('find.anyType')}</option>
            {REQUIREMENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(TYPE_KEYS[type])}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('find.lens')}</span>
          <select value={q.lens ?? ''} onChange={(e) => set({ lens: (e.target.value || null) as Lens | null })}>
            <option value="">{t('find.anyLens')}</option>
            {LENSES.map((lens) => (
              <option key={lens} value={lens}>
                {t(LENS_KEYS[lens])}
              </option>
            ))}
          </select>
        </label>
        <label className="find-check">
          <input type="checkbox" checked={q.hasReactions} onChange={(e) => set({ hasReactions: e.target.checked })} />
          {t('find.hasReactions')}
        </label>
        <label className="find-check">
          <input type="checkbox" checked={q.hasVotes} onChange={(e) => set({ hasVotes: e.target.checked })} />
          {t('find.hasVotes')}
        </label>
        <label className="find-check">
          <input type="checkbox" checked={state.onlyMatches} onChange={(e) => useUi.getState().setFindOnlyMatches(e.target.checked)} />
          {t('find.onlyMatches')}
        </label>
        <div className="find-steps">
          <button type="button" aria-label={t(findPreviousAction.label)} aria-keyshortcuts="Shift+F3" disabled={find.matches.size === 0} onClick={() => go(-1)}>
            ↑
          </button>
          <button type="button" aria-label={t(findNextAction.label)} aria-keyshortcuts="F3" disabled={find.matches.size === 0} onClick={() => go(1)}>
            ↓
          </button>
          <button type="button" aria-label={t('find.close')} onClick={close}>
            ×
          </button>
        </div>
        <p className="find-count" role="status" aria-live="polite">
          {position > 0 && <span className="find-position">{t('find.position', { index: position, total: inOrder.length })} · </span>}
          <span>{t('find.count', { count: find.matches.size, total })}</span>
        </p>
        <span id={FIND_MATCH_NOTE_ID} hidden>
          {t('find.matchNote')}
        </span>
      </div>
    </div>
  );
}
