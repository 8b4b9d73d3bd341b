import { useId, useState, type FormEvent } from 'react';
import type { DecisionInput } from '../../../shared/facilitation';
import type { Decision } from '../../../shared/model';
import { removeDecisionAction, saveDecisionAction } from '../../actions';
import { useT } from '../../i18n';
import { Field, fieldAria } from '../../ui/Field';
import { UserText } from '../../ui/UserText';
import { clearedOf, performOk, removeWithUndo, type OutcomesData } from './model';
import { FormButtons } from './FormButtons';
import { useChangedSince } from '../../ui/changed-since';

const byCreated = (a: Decision, b: Decision) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1);

/** The chair's decision, new or edited: what, who decided, why, and whether it is deferred. */
function DecisionForm({ data, decision, onDone }: { data: OutcomesData; decision: Decision | null; onDone: (() => void) | null }) {
  const { t } = useT();
  const id = useId();
  const blank: DecisionInput = { text: '', decidedBy: data.bundle.workshop.chair, rationale: '', deferred: false };
  const [input, setInput] = useState<DecisionInput>(decision ? { text: decision.text, decidedBy: decision.decidedBy, rationale: decision.rationale, deferred: decision.deferred } : blank);
  const [error, setError] = useState<string>();
  const set = (patch: Partial<DecisionInput>) => setInput((now) => ({ ...now, ...patch }));
  const changes = useChangedSince();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!input.text.trim()) return setError(t('outcomes.decisionNeedsText'));
    setError(undefined);
    const submitted = input;
    const changedSince = changes.mark();
    if (!(await performOk(saveDecisionAction, { workshopId: data.bundle.workshop.id, id: decision?.id ?? null, input: submitted }))) return;
    // An edit closes once saved, unless it was changed meanwhile (that change is still to save).
    if (onDone) {
      if (!changedSince()) onDone();
    }
    else setInput((now) => clearedOf(now, submitted, blank));
  };

  const titleId = `${id}-title`;
  return (
    <section className="outcomes-form decision-form" aria-labelledby={titleId}>
      <h4 id={titleId}>{decision ? t('outcomes.editDecision') : t('outcomes.newDecision')}</h4>
      <form onSubmit={(e) => void submit(e)} onInput={changes.onInput} noValidate>
        <Field id={`${id}-text`} label={t('outcomes.decisionText')} error={error}>
          <textarea {...fieldAria(`${id}-text`, error)} dir="auto" rows={2} value={input.text} onChange={(e) => set({ text: e.target.value })} />
        </Field>
        <div className="two-columns">
          <Field id={`${id}-by`} label={t('outcomes.decidedBy')}>
            <input id={`${id}-by`} dir="auto" value={input.decidedBy} onChange={(e) => set({ decidedBy: e.target.value })} />
          </Field>
          <label className="outcomes-check">
            <input type="checkbox" checked={input.deferred} onChange={(e) => set({ deferred: e.target.checked })} />
            {t('outcomes.deferredLabel')}
          </label>
        </div>
        <Field id={`${id}-why`} label={t('outcomes.rationale')} hint={t('outcomes.rationaleHint')}>
          <textarea id={`${id}-why`} dir="auto" rows={2} value={input.rationale} onChange={(e) => set({ rationale: e.target.value })} />
        </Field>
        <FormButtons submitLabel={decision ? t('outcomes.saveChanges') : t('outcomes.recordDecision')} onCancel={onDone} />
      </form>
    </section>
  );
}

/** The chair's decisions, deferred ones marked; only the facilitator records them. */
export function Decisions({ data }: { data: OutcomesData }) {
  const { t } = useT();
  const [editing, setEditing] = useState<string | null>(null);
  const decisions = [...data.bundle.decisions].sort(byCreated);
  const workshopId = data.bundle.workshop.id;
  return (
    <section className="outcomes-section" aria-labelledby="outcomes-decisions">
      <h3 id="outcomes-decisions">{t('outcomes.decisionsTitle')}</h3>
      <p className="field-hint">{t('outcomes.decisionsIntro')}</p>
      {decisions.length === 0 ? (
        <p className="empty">{t('outcomes.noDecisions')}</p>
      ) : (
        <ol className="outcomes-list decisions" aria-label={t('outcomes.decisionsTitle')}>
          {decisions.map((d) =>
            editing === d.id ? (
              <li key={d.id} className="decision editing">
                <DecisionForm data={data} decision={d} onDone={() => setEditing((now) => (now === d.id ? null : now))} />
              </li>
            ) : (
              <li key={d.id} className={`decision${d.deferred ? ' deferred' : ''}`}>
                <div className="outcomes-item-head">
                  <UserText as="p" className="outcomes-item-text">
                    {d.text}
                  </UserText>
                  {d.deferred && <span className="badge deferred">{t('outcomes.deferred')}</span>}
                </div>
                {d.decidedBy && <p className="outcomes-meta">{t('outcomes.decidedByShown', { name: d.decidedBy })}</p>}
                {d.rationale && (
                  <UserText as="p" className="outcomes-rationale">
                    {d.rationale}
                  </UserText>
                )}
                {data.facilitator && (
                  <div className="button-row">
                    <button type="button" onClick={() => setEditing(d.id)}>
                      {t('outcomes.edit')}
                    </button>
                    <button type="button" className="danger" onClick={() => void removeWithUndo(removeDecisionAction, { workshopId, id: d.id }, 'decision')}>
                      {t('outcomes.remove')}
                    </button>
                  </div>
                )}
              </li>
            ),
          )}
        </ol>
      )}
      {data.facilitator && <DecisionForm data={data} decision={null} onDone={null} />}
    </section>
  );
}
