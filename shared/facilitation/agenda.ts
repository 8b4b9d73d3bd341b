import type { Phase } from '../model/facilitation';
import type { Facilitation } from '../model/workshop';
import type { Id } from '../lib/ids';
import type { WorkshopId } from '../model/common';
import { byOrder, orderBetween } from '../lib/order';
import { Refusal } from '../lib/refusal';
import type { IdMaker } from '../templates/build';
import { IDLE_RUN, addTime, endRun, pauseRun, resumeRun, startRun, timerState } from './timer';

type PhaseId = Id<'phase'>;

/** The part of a workshop the facilitation controls change. */
export interface AgendaState {
  facilitation: Facilitation;
  phases: readonly Phase[];
}

/** Writes to the agenda: a new facilitation state (when it changes), phases to put and to remove. */
export interface AgendaChange {
  facilitation: Facilitation | null;
  put: Phase[];
  remove: PhaseId[];
}

const noChange = (): AgendaChange => ({ facilitation: null, put: [], remove: [] });

export function isEmptyAgendaChange(change: AgendaChange): boolean {
  return change.facilitation === null && change.put.length === 0 && change.remove.length === 0;
}

export function invertAgendaChange(change: AgendaChange, before: AgendaState): AgendaChange {
  const old = new Map(before.phases.map((p) => [p.id, p]));
  const inverse = noChange();
  if (change.facilitation) inverse.facilitation = before.facilitation;
  for (const p of change.put) {
    const previous = old.get(p.id);
    if (previous) inverse.put.push(previous);
    else inverse.remove.push(p.id);
  }
  for (const id of change.remove) {
    const previous = old.get(id);
    if (previous) inverse.put.push(previous);
  }
  return inverse;
}

function phase(state: AgendaState, id: string | null): Phase {
  const found = state.phases.find((p) => p.id === id);
  if (!found) throw new Refusal('errors.phaseGone');
  return found;
}

export function currentPhase(state: AgendaState): Phase | undefined {
  return state.phases.find((p) => p.id === state.facilitation.currentPhaseId);
}

/** Ends whatever phase is running or paused, other than `except`. */
function endOthers(state: AgendaState, except: string, now: number, change: AgendaChange) {
  for (const p of state.phases) {
    if (p.id === except) continue;
    const s = timerState(p.run);
    if (s === 'running' || s === 'paused') change.put.push({ ...p, run: endRun(p.run, now) });
  }
}

/** Makes a phase current and starts (or, if it ran before, continues) its timer; the phase before it ends. */
export function startPhase(state: AgendaState, id: PhaseId, now: number): AgendaChange {
  const target = phase(state, id);
  const change = noChange();
  endOthers(state, id, now, change);
  const run = timerState(target.run) === 'paused' ? resumeRun(target.run, now) : startRun(target.run, now);
  if (run !== target.run) change.put.push({ ...target, run });
  if (state.facilitation.currentPhaseId !== id) {
    // A group's presentation puts that group on stage, with nothing in the spotlight yet.
    const presenting = target.kind === 'presentation' && target.groupId ? { presentingGroupId: target.groupId, spotlightStickyId: null } : {};
    change.facilitation = { ...state.facilitation, currentPhaseId: id, ...presenting };
  }
  return change;
}

function onCurrent(state: AgendaState, update: (p: Phase) => Phase): AgendaChange {
  const current = currentPhase(state);
  if (!current) throw new Refusal('errors.noPhaseRunning');
  const next = update(current);
  const change = noChange();
  if (next !== current) change.put.push(next);
  return change;
}

export function pausePhase(state: AgendaState, now: number): AgendaChange {
  return onCurrent(state, (p) => {
    const run = pauseRun(p.run, now);
    return run === p.run ? p : { ...p, run };
  });
}

export function resumePhase(state: AgendaState, now: number): AgendaChange {
  return onCurrent(state, (p) => {
    const run = resumeRun(p.run, now);
    return run === p.run ? p : { ...p, run };
  });
}

export function addTimeToPhase(state: AgendaState, minutes: number): AgendaChange {
  return onCurrent(state, (p) => {
    const run = addTime(p.run, minutes);
    return run.addedMinutes === p.run.addedMinutes ? p : { ...p, run };
  });
}

/** Moves on: ends the current phase and starts the one after it (or the first, when none is current). */
export function nextPhase(state: AgendaState, now: number): AgendaChange {
  const ordered = byOrder(state.phases);
  const at = ordered.findIndex((p) => p.id === state.facilitation.currentPhaseId);
  const next = ordered[at + 1];
  if (next) return startPhase(state, next.id, now);
  // The last phase is done: end it; the workshop stays on it.
  const change = noChange();
  const last = ordered[at];
  if (last && timerState(last.run) !== 'ended' && timerState(last.run) !== 'idle') change.put.push({ ...last, run: endRun(last.run, now) });
  return change;
}

/** Goes back: ends the current phase and continues the one before it. */
export function previousPhase(state: AgendaState, now: number): AgendaChange {
  const ordered = byOrder(state.phases);
  const at = ordered.findIndex((p) => p.id === state.facilitation.currentPhaseId);
  const previous = at > 0 ? ordered[at - 1] : undefined;
  return previous ? startPhase(state, previous.id, now) : noChange();
}

export type PhasePatch = Partial<Pick<Phase, 'title' | 'plannedMinutes' | 'instructions' | 'notes'>>;

export function updatePhase(state: AgendaState, id: PhaseId, patch: PhasePatch): AgendaChange {
  const p = phase(state, id);
  const next = { ...p, ...patch };
  const same = next.title === p.title && next.plannedMinutes === p.plannedMinutes && next.instructions === p.instructions && next.notes === p.notes;
  return same ? noChange() : { ...noChange(), put: [next] };
}

/** A new phase after `afterId` (or at the end). */
export function addPhase(state: AgendaState, workshopId: WorkshopId, afterId: PhaseId | null, title: string, makeId: IdMaker): { change: AgendaChange; id: PhaseId } {
  const ordered = byOrder(state.phases);
  const at = afterId === null ? ordered.length - 1 : ordered.findIndex((p) => p.id === afterId);
  if (at === -1 && afterId !== null) throw new Refusal('errors.phaseGone');
  const order = orderBetween(ordered[at]?.order ?? null, ordered[at + 1]?.order ?? null);
  const id = makeId('phase');
  const added: Phase = { id, workshopId, order, kind: 'custom', title, plannedMinutes: 10, instructions: '', groupId: null, notes: '', run: IDLE_RUN };
  return { change: { ...noChange(), put: [added] }, id };
}

export function removePhase(state: AgendaState, id: PhaseId): AgendaChange {
  phase(state, id);
  const change: AgendaChange = { ...noChange(), remove: [id] };
  if (state.facilitation.currentPhaseId === id) change.facilitation = { ...state.facilitation, currentPhaseId: null };
  return change;
}

/** One place earlier (-1) or later (+1) in the agenda. */
export function movePhase(state: AgendaState, id: PhaseId, direction: -1 | 1): AgendaChange {
  const ordered = byOrder(state.phases);
  const at = ordered.findIndex((p) => p.id === id);
  if (at === -1) throw new Refusal('errors.phaseGone');
  const target = at + direction;
  if (target < 0 || target >= ordered.length) return noChange();
  const others = ordered.filter((p) => p.id !== id);
  // In the agenda without it, it goes between the phases that will stand before and after it.
  const order = orderBetween(others[target - 1]?.order ?? null, others[target]?.order ?? null);
  return { ...noChange(), put: [{ ...ordered[at]!, order }] };
}

/** Reveals (or hides again) the private writing of some groups. */
export function setRevealed(state: AgendaState, groupIds: readonly string[], revealed: boolean): AgendaChange {
  const current = new Set<string>(state.facilitation.revealedGroupIds);
  for (const id of groupIds) {
    if (revealed) current.add(id);
    else current.delete(id);
  }
  const next = [...current] as Facilitation['revealedGroupIds'];
  const same = next.length === state.facilitation.revealedGroupIds.length && next.every((id) => state.facilitation.revealedGroupIds.includes(id));
  return same ? noChange() : { ...noChange(), facilitation: { ...state.facilitation, revealedGroupIds: next } };
}

/** Who presents, and which item is in the spotlight (null: none). */
export function setPresentation(state: AgendaState, presentingGroupId: Facilitation['presentingGroupId'], spotlightStickyId: Facilitation['spotlightStickyId']): AgendaChange {
  const f = state.facilitation;
  if (f.presentingGroupId === presentingGroupId && f.spotlightStickyId === spotlightStickyId) return noChange();
  return { ...noChange(), facilitation: { ...f, presentingGroupId, spotlightStickyId } };
}

/** Blanks the room's screen, or freezes it on what it shows (null leaves that one as it is). */
export function setScreen(state: AgendaState, screen: Partial<Facilitation['screen']>): AgendaChange {
  const next = { ...state.facilitation.screen, ...screen };
  if (next.blank === state.facilitation.screen.blank && next.frozen === state.facilitation.screen.frozen) return noChange();
  return { ...noChange(), facilitation: { ...state.facilitation, screen: next } };
}
