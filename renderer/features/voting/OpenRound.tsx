import { useState } from 'react';
import { eligibleVoters, mayVoteOn, roundItems, voterGroup, voterKey } from '../../../shared/facilitation';
import { laneKeyOf, type Sticky, type StickyId, type Voter, type VotingRound } from '../../../shared/model';
import { castDotAction, closeRoundAction, perform, setTallyAction } from '../../actions';
import { useBallot, useDotsCast } from '../../db';
import { useT } from '../../i18n';
import { GroupMark } from '../../ui/GroupMark';
import { UserText } from '../../ui/UserText';
import { TallyInput } from './TallyInput';
import { hiddenInRound, laneName, roundSummary, roundTitle, voterIdentity, type VotingData } from './model';

const TALLY: Voter = { kind: 'tally' };

/** Items grouped under their lane's name, in the board's order. */
function byLane(items: readonly Sticky[]): [string, Sticky[]][] {
  const lanes = new Map<string, Sticky[]>();
  for (const s of items) lanes.set(laneKeyOf(s), [...(lanes.get(laneKeyOf(s)) ?? []), s]);
  return [...lanes.entries()];
}

function VoterName({ voter, data }: { voter: Voter; data: VotingData }) {
  const { name, group } = voterIdentity(voter, data);
  return (
    <>
      {group && <GroupMark mark={group.mark} colour={group.colour} />}
      <UserText>{name}</UserText>
    </>
  );
}

/**
 * One voter's ballot: the items they may dot, their own dots on each, and what they have left.
 * Nobody else's dots are read here, or anywhere, while the round is open.
 */
function Ballot({ round, voter, data, onDone }: { round: VotingRound; voter: Voter; data: VotingData; onDone: (() => void) | null }) {
  const { t } = useT();
  const ballot = useBallot(round.id, voter) ?? [];
  const mine = new Map<string, number>(ballot.map((v) => [v.stickyId, v.count]));
  const spent = ballot.reduce((n, v) => n + v.count, 0);
  const items = roundItems(round, data.ordered).filter((s) => mayVoteOn(round, voter, s, data.participants));
  // Items of other groups this viewer may not read yet: counted, never shown.
  const hidden = round.voters === 'everyone' ? hiddenInRound(round, data) : 0;
  const dot = (stickyId: StickyId, delta: 1 | -1) => void perform(castDotAction, { roundId: round.id, voter, stickyId, delta });
  return (
    <div className="ballot">
      <div className="ballot-header">
        <p className="ballot-voter">
          {t('voting.votingAs')} <VoterName voter={voter} data={data} />
        </p>
        <p className="dots-left" role="status">
          {t('voting.dotsLeft', { count: round.budget, left: Math.max(0, round.budget - spent) })}
        </p>
      </div>
      {items.length === 0 && <p className="empty">{t('voting.noItems')}</p>}
      {byLane(items).map(([key, stickies]) => (
        <section key={key} className="ballot-lane" aria-label={laneName(data, key, t)}>
          <h4>{laneName(data, key, t)}</h4>
          <ul className="ballot-items">
            {stickies.map((s) => {
              const count = mine.get(s.id) ?? 0;
              return (
                <li key={s.id} className={`ballot-item${count > 0 ? ' dotted' : ''}`}>
                  <UserText className="ballot-text">{s.text}</UserText>
                  <span className="ballot-dots" aria-hidden="true">
                    {'●'.repeat(count)}
                  </span>
                  <span className="visually-hidden">{t('voting.yourDots', { count })}</span>
                  <span className="ballot-buttons">
                    <button type="button" aria-label={t('voting.removeDot', { item: s.text })} disabled={count === 0} onClick={() => dot(s.id, -1)}>
                      −
                    </button>
                    <button type="button" aria-label={t('voting.addDot', { item: s.text })} onClick={() => dot(s.id, 1)}>
                      +
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {hidden > 0 && <p className="field-hint">{t('voting.hiddenItems', { count: hidden })}</p>}
      {onDone && (
        <button type="button" onClick={onDone}>
          {t('voting.done')}
        </button>
      )}
    </div>
  );
}

/** Who is at the screen: a group votes as itself, or a person picks their own name. */
function DotsVoting({ round, data }: { round: VotingRound; data: VotingData }) {
  const { t } = useT();
  const [chosen, setChosen] = useState<string | null>(null);
  const { viewer } = data;
  const ownGroup = viewer.kind === 'group' ? viewer.groupId : null;
  if (ownGroup && round.voterKind === 'group') {
    return <Ballot round={round} voter={{ kind: 'group', id: ownGroup }} data={data} onDone={null} />;
  }
  const groups = [...data.groups.values()];
  const candidates = eligibleVoters(round, groups, data.participants).filter((v) => !ownGroup || voterGroup(v, data.participants) === ownGroup);
  const voter = candidates.find((v) => voterKey(v) === chosen) ?? null;
  return (
    <>
      <fieldset className="voter-picker">
        <legend>{t('voting.whoIsVoting')}</legend>
        {candidates.length === 0 ? (
          <p className="field-hint">{t('voting.noVoters')}</p>
        ) : (
          <div className="button-row">
            {candidates.map((v) => {
              const key = voterKey(v);
              return (
                <button key={key} type="button" aria-pressed={chosen === key} onClick={() => setChosen(chosen === key ? null : key)}>
                  <VoterName voter={v} data={data} />
                </button>
              );
            })}
          </div>
        )}
      </fieldset>
      {voter ? (
        <Ballot key={voterKey(voter)} round={round} voter={voter} data={data} onDone={() => setChosen(null)} />
      ) : (
        candidates.length > 0 && <p className="field-hint">{t('voting.pickVoter')}</p>
      )}
    </>
  );
}

/** How many dots are in, without where: the facilitator knows when the room has voted. */
function DotsCast({ roundId }: { roundId: VotingRound['id'] }) {
  const { t } = useT();
  const cast = useDotsCast(roundId) ?? 0;
  return (
    <p className="dots-cast" role="status">
      {t('voting.dotsCast', { count: cast })}
    </p>
  );
}

function TallyEntry({ round, data }: { round: VotingRound; data: VotingData }) {
  const { t } = useT();
  const totals = new Map<string, number>((useBallot(round.id, TALLY) ?? []).map((v) => [v.stickyId, v.count]));
  const items = roundItems(round, data.ordered);
  return (
    <>
      <p className="field-hint">{t('voting.tallyHint')}</p>
      {byLane(items).map(([key, stickies]) => (
        <section key={key} className="ballot-lane" aria-label={laneName(data, key, t)}>
          <h4>{laneName(data, key, t)}</h4>
          <ul className="ballot-items">
            {stickies.map((s) => {
              const stored = totals.get(s.id) ?? 0;
              return (
                <li key={s.id} className="ballot-item">
                  <UserText className="ballot-text">{s.text}</UserText>
                  <TallyInput
                    stored={stored}
                    label={t('voting.tallyFor', { item: s.text })}
                    onCommit={(total) => void perform(setTallyAction, { roundId: round.id, stickyId: s.id, total })}
                  />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}

/** A round while it is open: ballots (or the facilitator's counting), and closing it. */
export function OpenRound({ round, rounds, data }: { round: VotingRound; rounds: readonly VotingRound[]; data: VotingData }) {
  const { t } = useT();
  const facilitator = data.viewer.kind === 'facilitator';
  const titleId = `round-${round.id}`;
  let body;
  if (round.mode === 'tally') body = facilitator ? <TallyEntry round={round} data={data} /> : <p className="field-hint">{t('voting.tallyWaiting')}</p>;
  else if (data.viewer.kind === 'room') body = <p className="field-hint">{t('voting.openElsewhere')}</p>;
  else body = <DotsVoting round={round} data={data} />;
  return (
    <section className="voting-round open" aria-labelledby={titleId}>
      <header className="voting-round-header">
        <h3 id={titleId}>{roundTitle(round, rounds, t)}</h3>
        <span className="badge revealed">{t('voting.statusOpen')}</span>
      </header>
      <p className="voting-summary">{roundSummary(round, rounds, data, t).join(' · ')}</p>
      {round.mode === 'dots' && <p className="field-hint">{t('voting.secret')}</p>}
      {body}
      {facilitator && (
        <div className="voting-round-footer">
          {round.mode === 'dots' && <DotsCast roundId={round.id} />}
          <button type="button" className="primary" onClick={() => void perform(closeRoundAction, { roundId: round.id })}>
            {t('voting.close')}
          </button>
        </div>
      )}
    </section>
  );
}
