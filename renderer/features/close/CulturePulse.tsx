import { useId, useMemo, useState } from 'react';
import { pulseAverages } from '../../../shared/facilitation';
import type { Group, PulseRating, WorkshopId } from '../../../shared/model';
import { perform, ratePulseAction } from '../../actions';
import { useT } from '../../i18n';
import { GroupMark } from '../../ui/GroupMark';
import { UserText } from '../../ui/UserText';
import { STATEMENT_KEYS, WHENS, numberFormat, type People, type When } from './model';

const WHEN_KEYS: Record<When, string> = { before: 'close.before', after: 'close.after' };
const GRID_KEYS: Record<When, string> = { before: 'close.gridBefore', after: 'close.gridAfter' };
const RATINGS = [1, 2, 3, 4, 5, 6, 7] as const;

const ratingKey = (participantId: string, when: When, statement: number) => `${participantId}|${when}|${statement}`;

/** The statements as column headers, numbered so a rating's label can name one by number. */
function StatementHeaders() {
  const { t } = useT();
  return STATEMENT_KEYS.map((key, i) => (
    <th key={key} scope="col" className="pulse-statement">
      <span className="pulse-number">{i + 1}</span> {t(key)}
    </th>
  ));
}

/**
 * One rating, 1 to 7 or none. It shows the choice at once, before the database answers, so that
 * stepping through the values with the arrow keys never skips one.
 */
function RatingSelect({ label, rating, onRate }: { label: string; rating: number | null; onRate: (rating: number | null) => void }) {
  const { t } = useT();
  const [shown, setShown] = useState(rating);
  // An undo, or another window, changes the stored rating: the choice follows it.
  const [seen, setSeen] = useState(rating);
  if (seen !== rating) {
    setSeen(rating);
    setShown(rating);
  }
  return (
    <select
      className={shown ? 'rated' : undefined}
      aria-label={label}
      value={shown ?? ''}
      onChange={(e) => {
        const value = e.target.value === '' ? null : Number(e.target.value);
        setShown(value);
        onRate(value);
      }}
    >
      <option value="">{t('close.notRated')}</option>
      {RATINGS.map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
    </select>
  );
}

/** Present participants, by group, against the seven statements: each cell a rating from 1 to 7. */
function PulseGrid({ workshopId, when, groups, people, pulses }: { workshopId: WorkshopId; when: When; groups: readonly Group[]; people: People; pulses: readonly PulseRating[] }) {
  const { t } = useT();
  const ratings = useMemo(() => new Map(pulses.map((p) => [ratingKey(p.participantId, p.when, p.statement), p.rating])), [pulses]);
  const rows = groups.map((g) => ({ group: g, present: people.participants.filter((p) => p.groupId === g.id && p.present) })).filter((r) => r.present.length > 0);
  if (rows.length === 0) return <p className="empty">{t('close.nobodyPresent')}</p>;
  return (
    <div className="pulse-scroll">
      <table className="pulse-grid" aria-label={t(GRID_KEYS[when])}>
        <thead>
          <tr>
            <th scope="col">{t('close.person')}</th>
            <StatementHeaders />
          </tr>
        </thead>
        {rows.map(({ group, present }) => (
          <tbody key={group.id}>
            <tr className="pulse-group-row">
              <th scope="rowgroup" colSpan={STATEMENT_KEYS.length + 1} style={{ borderInlineStartColor: group.colour }}>
                <GroupMark mark={group.mark} colour={group.colour} /> <UserText>{group.name}</UserText>
              </th>
            </tr>
            {present.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <UserText>{p.name}</UserText>
                </th>
                {STATEMENT_KEYS.map((key, statement) => {
                  const rating = ratings.get(ratingKey(p.id, when, statement));
                  return (
                    <td key={key}>
                      <RatingSelect
                        label={t('close.rating', { name: p.name, number: statement + 1 })}
                        rating={rating ?? null}
                        onRate={(value) => void perform(ratePulseAction, { workshopId, participantId: p.id, when, statement, rating: value })}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

interface GroupAverages {
  group: Group;
  /** The timings this group has ratings for, before first. */
  whens: When[];
  averages: Record<When, (number | null)[]>;
  raters: Record<When, number>;
}

/** Each group's average of each statement; before and after side by side, with the change, once both exist. */
function PulseAverages({ people, pulses }: { people: People; pulses: readonly PulseRating[] }) {
  const { t, language } = useT();
  const plain = numberFormat(language);
  const all: GroupAverages[] = people.groups.map((group) => {
    const ids = people.participants.filter((p) => p.groupId === group.id).map((p) => p.id);
    const mine = pulses.filter((p) => ids.includes(p.participantId));
    const count = (when: When) => new Set(mine.filter((p) => p.when === when).map((p) => p.participantId)).size;
    const raters = { before: count('before'), after: count('after') };
    return {
      group,
      whens: WHENS.filter((w) => raters[w] > 0),
      averages: { before: pulseAverages(pulses, ids, 'before'), after: pulseAverages(pulses, ids, 'after') },
      raters,
    };
  });
  const shown = all.filter((g) => g.whens.length > 0);
  const silent = all.filter((g) => g.whens.length === 0);
  const both = (g: GroupAverages) => g.whens.length === 2;
  const value = (n: number | null | undefined) => (n === null || n === undefined ? '–' : plain.format(n));
  return (
    <div className="pulse-averages">
      <h4 id="close-averages-title">{t('close.averagesTitle')}</h4>
      {shown.length === 0 ? (
        <p className="empty">{t('close.noRatings')}</p>
      ) : (
        <div className="pulse-scroll">
          <table className="pulse-grid pulse-averages-table" aria-labelledby="close-averages-title">
            <thead>
              <tr>
                <th scope="col" rowSpan={2}>
                  {t('close.statement')}
                </th>
                {shown.map((g) => (
                  <th key={g.group.id} scope="colgroup" colSpan={g.whens.length + (both(g) ? 1 : 0)} className="pulse-group-head" style={{ borderBlockStartColor: g.group.colour }}>
                    <GroupMark mark={g.group.mark} colour={g.group.colour} /> <UserText>{g.group.name}</UserText>
                  </th>
                ))}
              </tr>
              <tr>
                {shown.flatMap((g) => [
                  ...g.whens.map((w) => (
                    <th key={`${g.group.id}-${w}`} scope="col">
                      {t(WHEN_KEYS[w])}
                    </th>
                  )),
                  ...(both(g)
                    ? [
                        <th key={`${g.group.id}-change`} scope="col">
                          {t('close.change')}
                        </th>,
                      ]
                    : []),
                ])}
              </tr>
            </thead>
            <tbody>
              {STATEMENT_KEYS.map((key, statement) => (
                <tr key={key}>
                  <th scope="row" className="pulse-statement">
                    <span className="pulse-number">{statement + 1}</span> {t(key)}
                  </th>
                  {shown.flatMap((g) => [
                    ...g.whens.map((w) => <td key={`${g.group.id}-${w}`}>{value(g.averages[w][statement])}</td>),
                    ...(both(g) ? [<ChangeCell key={`${g.group.id}-change`} before={g.averages.before[statement]} after={g.averages.after[statement]} />] : []),
                  ])}
                </tr>
              ))}
              <tr className="pulse-raters">
                <th scope="row">{t('close.raters')}</th>
                {shown.flatMap((g) => [
                  ...g.whens.map((w) => <td key={`${g.group.id}-${w}`}>{g.raters[w]}</td>),
                  ...(both(g) ? [<td key={`${g.group.id}-change`} />] : []),
                ])}
              </tr>
            </tbody>
          </table>
        </div>
      )}
      {shown.length > 0 &&
        silent.map((g) => (
          <p key={g.group.id} className="field-hint">
            {t('close.noRatingsFrom', { group: g.group.name })}
          </p>
        ))}
    </div>
  );
}

/** How far a group's average moved from before to after, signed; a dash where either is missing. */
function ChangeCell({ before, after }: { before: number | null | undefined; after: number | null | undefined }) {
  const { language } = useT();
  if (before === null || before === undefined || after === null || after === undefined) return <td>–</td>;
  const diff = Math.round((after - before) * 10) / 10;
  return <td className={diff > 0 ? 'pulse-up' : diff < 0 ? 'pulse-down' : undefined}>{numberFormat(language, true).format(diff)}</td>;
}

/**
 * The optional culture pulse: each person present rates seven statements about their own
 * department, before the workshop and after it; only group averages are compared. The room's
 * screen shows the averages alone; a group's view rates for that group's people only.
 */
export function CulturePulse({ workshopId, pulses, people, raterGroups }: { workshopId: WorkshopId; pulses: readonly PulseRating[]; people: People; raterGroups: readonly Group[] }) {
  const { t } = useT();
  const id = useId();
  const [when, setWhen] = useState<When>(() => (pulses.some((p) => p.when === 'after') ? 'after' : 'before'));
  return (
    <section className="close-section" aria-labelledby="close-pulse-title">
      <h3 id="close-pulse-title">{t('close.pulseTitle')}</h3>
      <p className="field-hint">{t('close.pulseIntro')}</p>
      {raterGroups.length > 0 && (
        <>
          <fieldset className="pulse-when">
            <legend>{t('close.pulseWhen')}</legend>
            {WHENS.map((w) => (
              <label key={w}>
                <input type="radio" name={`${id}-when`} value={w} checked={when === w} onChange={() => setWhen(w)} />
                {t(WHEN_KEYS[w])}
              </label>
            ))}
          </fieldset>
          <PulseGrid workshopId={workshopId} when={when} groups={raterGroups} people={people} pulses={pulses} />
        </>
      )}
      <PulseAverages people={people} pulses={pulses} />
    </section>
  );
}
