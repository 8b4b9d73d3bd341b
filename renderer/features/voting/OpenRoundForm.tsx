import { useId, useState } from 'react';
import { defaultBudget } from '../../../shared/facilitation';
import { laneKeyOf, type VotingRound } from '../../../shared/model';
import { openRoundAction, perform } from '../../actions';
import { useT } from '../../i18n';
import { GroupMark } from '../../ui/GroupMark';
import { laneTitle } from '../board/laneTitle';
import { MODE_KEYS, VOTER_KIND_KEYS, VOTERS_KEYS, type VotingData } from './model';

const VOTERS: readonly VotingRound['voters'][] = ['own-list', 'everyone'];
const VOTER_KINDS: readonly VotingRound['voterKind'][] = ['participant', 'group'];
const MODES: readonly VotingRound['mode'][] = ['dots', 'tally'];

type Problem = 'lanes' | 'budget' | 'cap';
const PROBLEM_KEYS: Record<Problem, string> = {
  lanes: 'voting.needLanes',
  budget: 'voting.budgetInvalid',
  cap: 'voting.capInvalid',
};

const isWhole = (text: string, min: number, max: number) => {
  const n = Number(text);
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max;
};

/** The facilitator opens a round: which lanes, who votes on what, how many dots. */
export function OpenRoundForm({ data }: { data: VotingData }) {
  const { t } = useT();
  const id = useId();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(data.lanes.filter((l) => l.kind === 'requirement').map((l) => l.key)));
  const [voters, setVoters] = useState<VotingRound['voters']>('own-list');
  const [voterKind, setVoterKind] = useState<VotingRound['voterKind']>('participant');
  const [mode, setMode] = useState<VotingRound['mode']>('dots');
  // The budget follows the items in the chosen lanes until the facilitator types one.
  const [budgetText, setBudgetText] = useState<string | null>(null);
  const [capText, setCapText] = useState('3');
  const [problem, setProblem] = useState<Problem | null>(null);

  const counts = new Map<string, number>();
  for (const s of data.ordered) counts.set(laneKeyOf(s), (counts.get(laneKeyOf(s)) ?? 0) + 1);
  const laneKeys = data.lanes.filter((l) => chosen.has(l.key)).map((l) => l.key);
  const itemCount = laneKeys.reduce((n, key) => n + (counts.get(key) ?? 0), 0);
  const budget = budgetText ?? String(defaultBudget(itemCount));
  const budgetValid = isWhole(budget, 1, 100);
  // The cap is never above the budget.
  const cap = budgetValid && isWhole(capText, 1, 100) && Number(capText) > Number(budget) ? budget : capText;

  const toggle = (key: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    setChosen(next);
    if (problem === 'lanes' && next.size > 0) setProblem(null);
  };

  const submit = async () => {
    const dots = mode === 'dots';
    const found: Problem | null = laneKeys.length === 0 ? 'lanes' : dots && !budgetValid ? 'budget' : dots && !isWhole(cap, 1, Number(budget)) ? 'cap' : null;
    setProblem(found);
    if (found) return;
    await perform(openRoundAction, {
      workshopId: data.workshopId,
      // A show of hands has no budget; the round still carries one, unused.
      settings: { laneKeys, voters, voterKind, mode, budget: budgetValid ? Number(budget) : 1, perItemCap: dots ? Number(cap) : 1 },
    });
  };

  const radios = <T extends string>(name: string, legend: string, values: readonly T[], keys: Record<T, string>, value: T, set: (v: T) => void) => (
    <fieldset className="voting-choice">
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v}>
          <input type="radio" name={`${id}-${name}`} value={v} checked={value === v} onChange={() => set(v)} />
          {t(keys[v])}
        </label>
      ))}
    </fieldset>
  );

  return (
    <section className="voting-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('voting.openTitle')}</h3>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <fieldset className="voting-choice voting-lanes" aria-invalid={problem === 'lanes' || undefined}>
          <legend>{t('voting.lanes')}</legend>
          {data.lanes.map((lane) => {
            const author = lane.authorGroupId ? data.groups.get(lane.authorGroupId) : undefined;
            return (
              <label key={lane.key}>
                <input type="checkbox" checked={chosen.has(lane.key)} onChange={(e) => toggle(lane.key, e.target.checked)} />
                {author && <GroupMark mark={author.mark} colour={author.colour} />}
                {t('voting.laneOption', { lane: laneTitle(lane, data.groups, t).title, count: counts.get(lane.key) ?? 0 })}
              </label>
            );
          })}
        </fieldset>
        {radios('voters', t('voting.whoVotes'), VOTERS, VOTERS_KEYS, voters, setVoters)}
        {radios('kind', t('voting.voterKind'), VOTER_KINDS, VOTER_KIND_KEYS, voterKind, setVoterKind)}
        {radios('mode', t('voting.mode'), MODES, MODE_KEYS, mode, setMode)}
        {mode === 'dots' && (
          <div className="voting-numbers">
            <div className="field">
              <label htmlFor={`${id}-budget`}>{t('voting.budget')}</label>
              <input
                id={`${id}-budget`}
                type="number"
                min={1}
                max={100}
                value={budget}
                aria-invalid={problem === 'budget' || undefined}
                aria-describedby={`${id}-budget-hint`}
                onChange={(e) => setBudgetText(e.target.value)}
              />
              <p className="field-hint" id={`${id}-budget-hint`}>
                {t('voting.budgetHint')}
              </p>
            </div>
            <div className="field">
              <label htmlFor={`${id}-cap`}>{t('voting.cap')}</label>
              <input
                id={`${id}-cap`}
                type="number"
                min={1}
                max={budgetValid ? Number(budget) : 100}
                value={cap}
                aria-invalid={problem === 'cap' || undefined}
                aria-describedby={`${id}-cap-hint`}
                onChange={(e) => setCapText(e.target.value)}
              />
              <p className="field-hint" id={`${id}-cap-hint`}>
                {t('voting.capHint')}
              </p>
            </div>
          </div>
        )}
        {problem && (
          <p className="field-error" role="alert">
            {t(PROBLEM_KEYS[problem])}
          </p>
        )}
        <div className="form-buttons">
          <button type="submit" className="primary">
            {t('voting.open')}
          </button>
        </div>
      </form>
    </section>
  );
}
