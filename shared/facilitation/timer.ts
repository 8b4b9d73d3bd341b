import type { PhaseRun } from '../model/facilitation';

/**
 * A phase's timer is a few stored instants (started, paused, ended) and durations; every window
 * computes the same remaining time from them and the clock, and a restart resumes it exactly.
 */
export const IDLE_RUN: PhaseRun = { startedAt: null, pausedAt: null, pausedMs: 0, addedMinutes: 0, endedAt: null };

export type TimerState = 'idle' | 'running' | 'paused' | 'ended';

const ms = (iso: string) => Date.parse(iso);
const iso = (t: number) => new Date(t).toISOString();

export function timerState(run: PhaseRun): TimerState {
  if (run.startedAt === null) return 'idle';
  if (run.endedAt !== null) return 'ended';
  return run.pausedAt !== null ? 'paused' : 'running';
}

/** Time spent in the phase, without its pauses. */
export function elapsedMs(run: PhaseRun, now: number): number {
  if (run.startedAt === null) return 0;
  const until = run.endedAt !== null ? ms(run.endedAt) : run.pausedAt !== null ? ms(run.pausedAt) : now;
  return Math.max(0, until - ms(run.startedAt) - run.pausedMs);
}

export function allowedMs(run: PhaseRun, plannedMinutes: number): number {
  return (plannedMinutes + run.addedMinutes) * 60_000;
}

/** Negative once the phase runs over. */
export function remainingMs(run: PhaseRun, plannedMinutes: number, now: number): number {
  return allowedMs(run, plannedMinutes) - elapsedMs(run, now);
}

export interface TimerReading {
  state: TimerState;
  remainingMs: number;
  elapsedMs: number;
  /** Within the warning time before the end. */
  warning: boolean;
  /** At or past zero. */
  overrun: boolean;
}

export function readTimer(run: PhaseRun, plannedMinutes: number, now: number, warningSeconds: number): TimerReading {
  const state = timerState(run);
  const remaining = remainingMs(run, plannedMinutes, now);
  const counting = state === 'running' || state === 'paused';
  return {
    state,
    remainingMs: remaining,
    elapsedMs: elapsedMs(run, now),
    warning: counting && remaining > 0 && remaining <= warningSeconds * 1000,
    overrun: state !== 'idle' && remaining <= 0,
  };
}

export function startRun(run: PhaseRun, now: number): PhaseRun {
  if (run.startedAt === null) return { ...run, startedAt: iso(now), pausedAt: null, endedAt: null };
  // Starting a phase that already ran goes on from where it stopped: the gap is not its time.
  if (run.endedAt !== null) return { ...run, pausedMs: run.pausedMs + Math.max(0, now - ms(run.endedAt)), endedAt: null, pausedAt: null };
  return resumeRun(run, now);
}

export function pauseRun(run: PhaseRun, now: number): PhaseRun {
  return timerState(run) === 'running' ? { ...run, pausedAt: iso(now) } : run;
}

export function resumeRun(run: PhaseRun, now: number): PhaseRun {
  if (timerState(run) !== 'paused') return run;
  return { ...run, pausedAt: null, pausedMs: run.pausedMs + Math.max(0, now - ms(run.pausedAt!)) };
}

export function addTime(run: PhaseRun, minutes: number): PhaseRun {
  return { ...run, addedMinutes: Math.min(600, Math.max(0, run.addedMinutes + minutes)) };
}

/** Ends the phase; a pause in progress is not counted as its time. */
export function endRun(run: PhaseRun, now: number): PhaseRun {
  const state = timerState(run);
  if (state === 'idle' || state === 'ended') return run;
  const resumed = resumeRun(run, now);
  return { ...resumed, endedAt: iso(now) };
}

/** Whole minutes, rounded, for the minutes' "planned vs actual". */
export function actualMinutes(run: PhaseRun, now: number): number | null {
  return run.startedAt === null ? null : Math.round(elapsedMs(run, now) / 60_000);
}

/** "12:05", "-0:42" for an overrun; hours when needed. */
export function formatClock(milliseconds: number): string {
  const negative = milliseconds < 0;
  // Count down in whole seconds the way a kitchen timer does: 0:01 until the very end.
  const total = negative ? Math.floor(-milliseconds / 1000) : Math.ceil(milliseconds / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const body = h > 0 ? `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}` : `${m}:${String(s).padStart(2, '0')}`;
  return negative ? `−${body}` : body;
}
