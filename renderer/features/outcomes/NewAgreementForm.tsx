import { useId, useState, type FormEvent } from 'react';
import { laneKeyOf, type StickyId } from '../../../shared/model';
import { createAgreementAction, perform } from '../../actions';
import { useT } from '../../i18n';
import { fieldAria } from '../../ui/Field';
import { GroupMark } from '../../ui/GroupMark';
import { UserText } from '../../ui/UserText';
import { LENS_KEYS, TYPE_KEYS, laneTitle } from '../board';
import { draftAgreement, type OutcomesData } from './model';

type Problem = 'sides' | 'text';

/**
 * The facilitator pairs requirements into an agreement: a few items from each side's list, and
 * one text both sides can answer, "we will … if you will …".
 */
export function NewAgreementForm({ data, totals }: { data: OutcomesData; totals: ReadonlyMap<string, string> }) {
  const { t } = useT();
  const id = useId();
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  // The text follows the picks until the facilitator writes their own.
  const [typed, setTyped] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  const requirementLanes = data.lanes.filter((l) => l.kind === 'requirement');
  const pickedStickies = data.ordered.filter((s) => picked.has(s.id));
  const draft = draftAgreement(pickedStickies, data.groups, t);
  const text = typed ?? draft;
  const sides = new Set(pickedStickies.map((s) => s.authorGroupId)).size;

  const toggle = (stickyId: string, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(stickyId);
    else next.delete(stickyId);
    setPicked(next);
    if (problem === 'sides' && new Set(data.ordered.filter((s) => next.has(s.id)).map((s) => s.authorGroupId)).size >= 2) setProblem(null);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Problem | null = sides < 2 ? 'sides' : !text.trim() ? 'text' : null;
    setProblem(found);
    if (found) return;
    const sentPicks = picked;
    const sentText = typed;
    const made = await perform(createAgreementAction, { workshopId: data.bundle.workshop.id, stickyIds: pickedStickies.map((s) => s.id as StickyId), text });
    if (made) {
      // The next agreement may be begun while this one is saved: what was picked or typed for it
      // stays; what was submitted is cleared.
      setPicked((now) => new Set([...now].filter((s) => !sentPicks.has(s))));
      setTyped((now) => (now === sentText ? null : now));
    }
  };

  const titleId = `${id}-title`;
  const textId = `${id}-text`;
  const textError = problem === 'text' ? t('outcomes.needText') : undefined;
  return (
    <section className="outcomes-form new-agreement" aria-labelledby={titleId}>
      <h4 id={titleId}>{t('outcomes.newAgreement')}</h4>
      <p className="field-hint">{t('outcomes.newAgreementHint')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className={`new-agreement-lanes${problem === 'sides' ? ' invalid' : ''}`}>
          {requirementLanes.map((lane) => {
            const author = lane.authorGroupId ? data.groupById.get(lane.authorGroupId) : undefined;
            const items = data.ordered.filter((s) => laneKeyOf(s) === lane.key);
            const hidden = data.hiddenCounts.get(lane.key) ?? 0;
            const name = laneTitle(lane, data.groupById, t).title;
            return (
              <fieldset key={lane.key} className="outcomes-pick" style={author ? { borderInlineStartColor: author.colour } : undefined}>
                <legend>
                  {author && <GroupMark mark={author.mark} colour={author.colour} />} {name}
                </legend>
                {items.length === 0 && hidden === 0 && <p className="field-hint">{t('outcomes.noRequirements')}</p>}
                <ul className="outcomes-pick-list">
                  {items.map((s) => (
                    <li key={s.id}>
                      <label>
                        <input type="checkbox" checked={picked.has(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
                        <span className="outcomes-pick-item">
                          <UserText className="outcomes-sticky-text">{s.text}</UserText>
                          <span className="sticky-tags">
                            {s.requirementType && <span className={`tag type-${s.requirementType}`}>{t(TYPE_KEYS[s.requirementType])}</span>}
                            {s.lens && <span className="tag">{t(LENS_KEYS[s.lens])}</span>}
                            {totals.has(s.id) && <span className="badge outcomes-votes">{totals.get(s.id)}</span>}
                          </span>
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
                {hidden > 0 && <p className="field-hint">{t('outcomes.hiddenRequirements', { count: hidden })}</p>}
              </fieldset>
            );
          })}
        </div>
        {problem === 'sides' && (
          <p className="field-error" id={`${id}-sides-error`} role="alert">
            {t('outcomes.needBothSides')}
          </p>
        )}
        <div className={textError ? 'field field-invalid' : 'field'}>
          <label htmlFor={textId}>{t('outcomes.agreementText')}</label>
          <textarea
            {...fieldAria(textId, textError)}
            dir="auto"
            rows={4}
            value={text}
            onChange={(e) => {
              setTyped(e.target.value);
              if (problem === 'text' && e.target.value.trim()) setProblem(null);
            }}
          />
          {textError ? (
            <p className="field-error" id={`${textId}-error`} role="alert">
              {textError}
            </p>
          ) : (
            <p className="field-hint">{t('outcomes.agreementTextHint')}</p>
          )}
        </div>
        <div className="button-row">
          <button type="submit" className="primary">
            {t('outcomes.create')}
          </button>
          <button type="button" disabled={typed === null} onClick={() => setTyped(null)}>
            {t('outcomes.redraft')}
          </button>
        </div>
      </form>
    </section>
  );
}
