import { roundResults, ties } from '../../../shared/facilitation';
import type { StickyId, Vote, VotingRound } from '../../../shared/model';
import { laneKeyOf } from '../../../shared/model';
import { openRoundAction, perform } from '../../actions';
import { useT } from '../../i18n';
import { GroupMark } from '../../ui/GroupMark';
import { UserText } from '../../ui/UserText';
import { TOTAL_KEYS, hiddenInRound, laneName, roundSummary, roundTitle, type VotingData } from './model';

/** A closed round's totals, in vote order, ties marked. */
export function RoundResults({ round, votes, data }: { round: VotingRound; votes: readonly Vote[]; data: VotingData }) {
  const { t } = useT();
  const results = roundResults(round, votes, data.ordered);
  // Items another group has not revealed yet are left out, totals and all; the view says how many.
  const hidden = hiddenInRound(round, data);
  const hiddenNote = hidden > 0 && <p className="field-hint">{t('voting.hiddenItems', { count: hidden })}</p>;
  if (!results.some((r) => r.total > 0)) return hiddenNote || <p className="field-hint">{t('voting.noVotes')}</p>;
  return (
    <>
      <p className="field-hint">{t('voting.resultsHint')}</p>
      <ol className="voting-results" aria-label={t('voting.results')}>
        {results.map(({ sticky, total, tied }) => {
          const author = sticky.authorGroupId ? data.groups.get(sticky.authorGroupId) : undefined;
          return (
            <li key={sticky.id} className={`result${tied ? ' tied' : ''}${total === 0 ? ' none' : ''}`}>
              <span className="result-total">{t(TOTAL_KEYS[round.mode], { count: total })}</span>
              <span className="result-item">
                <UserText className="result-text">{sticky.text}</UserText>
                <span className="result-lane">
                  {author && <GroupMark mark={author.mark} colour={author.colour} />} {laneName(data, laneKeyOf(sticky), t)}
                </span>
              </span>
              {tied && <span className="badge result-tied">{t('voting.tied')}</span>}
            </li>
          );
        })}
      </ol>
      {hiddenNote}
    </>
  );
}

/** A closed round: its settings, its results, and for the facilitator a second round over its ties. */
export function ClosedRound({ round, rounds, votes, data }: { round: VotingRound; rounds: readonly VotingRound[]; votes: readonly Vote[]; data: VotingData }) {
  const { t } = useT();
  const titleId = `round-${round.id}`;
  return (
    <section className="voting-round closed" aria-labelledby={titleId}>
      <header className="voting-round-header">
        <h3 id={titleId}>{roundTitle(round, rounds, t)}</h3>
        <span className="badge">{t('voting.statusClosed')}</span>
      </header>
      <RoundBody round={round} rounds={rounds} votes={votes} data={data} />
    </section>
  );
}

/** What a closed round shows, whether expanded or inside an earlier round's fold. */
export function RoundBody({ round, rounds, votes, data }: { round: VotingRound; rounds: readonly VotingRound[]; votes: readonly Vote[]; data: VotingData }) {
  const { t } = useT();
  const tiedGroups = ties(roundResults(round, votes, data.ordered));
  const child = rounds.find((r) => r.parentRoundId === round.id);
  const anyOpen = rounds.some((r) => r.status === 'open');
  const runoff = (stickyIds: StickyId[]) =>
    void perform(openRoundAction, {
      workshopId: data.workshopId,
      settings: { laneKeys: round.laneKeys, voters: round.voters, voterKind: round.voterKind, mode: round.mode, budget: round.budget, perItemCap: round.perItemCap },
      runoff: { parent: round, stickyIds },
    });
  const totalOf = (stickyId: string) => votes.filter((v) => v.roundId === round.id && v.stickyId === stickyId).reduce((n, v) => n + v.count, 0);
  return (
    <>
      <p className="voting-summary">{roundSummary(round, rounds, data, t).join(' · ')}</p>
      <RoundResults round={round} votes={votes} data={data} />
      {child && <p className="field-hint">{t('voting.runoffHeld', { number: rounds.indexOf(child) + 1 })}</p>}
      {!child && data.viewer.kind === 'facilitator' && tiedGroups.length > 0 && (
        <div className="voting-runoff">
          <div className="button-row">
            {tiedGroups.length === 1 ? (
              <button type="button" disabled={anyOpen} onClick={() => runoff(tiedGroups[0]!)}>
                {t('voting.runoff')}
              </button>
            ) : (
              tiedGroups.map((ids) => (
                <button key={ids.join(' ')} type="button" disabled={anyOpen} onClick={() => runoff(ids)}>
                  {t('voting.runoffAt', { total: t(TOTAL_KEYS[round.mode], { count: totalOf(ids[0]!) }) })}
                </button>
              ))
            )}
          </div>
          {anyOpen && <p className="field-hint">{t('voting.closeFirst')}</p>}
        </div>
      )}
    </>
  );
}
