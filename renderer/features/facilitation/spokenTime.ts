import { readTimer } from '../../../shared/facilitation';
import type { Phase } from '../../../shared/model';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** A duration in words, for screen readers: "14 minutes 30 seconds" (whole seconds, as the clock shows them). */
export function durationInWords(milliseconds: number, t: Translate): string {
  const total = milliseconds < 0 ? Math.floor(-milliseconds / 1000) : Math.ceil(milliseconds / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  if (minutes === 0) return t('a11y.seconds', { count: seconds });
  if (seconds === 0) return t('a11y.minutes', { count: minutes });
  return t('a11y.minutesAndSeconds', { minutes: t('a11y.minutes', { count: minutes }), seconds: t('a11y.seconds', { count: seconds }) });
}

/** The remaining (or overrun) time in words: "3 minutes left", "30 seconds over time". */
export function remainingInWords(remainingMs: number, t: Translate): string {
  return remainingMs < 0 ? t('a11y.timeOver', { time: durationInWords(remainingMs, t) }) : t('a11y.timeLeft', { time: durationInWords(remainingMs, t) });
}

/**
 * What the room's live region says now: the phase when it starts, the warning once it passes
 * the threshold, time up at the end. Derived from the stored run, so it changes (and is read out)
 * only when one of those moments arrives, in every window alike.
 */
export function phaseAnnouncement(phase: Phase | undefined, now: number, warningSeconds: number, t: Translate): string {
  if (!phase || phase.run.startedAt === null || phase.run.endedAt !== null) return '';
  const reading = readTimer(phase.run, phase.plannedMinutes, now, warningSeconds);
  if (reading.overrun) return t('a11y.timeUp', { phase: phase.title });
  // Paused inside the warning time, the warning stands (and is not read out again).
  if (reading.remainingMs <= warningSeconds * 1000) return t('a11y.timeLeft', { time: durationInWords(warningSeconds * 1000, t) });
  return t('a11y.nowPhase', { phase: phase.title, time: t('a11y.minutes', { count: phase.plannedMinutes }) });
}
