import { describe, expect, it } from 'vitest';
import {
  IDLE_RUN,
  actualMinutes,
  addTime,
  elapsedMs,
  endRun,
  formatClock,
  pauseRun,
  readTimer,
  remainingMs,
  resumeRun,
  startRun,
  timerState,
} from '../../../shared/facilitation';
import { PhaseRunSchema, type PhaseRun } from '../../../shared/model';

/** The fake clock: `at(3, 20)` is 3 min 20 s after nine o'clock on the workshop day. */
const T0 = Date.parse('2026-03-12T09:00:00Z');
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const at = (minutes: number, seconds = 0) => T0 + minutes * MINUTE + seconds * SECOND;

/** What a window that opens later (or the app after a restart) reads back from the database. */
const reloaded = (run: PhaseRun): PhaseRun => PhaseRunSchema.parse(JSON.parse(JSON.stringify(run)));

/** A 15-minute phase started at nine. */
const started = () => startRun(IDLE_RUN, at(0));

describe('a phase that has not started', () => {
  it('shows its whole timebox, is neither warning nor over, and has no actual time', () => {
    expect(timerState(IDLE_RUN)).toBe('idle');
    expect(remainingMs(IDLE_RUN, 15, at(99))).toBe(15 * MINUTE);
    expect(readTimer(IDLE_RUN, 15, at(99), 20 * 60)).toEqual({ state: 'idle', remainingMs: 15 * MINUTE, elapsedMs: 0, warning: false, overrun: false });
    expect(actualMinutes(IDLE_RUN, at(99))).toBeNull();
  });

  it('a zero-minute phase that has not started is not shown as over', () => {
    expect(readTimer(IDLE_RUN, 0, at(5), 60).overrun).toBe(false);
  });

  it('pausing, resuming or ending it does nothing', () => {
    expect(pauseRun(IDLE_RUN, at(1))).toBe(IDLE_RUN);
    expect(resumeRun(IDLE_RUN, at(1))).toBe(IDLE_RUN);
    expect(endRun(IDLE_RUN, at(1))).toBe(IDLE_RUN);
  });
});

describe('a running phase', () => {
  it('counts down from its timebox', () => {
    const run = started();
    expect(timerState(run)).toBe('running');
    expect(run.startedAt).toBe('2026-03-12T09:00:00.000Z');
    expect(remainingMs(run, 15, at(0))).toBe(15 * MINUTE);
    expect(remainingMs(run, 15, at(1))).toBe(14 * MINUTE);
    expect(remainingMs(run, 15, at(10, 30))).toBe(4 * MINUTE + 30 * SECOND);
    expect(elapsedMs(run, at(10, 30))).toBe(10 * MINUTE + 30 * SECOND);
    expect(formatClock(remainingMs(run, 15, at(10, 30)))).toBe('4:30');
  });

  it('shows the full timebox for the first second, then 14:59 (a kitchen timer)', () => {
    const run = started();
    expect(formatClock(remainingMs(run, 15, at(0)))).toBe('15:00');
    expect(formatClock(remainingMs(run, 15, at(0) + 999))).toBe('15:00');
    expect(formatClock(remainingMs(run, 15, at(0, 1)))).toBe('14:59');
    expect(formatClock(remainingMs(run, 15, at(14, 59) + 1))).toBe('0:01');
    expect(formatClock(remainingMs(run, 15, at(15)))).toBe('0:00');
  });

  it('starting it again changes nothing', () => {
    const run = started();
    expect(startRun(run, at(5))).toBe(run);
    expect(resumeRun(run, at(5))).toBe(run);
  });
});

describe('pause and resume', () => {
  it('a pause freezes the clock for any later moment', () => {
    const paused = pauseRun(started(), at(5));
    expect(timerState(paused)).toBe('paused');
    for (const now of [at(5), at(6), at(60), at(600), at(60 * 24 * 3)]) {
      expect(remainingMs(paused, 15, now)).toBe(10 * MINUTE);
      expect(elapsedMs(paused, now)).toBe(5 * MINUTE);
      expect(readTimer(paused, 15, now, 60).state).toBe('paused');
    }
  });

  it('pausing a paused phase keeps the first pause', () => {
    const paused = pauseRun(started(), at(5));
    expect(pauseRun(paused, at(8))).toBe(paused);
    expect(remainingMs(resumeRun(pauseRun(paused, at(8)), at(9)), 15, at(9))).toBe(10 * MINUTE);
  });

  it('resuming goes on from where it stopped: the pause is not the phase’s time', () => {
    const resumed = resumeRun(pauseRun(started(), at(5)), at(12));
    expect(timerState(resumed)).toBe('running');
    expect(resumed.pausedMs).toBe(7 * MINUTE);
    expect(remainingMs(resumed, 15, at(12))).toBe(10 * MINUTE);
    expect(remainingMs(resumed, 15, at(13))).toBe(9 * MINUTE);
  });

  it('several pauses add up', () => {
    let run = started();
    run = pauseRun(run, at(2)); // 2 min in
    run = resumeRun(run, at(4)); // 2 min paused
    run = pauseRun(run, at(7)); // 5 min in
    run = resumeRun(run, at(10, 30)); // 3.5 min paused
    expect(run.pausedMs).toBe(5 * MINUTE + 30 * SECOND);
    expect(elapsedMs(run, at(12))).toBe(6 * MINUTE + 30 * SECOND);
    expect(remainingMs(run, 15, at(12))).toBe(8 * MINUTE + 30 * SECOND);
  });

  it('starting a paused phase resumes it', () => {
    const run = startRun(pauseRun(started(), at(5)), at(12));
    expect(timerState(run)).toBe('running');
    expect(remainingMs(run, 15, at(13))).toBe(9 * MINUTE);
  });
});

describe('adding time', () => {
  it('extends the timebox of a running phase', () => {
    const run = started();
    expect(remainingMs(run, 15, at(14))).toBe(1 * MINUTE);
    const more = addTime(run, 5);
    expect(more.addedMinutes).toBe(5);
    expect(remainingMs(more, 15, at(14))).toBe(6 * MINUTE);
    expect(remainingMs(addTime(more, 5), 15, at(14))).toBe(11 * MINUTE);
  });

  it('works on a paused phase and brings an overrun phase back into time', () => {
    const paused = pauseRun(started(), at(17)); // two minutes over
    expect(remainingMs(paused, 15, at(30))).toBe(-2 * MINUTE);
    expect(readTimer(paused, 15, at(30), 60).overrun).toBe(true);
    const more = addTime(paused, 5);
    expect(remainingMs(more, 15, at(30))).toBe(3 * MINUTE);
    expect(readTimer(more, 15, at(30), 60).overrun).toBe(false);
  });

  it('taking time back never goes below the planned timebox, and the extra time is capped at ten hours', () => {
    const run = addTime(started(), 5);
    expect(addTime(run, -3).addedMinutes).toBe(2);
    expect(addTime(run, -10).addedMinutes).toBe(0);
    expect(remainingMs(addTime(run, -10), 15, at(1))).toBe(14 * MINUTE);
    expect(addTime(run, 10_000).addedMinutes).toBe(600);
  });
});

describe('a restart mid-phase', () => {
  const history = (): PhaseRun => {
    let run = started();
    run = pauseRun(run, at(3));
    run = resumeRun(run, at(4, 15));
    run = addTime(run, 5);
    return run;
  };

  it('reads the same time from the stored run as before the restart', () => {
    const before = history();
    const after = reloaded(before);
    for (const now of [at(4, 15), at(5), at(12, 34) + 567, at(19, 59), at(21, 15), at(45)]) {
      expect(readTimer(after, 15, now, 60)).toEqual(readTimer(before, 15, now, 60));
      expect(formatClock(remainingMs(after, 15, now))).toBe(formatClock(remainingMs(before, 15, now)));
    }
    expect(remainingMs(after, 15, at(10))).toBe(20 * MINUTE - (10 * MINUTE - 75 * SECOND));
  });

  it('a phase paused before the restart is still paused at the same time, and resumes the same', () => {
    const before = pauseRun(history(), at(8));
    const after = reloaded(before);
    expect(readTimer(after, 15, at(90), 60)).toEqual(readTimer(before, 15, at(90), 60));
    expect(remainingMs(after, 15, at(90))).toBe(20 * MINUTE - (8 * MINUTE - 75 * SECOND));
    expect(reloaded(resumeRun(after, at(91)))).toEqual(reloaded(resumeRun(before, at(91))));
    expect(remainingMs(resumeRun(after, at(91)), 15, at(92))).toBe(remainingMs(after, 15, at(90)) - 1 * MINUTE);
  });

  it('an ended phase keeps its actual time across a restart', () => {
    const before = endRun(history(), at(20));
    const after = reloaded(before);
    expect(actualMinutes(after, at(500))).toBe(actualMinutes(before, at(20)));
    expect(readTimer(after, 15, at(500), 60)).toEqual(readTimer(before, 15, at(20), 60));
  });
});

describe('the warning', () => {
  // A 10-minute phase with a one-minute warning.
  const run = startRun(IDLE_RUN, at(0));
  const read = (now: number) => readTimer(run, 10, now, 60);

  it('is on only inside the warning time', () => {
    expect(read(at(8, 59)).warning, '61 s left').toBe(false);
    expect(read(at(9)).warning, '60 s left').toBe(true);
    expect(read(at(9, 1)).warning, '59 s left').toBe(true);
    expect(read(at(10) - 1).warning, '1 ms left').toBe(true);
    expect(read(at(10)).warning, '0 s left').toBe(false);
    expect(read(at(11)).warning, 'over').toBe(false);
  });

  it('is not overrun while time is left', () => {
    expect(read(at(9, 1)).overrun).toBe(false);
    expect(read(at(10) - 1).overrun).toBe(false);
  });

  it('stays on while a phase is paused inside the warning time', () => {
    const paused = pauseRun(run, at(9, 30));
    expect(readTimer(paused, 10, at(40), 60)).toMatchObject({ state: 'paused', warning: true, overrun: false, remainingMs: 30 * SECOND });
  });

  it('is off once the phase has ended with time to spare', () => {
    const ended = endRun(run, at(9, 30));
    expect(readTimer(ended, 10, at(9, 30), 60)).toMatchObject({ state: 'ended', warning: false, overrun: false, remainingMs: 30 * SECOND });
  });

  it('follows the warning time it is given', () => {
    expect(readTimer(run, 10, at(7, 59), 120).warning).toBe(false);
    expect(readTimer(run, 10, at(8, 1), 120).warning).toBe(true);
    expect(readTimer(run, 10, at(9, 59), 0).warning).toBe(false);
  });
});

describe('an overrun', () => {
  const run = startRun(IDLE_RUN, at(0));

  it('starts at zero and counts up as a negative remaining time', () => {
    expect(readTimer(run, 10, at(10), 60)).toMatchObject({ overrun: true, remainingMs: 0 });
    const late = readTimer(run, 10, at(10, 42), 60);
    expect(late).toMatchObject({ state: 'running', overrun: true, warning: false, remainingMs: -42 * SECOND, elapsedMs: 10 * MINUTE + 42 * SECOND });
    expect(formatClock(late.remainingMs)).toBe('−0:42');
    expect(formatClock(remainingMs(run, 10, at(10 + 62, 3)))).toBe('−1:02:03');
  });

  it('an ended phase that ran over still shows as over', () => {
    const ended = endRun(run, at(13));
    expect(readTimer(ended, 10, at(100), 60)).toMatchObject({ state: 'ended', overrun: true, remainingMs: -3 * MINUTE });
  });
});

describe('ending a phase', () => {
  it('ending it while paused does not count the pause', () => {
    const paused = pauseRun(started(), at(5));
    const ended = endRun(paused, at(20));
    expect(timerState(ended)).toBe('ended');
    expect(ended.endedAt).toBe('2026-03-12T09:20:00.000Z');
    expect(ended.pausedAt).toBeNull();
    for (const now of [at(20), at(21), at(300)]) {
      expect(elapsedMs(ended, now)).toBe(5 * MINUTE);
      expect(remainingMs(ended, 15, now)).toBe(10 * MINUTE);
      expect(actualMinutes(ended, now)).toBe(5);
    }
  });

  it('freezes the clock, and ending it again changes nothing', () => {
    const ended = endRun(started(), at(12));
    expect(remainingMs(ended, 15, at(50))).toBe(3 * MINUTE);
    expect(endRun(ended, at(30))).toBe(ended);
    expect(pauseRun(ended, at(30))).toBe(ended);
    expect(resumeRun(ended, at(30))).toBe(ended);
  });

  it('starting an ended phase continues its count; the time in between is not counted', () => {
    const ended = endRun(started(), at(5));
    const again = startRun(ended, at(30));
    expect(timerState(again)).toBe('running');
    expect(again.endedAt).toBeNull();
    expect(again.startedAt).toBe(ended.startedAt);
    expect(elapsedMs(again, at(30))).toBe(5 * MINUTE);
    expect(remainingMs(again, 15, at(32))).toBe(8 * MINUTE);
    expect(actualMinutes(endRun(again, at(36)), at(99))).toBe(11);
  });

  it('a phase ended while paused, continued later, counts neither the pause nor the gap', () => {
    let run = started();
    run = pauseRun(run, at(4));
    run = endRun(run, at(10));
    run = startRun(run, at(40));
    expect(remainingMs(run, 15, at(41))).toBe(10 * MINUTE);
    run = endRun(run, at(43));
    expect(actualMinutes(run, at(99))).toBe(7);
  });
});

describe('actual minutes', () => {
  const endedAfter = (minutes: number, seconds: number) => endRun(startRun(IDLE_RUN, at(0)), at(minutes, seconds));

  it('rounds to whole minutes', () => {
    expect(actualMinutes(endedAfter(7, 29), at(60))).toBe(7);
    expect(actualMinutes(endedAfter(7, 30), at(60))).toBe(8);
    expect(actualMinutes(endedAfter(0, 29), at(60))).toBe(0);
    expect(actualMinutes(endedAfter(13, 40), at(60))).toBe(14);
  });

  it('counts a running phase up to now, without its pauses', () => {
    const run = resumeRun(pauseRun(startRun(IDLE_RUN, at(0)), at(3)), at(10));
    expect(actualMinutes(run, at(12))).toBe(5);
    expect(actualMinutes(startRun(IDLE_RUN, at(0)), at(0))).toBe(0);
  });
});

describe('formatClock', () => {
  it.each([
    [0, '0:00'],
    [1, '0:01'],
    [999, '0:01'],
    [1000, '0:01'],
    [1001, '0:02'],
    [59 * SECOND, '0:59'],
    [60 * SECOND, '1:00'],
    [12 * MINUTE + 5 * SECOND, '12:05'],
    [12 * MINUTE + 4 * SECOND + 1, '12:05'],
    [59 * MINUTE + 59 * SECOND, '59:59'],
    [60 * MINUTE, '1:00:00'],
    [62 * MINUTE + 3 * SECOND, '1:02:03'],
    [10 * 60 * MINUTE, '10:00:00'],
  ])('%i ms left reads %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });

  it.each([
    [-1, '−0:00'],
    [-999, '−0:00'],
    [-1000, '−0:01'],
    [-42 * SECOND, '−0:42'],
    [-42 * SECOND - 999, '−0:42'],
    [-(5 * MINUTE + 7 * SECOND), '−5:07'],
    [-(62 * MINUTE + 3 * SECOND), '−1:02:03'],
  ])('%i ms over reads %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });

  it('writes an overrun with a true minus sign (U+2212), not a hyphen', () => {
    const text = formatClock(-42 * SECOND);
    expect(text.codePointAt(0)).toBe(0x2212);
    expect(text).not.toContain('-');
  });
});
