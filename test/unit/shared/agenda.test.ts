import { describe, expect, it } from 'vitest';
import {
  actualMinutes,
  addPhase,
  addTimeToPhase,
  currentPhase,
  formatClock,
  invertAgendaChange,
  isEmptyAgendaChange,
  movePhase,
  nextPhase,
  pausePhase,
  previousPhase,
  readTimer,
  remainingMs,
  removePhase,
  resumePhase,
  setRevealed,
  startPhase,
  timerState,
  updatePhase,
  type AgendaChange,
  type AgendaState,
} from '../../../shared/facilitation';
import type { Id } from '../../../shared/lib/ids';
import { byOrder } from '../../../shared/lib/order';
import { PhaseSchema, type Phase, type PhaseKind } from '../../../shared/model';
import { groupNamed, idCounter, sortById } from '../../builders/board';
import { refusalOf } from '../../builders/messages';
import { sample, seededRandom } from './helpers';

type PhaseId = Id<'phase'>;

/** The fake clock: `at(17)` is 17 minutes after nine on the workshop day. */
const T0 = Date.parse('2026-03-12T09:00:00Z');
const at = (minutes: number, seconds = 0) => T0 + minutes * 60_000 + seconds * 1000;

/** Writes a change the way the store does: puts replace or add phases by id, removes delete them. */
function apply(state: AgendaState, change: AgendaChange): AgendaState {
  const phases = new Map(state.phases.map((p) => [p.id, p]));
  for (const p of change.put) phases.set(p.id, p);
  for (const id of change.remove) phases.delete(id);
  return { facilitation: change.facilitation ?? state.facilitation, phases: [...phases.values()] };
}

const comparable = (state: AgendaState) => ({ facilitation: state.facilitation, phases: sortById(state.phases) });

/** Applies `op`, checks that its inverse (undo) gives back the state before and that every phase stays valid. */
function step(state: AgendaState, op: (s: AgendaState) => AgendaChange): AgendaState {
  const change = op(state);
  const after = apply(state, change);
  for (const p of after.phases) expect(PhaseSchema.safeParse(p).success, `phase ${p.title} is not valid`).toBe(true);
  const undone = apply(after, invertAgendaChange(change, state));
  expect(comparable(undone)).toEqual(comparable(state));
  return after;
}

/** The sample's agenda (nine phases, nothing run yet). */
function fullAgenda(): AgendaState {
  const bundle = sample();
  return { facilitation: bundle.workshop.facilitation, phases: bundle.phases };
}

/** Only the sample's first four phases: stage 15, culture map 15, Outmodel 25, requirements 25. */
function fourPhases(): AgendaState {
  const state = fullAgenda();
  return { ...state, phases: byOrder(state.phases).slice(0, 4) };
}

const ids = (state: AgendaState) => byOrder(state.phases).map((p) => p.id);
const byId = (state: AgendaState, id: PhaseId): Phase => state.phases.find((p) => p.id === id)!;
const byKind = (state: AgendaState, kind: PhaseKind): Phase => state.phases.find((p) => p.kind === kind)!;
const timers = (state: AgendaState) => byOrder(state.phases).map((p) => timerState(p.run));

describe('running an agenda', () => {
  it('runs four phases with pause, more time, going back and jumping, and logs planned against actual minutes', () => {
    let s = fourPhases();
    const [stage, culture, outmodel, requirements] = ids(s) as [PhaseId, PhaseId, PhaseId, PhaseId];
    expect(currentPhase(s)).toBeUndefined();

    // 09:00 Next with nothing running starts the first phase.
    s = step(s, (x) => nextPhase(x, at(0)));
    expect(currentPhase(s)?.id).toBe(stage);
    expect(timers(s)).toEqual(['running', 'idle', 'idle', 'idle']);

    // 09:10 pause; the clock stands at 5:00 however long the pause is.
    s = step(s, (x) => pausePhase(x, at(10)));
    expect(timers(s)).toEqual(['paused', 'idle', 'idle', 'idle']);
    expect(formatClock(remainingMs(byId(s, stage).run, 15, at(12)))).toBe('5:00');

    // 09:13 resume, 09:17 next: the stage took 14 minutes, the culture map starts.
    s = step(s, (x) => resumePhase(x, at(13)));
    expect(timers(s)).toEqual(['running', 'idle', 'idle', 'idle']);
    s = step(s, (x) => nextPhase(x, at(17)));
    expect(currentPhase(s)?.id).toBe(culture);
    expect(timers(s)).toEqual(['ended', 'running', 'idle', 'idle']);
    expect(actualMinutes(byId(s, stage).run, at(17))).toBe(14);

    // Five more minutes for the culture map: at 09:35 two minutes are left, inside a two-minute warning.
    s = step(s, (x) => addTimeToPhase(x, 5));
    const culturePhase = byId(s, culture);
    expect(readTimer(culturePhase.run, culturePhase.plannedMinutes, at(35), 120)).toMatchObject({ state: 'running', remainingMs: 2 * 60_000, warning: true, overrun: false });

    // 09:40 back to the stage: the culture map ends (23 minutes), the stage continues from 14 minutes.
    s = step(s, (x) => previousPhase(x, at(40)));
    expect(currentPhase(s)?.id).toBe(stage);
    expect(timers(s)).toEqual(['running', 'ended', 'idle', 'idle']);
    const stageReading = readTimer(byId(s, stage).run, 15, at(43), 60);
    expect(stageReading).toMatchObject({ state: 'running', overrun: true, remainingMs: -2 * 60_000 });
    expect(formatClock(stageReading.remainingMs)).toBe('−2:00');

    // 09:44 jump to the Outmodel: the stage ends at 18 minutes.
    s = step(s, (x) => startPhase(x, outmodel, at(44)));
    expect(currentPhase(s)?.id).toBe(outmodel);
    expect(timers(s)).toEqual(['ended', 'ended', 'running', 'idle']);

    // 10:14 next: the Outmodel took 30 minutes; requirements start, pause at 10:34 and the agenda ends at 10:40.
    s = step(s, (x) => nextPhase(x, at(74)));
    expect(currentPhase(s)?.id).toBe(requirements);
    s = step(s, (x) => pausePhase(x, at(94)));
    s = step(s, (x) => nextPhase(x, at(100)));
    expect(currentPhase(s)?.id, 'the workshop stays on the last phase').toBe(requirements);
    expect(timers(s)).toEqual(['ended', 'ended', 'ended', 'ended']);
    expect(isEmptyAgendaChange(nextPhase(s, at(101))), 'nothing more to end').toBe(true);

    // The minutes' log, read much later, is what happened.
    const log = byOrder(s.phases).map((p) => ({
      title: p.title,
      planned: p.plannedMinutes + p.run.addedMinutes,
      actual: actualMinutes(p.run, at(600)),
      over: readTimer(p.run, p.plannedMinutes, at(600), 60).overrun,
    }));
    expect(log).toEqual([
      { title: 'Set the stage', planned: 15, actual: 18, over: true },
      { title: 'Culture map', planned: 20, actual: 23, over: true },
      { title: 'Outmodel', planned: 25, actual: 30, over: true },
      { title: 'Requirements', planned: 25, actual: 20, over: false },
    ]);
  });

  it('starting another phase while the current one is paused ends it without counting the pause', () => {
    let s = fourPhases();
    const [stage, culture] = ids(s) as [PhaseId, PhaseId];
    s = step(s, (x) => startPhase(x, stage, at(0)));
    s = step(s, (x) => pausePhase(x, at(6)));
    s = step(s, (x) => startPhase(x, culture, at(30)));
    expect(timers(s)).toEqual(['ended', 'running', 'idle', 'idle']);
    expect(actualMinutes(byId(s, stage).run, at(99))).toBe(6);
  });

  it('starting the phase that is already running changes nothing; starting it while paused resumes it', () => {
    let s = fourPhases();
    const [stage] = ids(s) as [PhaseId];
    s = step(s, (x) => startPhase(x, stage, at(0)));
    expect(isEmptyAgendaChange(startPhase(s, stage, at(3)))).toBe(true);
    s = step(s, (x) => pausePhase(x, at(3)));
    s = step(s, (x) => startPhase(x, stage, at(8)));
    expect(timers(s)).toEqual(['running', 'idle', 'idle', 'idle']);
    expect(remainingMs(byId(s, stage).run, 15, at(9))).toBe(11 * 60_000);
  });

  it('pausing a paused phase or resuming a running one changes nothing', () => {
    let s = fourPhases();
    s = step(s, (x) => nextPhase(x, at(0)));
    expect(isEmptyAgendaChange(resumePhase(s, at(1)))).toBe(true);
    s = step(s, (x) => pausePhase(x, at(2)));
    expect(isEmptyAgendaChange(pausePhase(s, at(3)))).toBe(true);
  });

  it('going back from the first phase, or with nothing running, changes nothing', () => {
    let s = fourPhases();
    expect(isEmptyAgendaChange(previousPhase(s, at(0)))).toBe(true);
    s = step(s, (x) => nextPhase(x, at(0)));
    expect(isEmptyAgendaChange(previousPhase(s, at(1)))).toBe(true);
  });

  it('refuses to pause, resume or add time when no phase is current', () => {
    const s = fourPhases();
    expect(refusalOf(() => pausePhase(s, at(0))).reason.key).toBe('errors.noPhaseRunning');
    expect(refusalOf(() => resumePhase(s, at(0))).reason.key).toBe('errors.noPhaseRunning');
    expect(refusalOf(() => addTimeToPhase(s, 5)).reason.key).toBe('errors.noPhaseRunning');
  });

  it('refuses to act on a phase that is not there', () => {
    const s = fourPhases();
    const gone = 'phase:gone' as PhaseId;
    expect(refusalOf(() => startPhase(s, gone, at(0))).reason.key).toBe('errors.phaseGone');
    expect(refusalOf(() => updatePhase(s, gone, { plannedMinutes: 5 })).reason.key).toBe('errors.phaseGone');
    expect(refusalOf(() => removePhase(s, gone)).reason.key).toBe('errors.phaseGone');
    expect(refusalOf(() => movePhase(s, gone, 1)).reason.key).toBe('errors.phaseGone');
  });
});

describe('undo of every agenda operation', () => {
  /** Mid-workshop: the stage and culture map ended, the Outmodel paused and current, Dev revealed. */
  function midWorkshop() {
    let s = fullAgenda();
    const bundle = sample();
    const dev = groupNamed(bundle, 'Dev').id;
    const ops = groupNamed(bundle, 'Ops').id;
    s = apply(s, nextPhase(s, at(0)));
    s = apply(s, nextPhase(s, at(15)));
    s = apply(s, nextPhase(s, at(31)));
    s = apply(s, pausePhase(s, at(50)));
    s = apply(s, setRevealed(s, [dev], true));
    return { s, dev, ops, phase: (kind: PhaseKind) => byKind(s, kind).id };
  }

  const { s, dev, ops, phase } = midWorkshop();
  const ops_: [string, (x: AgendaState) => AgendaChange][] = [
    ['start the next phase', (x) => startPhase(x, phase('requirements'), at(60))],
    ['continue an ended phase', (x) => startPhase(x, phase('stage'), at(60))],
    ['resume', (x) => resumePhase(x, at(60))],
    ['add time', (x) => addTimeToPhase(x, 10)],
    ['next', (x) => nextPhase(x, at(60))],
    ['previous', (x) => previousPhase(x, at(60))],
    ['retime a phase', (x) => updatePhase(x, phase('agreement'), { plannedMinutes: 45, notes: 'Keep it short' })],
    ['add a phase', (x) => addPhase(x, x.phases[0]!.workshopId, phase('culture-map'), 'Coffee', idCounter()).change],
    ['remove the current phase', (x) => removePhase(x, phase('outmodel'))],
    ['remove another phase', (x) => removePhase(x, phase('close'))],
    ['move a phase up', (x) => movePhase(x, phase('reactions'), -1)],
    ['move a phase down', (x) => movePhase(x, phase('stage'), 1)],
    ['reveal another group', (x) => setRevealed(x, [ops], true)],
    ['hide a revealed group', (x) => setRevealed(x, [dev], false)],
  ];

  it.each(ops_)('%s, undone, gives back the state before', (_name, op) => {
    expect(isEmptyAgendaChange(op(s))).toBe(false);
    step(s, op);
  });

  it('the inverse of a change that changes nothing changes nothing', () => {
    const none = setRevealed(s, [dev], true);
    expect(isEmptyAgendaChange(none)).toBe(true);
    expect(isEmptyAgendaChange(invertAgendaChange(none, s))).toBe(true);
  });
});

describe('removing a phase', () => {
  it('removing the current phase leaves no phase current; Next then starts from the first phase', () => {
    let s = fourPhases();
    const [stage, culture, outmodel, requirements] = ids(s) as [PhaseId, PhaseId, PhaseId, PhaseId];
    s = step(s, (x) => nextPhase(x, at(0)));
    s = step(s, (x) => nextPhase(x, at(15)));
    s = step(s, (x) => removePhase(x, culture));
    expect(s.facilitation.currentPhaseId).toBeNull();
    expect(currentPhase(s)).toBeUndefined();
    expect(ids(s)).not.toContain(culture);
    expect(refusalOf(() => pausePhase(s, at(20))).reason.key).toBe('errors.noPhaseRunning');
    s = step(s, (x) => nextPhase(x, at(20)));
    expect(currentPhase(s)?.id).toBe(stage);
    expect(ids(s)).toEqual([stage, outmodel, requirements]);
  });

  it('removing another phase keeps the current one running', () => {
    let s = fourPhases();
    const [stage, , outmodel] = ids(s) as [PhaseId, PhaseId, PhaseId];
    s = step(s, (x) => nextPhase(x, at(0)));
    const change = removePhase(s, outmodel);
    expect(change.facilitation).toBeNull();
    s = step(s, () => change);
    expect(currentPhase(s)?.id).toBe(stage);
    expect(timers(s)).toEqual(['running', 'idle', 'idle']);
  });
});

describe('editing the agenda', () => {
  it('retimes a phase, and an edit that changes nothing is no change', () => {
    let s = fourPhases();
    const outmodel = byKind(s, 'outmodel');
    s = step(s, (x) => updatePhase(x, outmodel.id, { plannedMinutes: 35 }));
    expect(byId(s, outmodel.id)).toEqual({ ...outmodel, plannedMinutes: 35 });
    expect(isEmptyAgendaChange(updatePhase(s, outmodel.id, { plannedMinutes: 35, title: outmodel.title }))).toBe(true);
  });

  it('adds a phase after another one, or at the end', () => {
    let s = fourPhases();
    const [stage, culture, outmodel, requirements] = ids(s) as [PhaseId, PhaseId, PhaseId, PhaseId];
    const workshopId = s.phases[0]!.workshopId;
    const makeId = idCounter('agenda');
    const coffee = addPhase(s, workshopId, culture, 'Coffee', makeId);
    s = step(s, () => coffee.change);
    expect(ids(s)).toEqual([stage, culture, coffee.id, outmodel, requirements]);
    expect(byId(s, coffee.id)).toMatchObject({ kind: 'custom', title: 'Coffee', plannedMinutes: 10, groupId: null, workshopId });
    expect(timerState(byId(s, coffee.id).run)).toBe('idle');

    const wrapUp = addPhase(s, workshopId, null, 'Wrap up', makeId);
    s = step(s, () => wrapUp.change);
    expect(ids(s)).toEqual([stage, culture, coffee.id, outmodel, requirements, wrapUp.id]);
  });

  it('refuses to add a phase after one that is gone (removed in another window) rather than put it first', () => {
    const s = fourPhases();
    const act = () => addPhase(s, s.phases[0]!.workshopId, 'phase:gone' as PhaseId, 'Coffee', idCounter());
    expect(refusalOf(act).reason.key).toBe('errors.phaseGone');
  });
});

describe('moving phases', () => {
  it('the first cannot go earlier and the last cannot go later', () => {
    const s = fullAgenda();
    const order = ids(s);
    expect(isEmptyAgendaChange(movePhase(s, order[0]!, -1))).toBe(true);
    expect(isEmptyAgendaChange(movePhase(s, order.at(-1)!, 1))).toBe(true);
  });

  it('moves one place, writing only that phase’s order', () => {
    let s = fullAgenda();
    const [first, second, third] = ids(s) as [PhaseId, PhaseId, PhaseId];
    const change = movePhase(s, second, -1);
    expect(change.put).toHaveLength(1);
    expect(change.put[0]).toEqual({ ...byId(s, second), order: change.put[0]!.order });
    s = step(s, () => change);
    expect(ids(s).slice(0, 3)).toEqual([second, first, third]);
    s = step(s, (x) => movePhase(x, second, 1));
    expect(ids(s).slice(0, 3)).toEqual([first, second, third]);
  });

  it('after many moves the agenda is in the order the moves make, with strictly increasing order keys', () => {
    let s = fullAgenda();
    const expected = ids(s);
    const random = seededRandom(20260312);
    for (let i = 0; i < 300; i++) {
      const index = Math.floor(random() * expected.length);
      const direction = random() < 0.5 ? -1 : 1;
      s = apply(s, movePhase(s, expected[index]!, direction));
      const target = index + direction;
      if (target >= 0 && target < expected.length) [expected[index], expected[target]] = [expected[target]!, expected[index]!];
      expect(ids(s), `after move ${i}`).toEqual(expected);
      const orders = byOrder(s.phases).map((p) => p.order);
      for (let j = 1; j < orders.length; j++) expect(orders[j - 1]! < orders[j]!, `orders after move ${i}`).toBe(true);
    }
    for (const p of s.phases) expect(PhaseSchema.safeParse(p).success).toBe(true);
  });
});

describe('revealing groups', () => {
  const bundle = sample();
  const dev = groupNamed(bundle, 'Dev').id;
  const ops = groupNamed(bundle, 'Ops').id;

  it('reveals and hides, and doing it twice is the same as once', () => {
    let s = fullAgenda();
    s = step(s, (x) => setRevealed(x, [dev], true));
    expect(s.facilitation.revealedGroupIds).toEqual([dev]);
    expect(isEmptyAgendaChange(setRevealed(s, [dev], true))).toBe(true);

    s = step(s, (x) => setRevealed(x, [dev, ops, ops], true));
    expect([...s.facilitation.revealedGroupIds].sort()).toEqual([dev, ops].sort());
    expect(isEmptyAgendaChange(setRevealed(s, [ops, dev], true))).toBe(true);

    s = step(s, (x) => setRevealed(x, [ops], false));
    expect(s.facilitation.revealedGroupIds).toEqual([dev]);
    expect(isEmptyAgendaChange(setRevealed(s, [ops], false))).toBe(true);
    expect(isEmptyAgendaChange(setRevealed(s, [], true))).toBe(true);

    s = step(s, (x) => setRevealed(x, [dev, ops], false));
    expect(s.facilitation.revealedGroupIds).toEqual([]);
  });

  it('revealing does not touch the current phase or the agenda', () => {
    let s = fullAgenda();
    s = apply(s, nextPhase(s, at(0)));
    const change = setRevealed(s, [ops], true);
    expect(change.put).toEqual([]);
    expect(change.remove).toEqual([]);
    expect(change.facilitation).toEqual({ ...s.facilitation, revealedGroupIds: [ops] });
  });
});
