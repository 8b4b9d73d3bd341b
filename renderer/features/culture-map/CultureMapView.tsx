import { useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { cultureGaps, quadrantOf, type Viewer } from '../../../shared/facilitation';
import { directionOf } from '../../../shared/i18n';
import { byOrder } from '../../../shared/lib/order';
import type { Group, GroupId, Placement } from '../../../shared/model';
import { performOutcome, placeMarkerAction, type PerformOutcome } from '../../actions';
import type { WorkshopView } from '../../db';
import { useT } from '../../i18n';
import { useUi } from '../../state';
import { GapSummary } from './GapSummary';
import { clampUnit, fromSvg, nudged, toSvg, VIEW, type Point } from './geometry';
import { GridBackdrop } from './GridBackdrop';
import { CULTURE_NAME_KEYS } from './labels';
import { MapMarker, MarkerLabel } from './MapMarker';
import { PlacingControls } from './PlacingControls';

/** A marker on its way: where it started, and where the pointer has it now (null: off the grid). */
interface Drag {
  subjectId: GroupId;
  pointerId: number;
  from: Point | null;
  /** From the pointer to the marker's centre, so that a marker does not jump under the pointer. */
  offset: Point;
  point: Point | null;
}
type Held = Point & { subjectId: GroupId };
/**
 * A marker put down (placed in the centre, or dropped), shown there until the placements drawn
 * have its write: until the write has landed and the marker's stored record is no longer the one
 * it had when put down (`before`; none for a marker not placed yet). The live store draws a write
 * a moment after it lands, and may draw others' first (the nudges of the group placed before).
 */
type Dropped = Held & { groupId: GroupId; before: Placement | undefined; landed: boolean };

interface Shown {
  subject: Group;
  by: Group;
  at: Point;
  movable: boolean;
}

/** The grid point under a pointer, or null when the pointer is well off the grid. */
function gridPointAt(svg: SVGSVGElement, clientX: number, clientY: number): Point | null {
  const matrix = svg.getScreenCTM();
  if (!matrix) return null;
  const p = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
  return fromSvg(p.x, p.y);
}

const same = (a: Point | null, b: Point | null) => !!a && !!b && a.x === b.x && a.y === b.y;

/**
 * The culture map: each group places itself and each other group on the two-axis grid, and the
 * gap between a group's view of itself and another's view of it is drawn and put into words.
 * It shows what its viewer may see: the view's placements come through the privacy rule.
 * A marker is written when it is put down (a drop, a key press), never while a pointer moves.
 */
export function CultureMapView({ view, viewer }: { view: WorkshopView; viewer: Viewer }) {
  const { t, language } = useT();
  const zoom = useUi((s) => s.zoom);
  const dir = directionOf(language);
  const { workshop, placements } = view.bundle;
  const groups = useMemo(() => byOrder(view.bundle.groups), [view.bundle.groups]);
  const byId = useMemo(() => new Map<string, Group>(groups.map((g) => [g.id, g])), [groups]);
  const revealed = new Set<string>(workshop.facilitation.revealedGroupIds);
  const ownGroupId = viewer.kind === 'group' ? viewer.groupId : null;

  const [chosen, setChosen] = useState<GroupId | null>(null);
  const placer: Group | undefined =
    viewer.kind === 'group' ? byId.get(viewer.groupId) : viewer.kind === 'facilitator' ? ((chosen ? byId.get(chosen) : undefined) ?? groups[0]) : undefined;

  const [drag, setDrag] = useState<Drag | null>(null);
  // While a marker is moved with the keys, the view keeps its position until it loses focus,
  // so that quick key presses add up even before the database has answered each one.
  const [held, setHeld] = useState<Held | null>(null);
  const [dropped, setDropped] = useState<readonly Dropped[]>([]);
  const svgRef = useRef<SVGSVGElement>(null);
  const writes = useRef<Promise<unknown>>(Promise.resolve());
  const focusNext = useRef<GroupId | null>(null);
  const titleId = useId();
  const hintId = useId();

  /** Whether a marker put down is still to be drawn from the database. */
  const storedOf = (groupId: GroupId, subjectId: GroupId) => placements.find((p) => p.groupId === groupId && p.subjectGroupId === subjectId);
  const pending = (d: Dropped) => !d.landed || storedOf(d.groupId, d.subjectId) === d.before;
  /** The placing group's marker of a subject as put down, while it is not yet drawn from the database. */
  const droppedOf = (subjectId: GroupId): Dropped | undefined => (placer ? dropped.find((d) => d.groupId === placer.id && d.subjectId === subjectId && pending(d)) : undefined);

  /** Where the placing group's marker of a subject is shown instead of where it is stored. */
  const override = (subjectId: GroupId): Point | null => {
    if (drag?.subjectId === subjectId && drag.point) return drag.point;
    if (held?.subjectId === subjectId) return held;
    return droppedOf(subjectId) ?? null;
  };

  const mine = new Map<string, Placement>(placer ? placements.filter((p) => p.groupId === placer.id).map((p) => [p.subjectGroupId, p]) : []);
  const shown: Shown[] = [];
  for (const p of placements) {
    const subject = byId.get(p.subjectGroupId);
    const by = byId.get(p.groupId);
    if (!subject || !by) continue;
    const movable = by.id === placer?.id;
    shown.push({ subject, by, at: (movable ? override(subject.id) : null) ?? { x: p.x, y: p.y }, movable });
  }
  if (placer) {
    for (const g of groups) {
      const at = mine.has(g.id) ? null : override(g.id);
      if (at) shown.push({ subject: g, by: placer, at, movable: true });
    }
  }
  // The placing group's markers on top; otherwise in the groups' order, so that no marker's node
  // moves when it is stored (a moved node would lose the keyboard focus).
  const position = new Map<string, number>(groups.map((g, i) => [g.id, i]));
  const rank = (s: Shown) => (s.movable ? 100 : 0) + 10 * (position.get(s.by.id) ?? 0) + (position.get(s.subject.id) ?? 0);
  shown.sort((a, b) => rank(a) - rank(b));

  const unplaced = placer ? [placer, ...groups.filter((g) => g.id !== placer.id)].filter((g) => !mine.has(g.id) && !droppedOf(g.id)) : [];
  // Lines follow the markers as they move; the words below say what is stored.
  const lines = cultureGaps(
    placements.map((p) => {
      const at = placer && p.groupId === placer.id ? override(p.subjectGroupId) : null;
      return at ? { ...p, x: at.x, y: at.y } : p;
    }),
    groups,
  );
  const gaps = cultureGaps(placements, groups);
  const privateGroups = groups.filter(
    (g) => !revealed.has(g.id) && g.id !== ownGroupId && (viewer.kind !== 'facilitator' || placements.some((p) => p.groupId === g.id)),
  );

  /** To the facilitator: markers the room cannot see yet, like the board's private lanes. */
  const isPrivate = (by: Group) => viewer.kind === 'facilitator' && !revealed.has(by.id);
  const labelOf = (subject: Group, by: Group) => t('culture.markerLabel', { subject: subject.name, by: by.name });

  const write = (subjectId: GroupId, at: Point): Promise<PerformOutcome<unknown> | null> => {
    if (!placer) return Promise.resolve(null);
    const args = { workshopId: workshop.id, groupId: placer.id, subjectGroupId: subjectId, x: at.x, y: at.y };
    // One write after the other, so that the last position asked for is the one stored.
    const next = writes.current.then(() => performOutcome(placeMarkerAction, args));
    writes.current = next;
    return next;
  };

  const putDown = (subjectId: GroupId, at: Point) => {
    if (!placer) return;
    const before = storedOf(placer.id, subjectId);
    const mark: Dropped = { subjectId, groupId: placer.id, x: at.x, y: at.y, before, landed: false };
    // It replaces the marker's earlier mark; marks drawn from the database since go.
    setDropped((list) => [...list.filter((d) => !(d.groupId === mark.groupId && d.subjectId === subjectId) && pending(d)), mark]);
    // Written: shown until the placements drawn have it. Refused, or kept to be saved later: back
    // where it was until then.
    void write(subjectId, at).then((outcome) => setDropped((list) => list.flatMap((d) => (d !== mark ? [d] : outcome?.status === 'done' ? [{ ...d, landed: true }] : []))));
  };

  const startDrag = (subjectId: GroupId, e: PointerEvent<Element>, from: Point | null) => {
    const svg = svgRef.current;
    if (!svg || !placer || drag || (e.pointerType === 'mouse' && e.button !== 0)) return;
    e.preventDefault();
    try {
      svg.setPointerCapture(e.pointerId);
    } catch {
      return;
    }
    const at = gridPointAt(svg, e.clientX, e.clientY);
    setHeld(null);
    setDrag({ subjectId, pointerId: e.pointerId, from, offset: from && at ? { x: at.x - from.x, y: at.y - from.y } : { x: 0, y: 0 }, point: from });
  };

  const dragPoint = (d: Drag, e: PointerEvent<SVGSVGElement>): Point | null => {
    const at = gridPointAt(e.currentTarget, e.clientX, e.clientY);
    return at && { x: clampUnit(at.x - d.offset.x), y: clampUnit(at.y - d.offset.y) };
  };

  const onMarkerKey = (subjectId: GroupId, from: Point) => (e: KeyboardEvent<SVGGElement>) => {
    if (e.key === 'Escape' && drag) {
      // Escape calls a drag off: the marker stays where it was.
      e.preventDefault();
      if (svgRef.current?.hasPointerCapture(drag.pointerId)) svgRef.current.releasePointerCapture(drag.pointerId);
      setDrag(null);
      return;
    }
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) {
      // Undo and the like act on what is stored: show that again.
      setHeld(null);
      return;
    }
    const next = nudged(from, e.key);
    if (!next) return;
    e.preventDefault();
    e.stopPropagation();
    if (same(next, from)) return;
    setHeld({ subjectId, ...next });
    void write(subjectId, next);
  };

  const focusIfAsked = (subjectId: GroupId) => (node: SVGGElement | null) => {
    if (node && focusNext.current === subjectId) {
      focusNext.current = null;
      node.focus();
    }
  };

  const choose = (id: GroupId) => {
    setChosen(id);
    setDrag(null);
    setHeld(null);
  };

  return (
    <section className="culture-map" aria-labelledby={titleId} style={{ ['--zoom' as string]: String(zoom) }}>
      <header className="culture-map-header">
        <h2 id={titleId}>{t('culture.title')}</h2>
        <p className="culture-axes">
          {t('culture.axisAttends')} · {t('culture.axisDecides')}
        </p>
        <p className="field-hint">{t('culture.explained')}</p>
      </header>

      {placer && (
        <PlacingControls
          groups={groups}
          placer={placer}
          choosable={viewer.kind === 'facilitator'}
          onChoose={choose}
          unplaced={unplaced}
          labelOf={(g) => labelOf(g, placer)}
          draggingId={drag && !mine.has(drag.subjectId) ? drag.subjectId : null}
          onDragStart={(subjectId, e) => startDrag(subjectId, e, null)}
          onPlaceCentre={(subjectId) => {
            focusNext.current = subjectId;
            putDown(subjectId, { x: 0, y: 0 });
          }}
          hintId={hintId}
        />
      )}

      {/* The grid's geometry means the same in every language: actuality stays on the left. */}
      <div className="culture-stage" dir="ltr">
        <svg
          ref={svgRef}
          className={`culture-grid${drag ? ' dragging' : ''}`}
          viewBox={`0 0 ${VIEW.width} ${VIEW.height}`}
          direction="ltr"
          role="group"
          aria-label={t('culture.gridLabel')}
          onPointerMove={(e) => {
            if (!drag || e.pointerId !== drag.pointerId) return;
            const point = dragPoint(drag, e);
            if (!same(point, drag.point)) setDrag({ ...drag, point });
          }}
          onPointerUp={(e) => {
            if (!drag || e.pointerId !== drag.pointerId) return;
            const at = dragPoint(drag, e);
            setDrag(null);
            // Dropped off the grid, or not moved at all: nothing to write.
            if (at && !same(at, drag.from)) putDown(drag.subjectId, at);
          }}
          onPointerCancel={() => setDrag(null)}
          onLostPointerCapture={(e) => {
            if (drag && e.pointerId === drag.pointerId) setDrag(null);
          }}
        >
          <GridBackdrop dir={dir} />
          <g className="culture-gap-lines" aria-hidden="true">
            {lines.map((gap) => {
              const a = toSvg(gap.self);
              const b = toSvg(gap.other);
              return (
                <g key={`${gap.subject.id}>${gap.by.id}`} className="culture-gap-line" data-subject={gap.subject.id} data-by={gap.by.id}>
                  <line className="culture-gap-halo" x1={a.px} y1={a.py} x2={b.px} y2={b.py} />
                  <line className="culture-gap-stroke" x1={a.px} y1={a.py} x2={b.px} y2={b.py} stroke={gap.subject.colour} />
                </g>
              );
            })}
          </g>
          <g className="culture-marker-labels" aria-hidden="true">
            {shown.map(({ subject, by, at }) => (
              <MarkerLabel
                key={`${by.id}>${subject.id}`}
                at={at}
                label={labelOf(subject, by)}
                privateLabel={isPrivate(by) ? t('reveal.private') : null}
                dir={dir}
              />
            ))}
          </g>
          {shown.map(({ subject, by, at, movable }) => {
            const label = labelOf(subject, by);
            const culture = t(CULTURE_NAME_KEYS[quadrantOf(at.x, at.y)]);
            return (
              <MapMarker
                key={`${by.id}>${subject.id}`}
                subject={subject}
                by={by}
                at={at}
                name={isPrivate(by) ? t('culture.markerNamePrivate', { label, culture }) : t('culture.markerName', { label, culture })}
                hidden={isPrivate(by)}
                movable={movable}
                dragging={movable && drag?.subjectId === subject.id}
                hintId={hintId}
                focusRef={movable ? focusIfAsked(subject.id) : undefined}
                onPointerDown={
                  movable
                    ? (e) => {
                        startDrag(subject.id, e, at);
                        e.currentTarget.focus({ preventScroll: true });
                      }
                    : undefined
                }
                onKeyDown={movable ? onMarkerKey(subject.id, at) : undefined}
                onBlur={movable ? () => setHeld((h) => (h?.subjectId === subject.id ? null : h)) : undefined}
              />
            );
          })}
        </svg>
      </div>

      <GapSummary gaps={gaps} privateGroups={privateGroups} facilitator={viewer.kind === 'facilitator'} />
    </section>
  );
}
