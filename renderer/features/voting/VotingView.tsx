import { useMemo } from 'react';
import type { Viewer } from '../../../shared/facilitation';
import type { VotingRound } from '../../../shared/model';
import { useRounds, type WorkshopView } from '../../db';
import { useT } from '../../i18n';
import { useUi } from '../../state';
import { ClosedRound, RoundBody } from './ClosedRound';
import { OpenRoundForm } from './OpenRoundForm';
import { OpenRound } from './OpenRound';
import { roundTitle, votingData } from './model';

const newestClosedFirst = (a: VotingRound, b: VotingRound) => ((b.closedAt ?? '') < (a.closedAt ?? '') ? -1 : (b.closedAt ?? '') > (a.closedAt ?? '') ? 1 : 0);

/**
 * Dot voting: the facilitator opens a round, each voter places their own dots unseen by anyone
 * else, and once the round closes everyone sees the totals in vote order, ties marked. The view's
 * votes are closed rounds' only (the query layer's rule); a voter's own dots come from their ballot.
 */
export function VotingView({ view, viewer }: { view: WorkshopView; viewer: Viewer }) {
  const { t } = useT();
  const rounds = useRounds(view.bundle.workshop.id);
  const zoom = useUi((s) => s.zoom);
  const groupId = viewer.kind === 'group' ? viewer.groupId : null;
  // The viewer is compared by what it is, not by object identity.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const data = useMemo(() => votingData(view, viewer), [view, viewer.kind, groupId]);
  if (!rounds) return <p className="loading">{t('app.loading')}</p>;

  const facilitator = viewer.kind === 'facilitator';
  const open = rounds.filter((r) => r.status === 'open').reverse();
  // Most recently closed first (the newest opened first among equals).
  const [latest, ...earlier] = rounds
    .filter((r) => r.status === 'closed')
    .reverse()
    .sort(newestClosedFirst);
  const votes = view.bundle.votes;
  // Zoomed with the board, for the back of the room.
  return (
    <section className="voting" aria-labelledby="voting-title" style={{ ['--zoom' as string]: String(zoom) }}>
      <header className="voting-header">
        <h2 id="voting-title">{t('voting.title')}</h2>
        <p className="field-hint">{t('voting.intro')}</p>
      </header>
      {open.map((round) => (
        <OpenRound key={round.id} round={round} rounds={rounds} data={data} />
      ))}
      {!facilitator && rounds.length === 0 && (
        <p className="empty">
          {t('voting.noRounds')} {t('voting.waitForRound')}
        </p>
      )}
      {latest && <ClosedRound round={latest} rounds={rounds} votes={votes} data={data} />}
      {facilitator && open.length === 0 && <OpenRoundForm data={data} />}
      {earlier.length > 0 && (
        <section className="voting-earlier" aria-labelledby="voting-earlier-title">
          <h3 id="voting-earlier-title">{t('voting.earlier')}</h3>
          {earlier.map((round) => (
            <details key={round.id} className="voting-round closed">
              <summary>{roundTitle(round, rounds, t)}</summary>
              <RoundBody round={round} rounds={rounds} votes={votes} data={data} />
            </details>
          ))}
        </section>
      )}
    </section>
  );
}
