import { useMemo } from 'react';
import type { Viewer } from '../../../shared/facilitation';
import type { PhaseKind } from '../../../shared/model';
import type { WorkshopView } from '../../db';
import { useT } from '../../i18n';
import { UserText } from '../../ui/UserText';
import { Board } from '../board';
import { CultureMapView } from '../culture-map';
import { PresentationView } from '../presentation';
import { RunBar } from '../facilitation';
import { VotingView } from '../voting';

const ROOM: Viewer = { kind: 'room' };

function mainFor(kind: PhaseKind | undefined, hasSpotlight: boolean) {
  if (hasSpotlight || kind === 'presentation' || kind === 'reactions') return 'presentation';
  if (kind === 'culture-map') return 'culture';
  if (kind === 'agreement' || kind === 'requirements') return 'voting-or-board';
  return 'board';
}

/**
 * What the room sees: the phase, its instructions and clock, and what the phase is about, in
 * big type; only what the query layer gives the room (revealed writing, closed rounds' totals),
 * never the facilitator's notes, controls or anyone's private work. `besideJoinCard`: the room
 * join card is shown beside it (the room's window), so it keeps its content clear of the card.
 */
export function AudienceView({ view, besideJoinCard = false }: { view: WorkshopView; besideJoinCard?: boolean }) {
  const { t } = useT();
  const { workshop, phases, rounds } = view.bundle;
  const { screen, spotlightStickyId, currentPhaseId } = workshop.facilitation;
  // Frozen, the screen holds what it showed when it froze; live updates wait behind it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const shown = useMemo(() => view, [screen.frozen ? 'frozen' : view]);
  if (screen.blank) return <div className="audience-blank" role="img" aria-label={t('audience.blanked')} />;
  const phase = shown.bundle.phases.find((p) => p.id === currentPhaseId);
  const main = mainFor(phase?.kind, spotlightStickyId !== null);
  const closedRound = rounds.some((r) => r.status === 'closed');
  return (
    <div className={besideJoinCard ? 'audience beside-join-card' : 'audience'}>
      <header className="audience-header">
        <h1>
          <UserText>{shown.bundle.workshop.title}</UserText>
        </h1>
        {screen.frozen && <span className="badge">{t('audience.frozen')}</span>}
      </header>
      <RunBar workshop={shown.bundle.workshop} phases={phases} controls={false} />
      <main className="audience-main">
        {main === 'presentation' && <PresentationView view={shown} viewer={ROOM} />}
        {main === 'culture' && <CultureMapView view={shown} viewer={ROOM} />}
        {main === 'voting-or-board' && closedRound ? <VotingView view={shown} viewer={ROOM} /> : null}
        {(main === 'board' || (main === 'voting-or-board' && !closedRound)) && <Board view={shown} viewer={ROOM} />}
      </main>
    </div>
  );
}
