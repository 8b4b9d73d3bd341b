import { memo } from 'react';
import { byOrder } from '../../../shared/lib/order';
import { formatClock, readTimer } from '../../../shared/facilitation';
import type { Phase, Workshop } from '../../../shared/model';
import {
  addTimeAction,
  nextPhaseAction,
  pausePhaseAction,
  perform,
  previousPhaseAction,
  resumePhaseAction,
  startPhaseAction,
} from '../../actions';
import { useSettings } from '../../db';
import { useT } from '../../i18n';
import { LiveAnnouncer } from '../../ui/LiveAnnouncer';
import { UserText } from '../../ui/UserText';
import { phaseAnnouncement, remainingInWords } from './spokenTime';
import { useChimeAtZero } from './useChime';
import { useNow } from './useNow';
import { sameFacilitation } from './sameFacilitation';
import { countRender } from '../../ui/renderCount';

/** The current phase's clock: the same in every window, computed from the stored run and the time. */
export function PhaseClock({ phase, big = false }: { phase: Phase; big?: boolean }) {
  const { t } = useT();
  const settings = useSettings();
  const counting = phase.run.startedAt !== null && phase.run.endedAt === null;
  const now = useNow(counting && phase.run.pausedAt === null);
  const reading = readTimer(phase.run, phase.plannedMinutes, now, settings?.warningSeconds ?? 60);
  const state = reading.overrun && reading.state !== 'ended' ? 'overrun' : reading.warning ? 'warning' : reading.state;
  const shown = reading.state === 'idle' ? phase.plannedMinutes * 60_000 : reading.remainingMs;
  const status =
    state === 'overrun'
      ? t('timer.timeUp')
      : state === 'warning'
        ? t('timer.almostUp')
        : state === 'paused'
          ? t('timer.paused')
          : state === 'ended'
            ? t('timer.ended')
            : state === 'idle'
              ? t('timer.notStarted')
              : t('timer.running');
  return (
    <div className={`phase-clock clock-${state}${big ? ' big' : ''}`} role="timer" aria-live="off" aria-label={t('a11y.timer', { timer: t('timer.label'), time: remainingInWords(shown, t), status })}>
      <span className="clock-digits">{formatClock(shown)}</span>
      <span className="clock-status">{status}</span>
    </div>
  );
}

/** The facilitator's controls for the room's time: the current phase, its clock, and the way on. */
export const RunBar = memo(function RunBar({ workshop, phases, controls = true }: { workshop: Workshop; phases: readonly Phase[]; controls?: boolean }) {
  countRender('run-bar');
  const { t } = useT();
  const settings = useSettings();
  const ordered = byOrder(phases);
  const current = ordered.find((p) => p.id === workshop.facilitation.currentPhaseId);
  const index = current ? ordered.indexOf(current) : -1;
  const workshopId = workshop.id;
  const running = current?.run.startedAt !== null && current?.run.endedAt === null && current?.run.pausedAt === null;
  const now = useNow(Boolean(running));
  const overrun = current ? readTimer(current.run, current.plannedMinutes, now, 0).overrun : false;
  useChimeAtZero(controls && current ? `${current.id}:${current.run.startedAt}` : null, overrun, Boolean(running), settings);
  // First in the bar either way, so the region stays in place when the workshop starts and its first phase is heard.
  const announcer = <LiveAnnouncer message={phaseAnnouncement(current, now, settings?.warningSeconds ?? 60, t)} />;

  if (!current) {
    const first = ordered[0];
    return (
      <section className="run-bar idle" aria-label={t('agenda.runBar')}>
        {announcer}
        <div className="run-phase">
          <p className="run-step">{t('agenda.notStarted')}</p>
          {first && <h2><UserText>{first.title}</UserText></h2>}
        </div>
        {controls && first && (
          <button type="button" className="primary big" onClick={() => void perform(startPhaseAction, { workshopId, phaseId: first.id, title: first.title })}>
            {t('agenda.startWorkshop')}
          </button>
        )}
      </section>
    );
  }

  const state = current.run.endedAt !== null ? 'ended' : current.run.pausedAt !== null ? 'paused' : current.run.startedAt ? 'running' : 'idle';
  return (
    <section className="run-bar" aria-label={t('agenda.runBar')}>
      {announcer}
      <div className="run-phase">
        <p className="run-step">{t('agenda.step', { number: index + 1, count: ordered.length })}</p>
        <h2>
          <UserText>{current.title}</UserText>
        </h2>
        {current.instructions && (
          <UserText as="p" className="run-instructions">
            {current.instructions}
          </UserText>
        )}
      </div>
      <PhaseClock phase={current} big />
      {controls && (
        <div className="run-controls" role="group" aria-label={t('agenda.controls')}>
          <button type="button" disabled={index <= 0} onClick={() => void perform(previousPhaseAction, { workshopId })}>
            {t('agenda.previous')}
          </button>
          {state === 'running' && (
            <button type="button" onClick={() => void perform(pausePhaseAction, { workshopId })}>
              {t('agenda.pause')}
            </button>
          )}
          {state === 'paused' && (
            <button type="button" className="primary" onClick={() => void perform(resumePhaseAction, { workshopId })}>
              {t('agenda.resume')}
            </button>
          )}
          {(state === 'idle' || state === 'ended') && (
            <button type="button" className="primary" onClick={() => void perform(startPhaseAction, { workshopId, phaseId: current.id, title: current.title })}>
              {state === 'ended' ? t('agenda.reopen') : t('agenda.start')}
            </button>
          )}
          <button type="button" disabled={state === 'idle' || state === 'ended'} onClick={() => void perform(addTimeAction, { workshopId, minutes: 1 })}>
            {t('agenda.addMinutes', { count: 1 })}
          </button>
          <button type="button" disabled={state === 'idle' || state === 'ended'} onClick={() => void perform(addTimeAction, { workshopId, minutes: 5 })}>
            {t('agenda.addMinutes', { count: 5 })}
          </button>
          <button type="button" className="primary" onClick={() => void perform(nextPhaseAction, { workshopId })}>
            {index === ordered.length - 1 ? t('agenda.finish') : t('agenda.next')}
          </button>
        </div>
      )}
    </section>
  );
}, sameFacilitation);
