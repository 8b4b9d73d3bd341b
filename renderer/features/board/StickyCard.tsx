import { memo, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useDrag } from 'react-dnd';
import { LIMITS, type Lane, type Sticky, type StickyId } from '../../../shared/model';
import { editStickyAction, perform } from '../../actions';
import { useUi } from '../../state';
import { carryMark, useKeyboard } from '../../state/carry';
import { GroupMark } from '../../ui/GroupMark';
import { UserText } from '../../ui/UserText';
import { useBoard } from './context';
import { STICKY, type DropZone, type StickyDragItem } from './dnd';
import { LENS_KEYS, TYPE_KEYS, VERDICT_KEYS } from './labels';
import { useT } from '../../i18n';
import { StickyMenu } from './StickyMenu';
import { useDraft } from './useDraft';
import { FindBadge, FindMarks, useFindMark } from './FindMarks';
import { countRender } from '../../ui/renderCount';

function Editor({ sticky, onDone }: { sticky: Sticky; onDone: () => void }) {
  const { workshopId } = useBoard();
  const { t } = useT();
  // An edit in progress is kept as a draft (a crash does not take it); editing again brings it back.
  const { text, setText, clear } = useDraft(`${workshopId}/sticky/${sticky.id}`, sticky.text);
  const [error, setError] = useState<string>();
  const done = useRef(false);
  // Read-only once committed: nothing typed after Enter is taken in and then dropped as it closes.
  const [saving, setSaving] = useState(false);
  const commit = async () => {
    if (done.current) return;
    const trimmed = text.trim();
    if (!trimmed) return setError(t('errors.stickyEmpty'));
    if (trimmed.length > LIMITS.stickyText) return setError(t('errors.stickyTooLong', { max: LIMITS.stickyText, count: trimmed.length }));
    done.current = true;
    setSaving(true);
    if (trimmed !== sticky.text) await perform(editStickyAction, { workshopId, id: sticky.id, patch: { text: trimmed } });
    clear();
    onDone();
  };
  const errorId = `edit-error-${sticky.id}`;
  return (
    <div className="sticky-editor">
      <textarea
        aria-label={t('board.stickyText')}
        dir="auto"
        autoFocus
        readOnly={saving}
        value={text}
        rows={Math.min(8, Math.max(2, Math.ceil(text.length / 32)))}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onFocus={(e) => e.currentTarget.setSelectionRange(e.currentTarget.value.length, e.currentTarget.value.length)}
        onChange={(e) => {
          setText(e.target.value);
          setError(undefined);
        }}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            void commit();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            // Once committed, the editor closes when the edit is saved, not before.
            if (done.current) return;
            done.current = true;
            clear();
            onDone();
          }
        }}
        onBlur={() => void commit()}
      />
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * The sticky as a drag source, mounted once a pointer comes onto it (it enters, or presses, which
 * is always before a drag can begin): a board of 1,000 stickies opens without registering 1,000
 * sources with react-dnd. Connects the card's own element, and reports whether it is carried.
 */
function DragSource({ card, id, canDrag, onDragging }: { card: RefObject<HTMLLIElement | null>; id: StickyId; canDrag: boolean; onDragging: (dragging: boolean) => void }) {
  const [{ dragging }, drag] = useDrag<StickyDragItem, unknown, { dragging: boolean }>(
    () => ({ type: STICKY, item: { id }, canDrag: () => canDrag, collect: (m) => ({ dragging: m.isDragging() }) }),
    [id, canDrag],
  );
  useLayoutEffect(() => void drag(card.current), [drag, card]);
  useLayoutEffect(() => onDragging(dragging), [dragging, onDragging]);
  return null;
}

/**
 * One sticky: drag it to move or group, drop another onto it, edit it in place, or use its menu
 * (⋯, right-click or the context-menu key) to do anything without dragging. Where a sticky carried
 * over it would land comes from its lane (`dropZone`): the lane is the one drop target for its stickies.
 */
export const StickyCard = memo(function StickyCard({ sticky, lane, showAuthor, dropZone = null }: { sticky: Sticky; lane: Lane; showAuthor: boolean; dropZone?: DropZone | null }) {
  countRender('sticky');
  const { workshopId, groups, canWrite, spotlightId, reactionsBySticky, find, t } = useBoard();
  const reactions = reactionsBySticky.get(sticky.id) ?? [];
  const writable = canWrite(lane);
  const [editing, setEditing] = useState(false);
  const [menu, setMenu] = useState<{ page: 'main' | 'move'; position?: { x: number; y: number } } | null>(null);
  const [armed, setArmed] = useState(false);
  const [dragging, setDragging] = useState(false);
  const ref = useRef<HTMLLIElement>(null);
  const findMark = useFindMark(sticky.id);
  const carry = useKeyboard((s) => carryMark(s, sticky.id));
  const arm = writable && !armed ? () => setArmed(true) : undefined;

  const onKeyDown = (e: KeyboardEvent) => {
    // While a sticky is carried, Enter drops it (a registered action), not edits.
    if (e.target !== e.currentTarget || !writable || useKeyboard.getState().carry) return;
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      setEditing(true);
    } else if (e.key === 'm' || e.key === 'M') {
      e.preventDefault();
      setMenu({ page: 'move' });
    }
  };

  const author = showAuthor ? groups.get(sticky.authorGroupId) : undefined;
  // Its name for screen readers: the text, whose it is, and the requirement's type.
  const typeLabel = sticky.kind === 'requirement' && sticky.requirementType ? t(TYPE_KEYS[sticky.requirementType]) : null;
  const name = t(typeLabel ? 'a11y.stickyByTyped' : 'a11y.stickyBy', { text: sticky.text, group: groups.get(sticky.authorGroupId)?.name ?? '', type: typeLabel });
  const classes = ['sticky', dragging && 'dragging', dropZone && `drop-${dropZone}`, spotlightId === sticky.id && 'spotlit', findMark.className].filter(Boolean).join(' ');
  return (
    <li
      ref={ref}
      className={classes}
      data-sticky-id={sticky.id}
      data-carry={carry}
      tabIndex={0}
      aria-roledescription="sticky"
      aria-label={name}
      aria-describedby={findMark.describedBy}
      onPointerEnter={arm}
      onPointerDown={arm}
      onFocus={(e) => e.target === e.currentTarget && useUi.getState().select({ workshopId, stickyId: sticky.id })}
      onBlur={(e) => e.target === e.currentTarget && useUi.getState().selection?.stickyId === sticky.id && useUi.getState().select(null)}
      onDoubleClick={() => writable && setEditing(true)}
      onKeyDown={onKeyDown}
      onContextMenu={(e) => {
        if (!writable) return;
        e.preventDefault();
        setMenu({ page: 'main', position: e.clientX || e.clientY ? { x: e.clientX, y: e.clientY } : undefined });
      }}
    >
      {editing ? (
        <Editor sticky={sticky} onDone={() => setEditing(false)} />
      ) : (
        <>
          {findMark.matched && <FindBadge />}
          <UserText as="p" className="sticky-text">
            {/* Marked only while find is open: 1,000 stickies draw their text as it is. */}
            {find?.active ? <FindMarks text={sticky.text} /> : sticky.text}
          </UserText>
          {reactions.length > 0 && (
            <p className="sticky-tags">
              {reactions.map((r) => (
                <span key={r.id} className={`badge verdict-${r.verdict}`}>
                  {t('reactions.verdictBy', { group: groups.get(r.groupId)?.name ?? '', verdict: t(VERDICT_KEYS[r.verdict]) })}
                </span>
              ))}
            </p>
          )}
          {(sticky.requirementType || sticky.lens || author || sticky.authorName) && (
            <p className="sticky-tags">
              {sticky.authorName && (
                <span className="tag">
                  {t('board.signedBy', { name: sticky.authorName })}
                </span>
              )}
              {author && (
                <span className="tag">
                  <GroupMark mark={author.mark} colour={author.colour} size={12} /> <UserText>{author.name}</UserText>
                </span>
              )}
              {sticky.kind === 'requirement' && sticky.requirementType && <span className={`tag type-${sticky.requirementType}`}>{t(TYPE_KEYS[sticky.requirementType])}</span>}
              {sticky.kind === 'requirement' && sticky.lens && <span className="tag">{t(LENS_KEYS[sticky.lens])}</span>}
            </p>
          )}
          {/* Its ⋯ is drawn by the style sheet: a glyph here was a third of a new sticky's layout. */}
          {writable && <button type="button" className="sticky-menu-button" aria-label={t('board.stickyActions')} aria-haspopup="menu" onClick={() => setMenu({ page: 'main' })} />}
        </>
      )}
      {armed && <DragSource card={ref} id={sticky.id} canDrag={writable && !editing} onDragging={setDragging} />}
      {menu && <StickyMenu sticky={sticky} startPage={menu.page} position={menu.position} onEdit={() => setEditing(true)} onClose={() => setMenu(null)} />}
    </li>
  );
});
