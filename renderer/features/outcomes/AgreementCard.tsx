import { useId, useState } from 'react';
import { agreementSides } from '../../../shared/facilitation';
import type { Agreement, GroupId } from '../../../shared/model';
import { editAgreementAction, removeAgreementAction } from '../../actions';
import { useT } from '../../i18n';
import { GroupMark } from '../../ui/GroupMark';
import { UserText } from '../../ui/UserText';
import { LENS_KEYS, TYPE_KEYS } from '../board';
import { AnswerForm } from './AnswerForm';
import { ANSWER_KEYS, ANSWER_SHOWN_KEYS, performOk, removeWithUndo, type OutcomesData } from './model';

type Status = { kind: 'agreed' } | { kind: 'declined' } | { kind: 'waiting'; count: number };

function statusOf(sides: ReturnType<typeof agreementSides>): Status {
  if (sides.some((s) => s.answer?.answer === 'decline')) return { kind: 'declined' };
  const waiting = sides.filter((s) => !s.answer).length;
  return waiting === 0 && sides.length >= 2 ? { kind: 'agreed' } : { kind: 'waiting', count: Math.max(waiting, 1) };
}

/**
 * One agreement: its text, and its sides side by side ("Dev said / Ops said"), each with the
 * requirements it brought and its answer. Each side answers for itself.
 */
export function AgreementCard({
  agreement,
  number,
  data,
  totals,
  onMakeAction,
}: {
  agreement: Agreement;
  number: number;
  data: OutcomesData;
  totals: ReadonlyMap<string, string>;
  onMakeAction: (agreement: Agreement) => void;
}) {
  const { t } = useT();
  const id = useId();
  const [editing, setEditing] = useState<string | null>(null);
  const [changing, setChanging] = useState<ReadonlySet<string>>(new Set());
  const workshopId = data.bundle.workshop.id;
  const sides = agreementSides(agreement, data.ordered, data.groups.map((g) => g.id));
  const notShown = agreement.stickyIds.filter((s) => !data.stickyById.has(s)).length;
  const status = statusOf(sides);
  const mayAnswer = (groupId: GroupId) => data.facilitator || (data.viewer.kind === 'group' && data.viewer.groupId === groupId);
  // From the latest set: a side's answer saved closes its own form, not one opened meanwhile.
  const setChange = (groupId: string, on: boolean) =>
    setChanging((now) => {
      const next = new Set(now);
      if (on) next.add(groupId);
      else next.delete(groupId);
      return next;
    });
  const saveText = async () => {
    if (editing === null) return;
    const sent = editing;
    // The text goes on being edited if it was changed while it was saved.
    if (await performOk(editAgreementAction, { workshopId, id: agreement.id, text: sent })) setEditing((now) => (now === sent ? null : now));
  };

  const titleId = `${id}-title`;
  const editId = `${id}-edit`;
  return (
    <article className={`agreement-card status-${status.kind}`} aria-labelledby={titleId}>
      <header className="agreement-header">
        <h4 id={titleId}>{t('outcomes.agreementNumber', { number })}</h4>
        <span className={`badge agreement-status status-${status.kind}`}>
          {status.kind === 'agreed' ? t('outcomes.statusAgreed') : status.kind === 'declined' ? t('outcomes.statusDeclined') : t('outcomes.statusWaiting', { count: status.count })}
        </span>
      </header>
      {editing === null ? (
        <UserText as="p" className="agreement-text">
          {agreement.text}
        </UserText>
      ) : (
        <div className="field">
          <label htmlFor={editId}>{t('outcomes.textOf', { number })}</label>
          <textarea id={editId} dir="auto" rows={4} value={editing} onChange={(e) => setEditing(e.target.value)} />
          <div className="button-row">
            <button type="button" className="primary" onClick={() => void saveText()}>
              {t('outcomes.saveText')}
            </button>
            <button type="button" className="subtle" onClick={() => setEditing(null)}>
              {t('outcomes.cancel')}
            </button>
          </div>
        </div>
      )}
      <div className="agreement-sides" style={{ ['--sides' as string]: String(Math.max(sides.length, 1)) }}>
        {sides.map((side) => {
          const group = data.groupById.get(side.groupId);
          if (!group) return null;
          const open = mayAnswer(side.groupId) && (!side.answer || changing.has(side.groupId));
          return (
            <section key={side.groupId} className="agreement-side" style={{ borderBlockStartColor: group.colour }} aria-labelledby={`${id}-${side.groupId}`}>
              <h5 id={`${id}-${side.groupId}`}>
                <GroupMark mark={group.mark} colour={group.colour} /> {t('outcomes.sideSaid', { group: group.name })}
              </h5>
              {side.stickies.length === 0 ? (
                <p className="field-hint">{t('outcomes.sideNoItems')}</p>
              ) : (
                <ul className="agreement-stickies">
                  {side.stickies.map((s) => (
                    <li key={s.id} className="agreement-sticky">
                      <UserText className="outcomes-sticky-text">{s.text}</UserText>
                      {(s.requirementType || s.lens || totals.has(s.id)) && (
                        <span className="sticky-tags">
                          {s.requirementType && <span className={`tag type-${s.requirementType}`}>{t(TYPE_KEYS[s.requirementType])}</span>}
                          {s.lens && <span className="tag">{t(LENS_KEYS[s.lens])}</span>}
                          {totals.has(s.id) && <span className="badge outcomes-votes">{totals.get(s.id)}</span>}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              <div className="agreement-answer">
                {side.answer ? (
                  <>
                    <span className={`badge answer-${side.answer.answer}`}>{t(ANSWER_KEYS[side.answer.answer])}</span>
                    {side.answer.text && (
                      <p className="agreement-answer-text">
                        <span className="agreement-answer-label">{t(ANSWER_SHOWN_KEYS[side.answer.answer])}</span> <UserText>{side.answer.text}</UserText>
                      </p>
                    )}
                  </>
                ) : (
                  <span className="badge answer-none">{t('outcomes.noAnswer')}</span>
                )}
              </div>
              {open && (
                <AnswerForm
                  key={`${side.answer?.answer ?? ''}/${side.answer?.text ?? ''}`}
                  workshopId={workshopId}
                  agreementId={agreement.id}
                  group={group}
                  current={side.answer}
                  onDone={side.answer ? () => setChange(side.groupId, false) : null}
                />
              )}
              {!open && side.answer && mayAnswer(side.groupId) && (
                <div className="button-row">
                  <button type="button" onClick={() => setChange(side.groupId, true)}>
                    {t('outcomes.changeAnswer', { group: group.name })}
                  </button>
                </div>
              )}
            </section>
          );
        })}
      </div>
      {notShown > 0 && <p className="field-hint">{t('outcomes.notShown', { count: notShown })}</p>}
      {data.facilitator && (
        <div className="button-row agreement-buttons">
          <button type="button" className="primary" onClick={() => onMakeAction(agreement)}>
            {t('outcomes.makeAction')}
          </button>
          {editing === null && (
            <button type="button" onClick={() => setEditing(agreement.text)}>
              {t('outcomes.editText')}
            </button>
          )}
          <button type="button" className="danger" onClick={() => void removeWithUndo(removeAgreementAction, { workshopId, id: agreement.id }, 'agreement')}>
            {t('outcomes.remove')}
          </button>
        </div>
      )}
    </article>
  );
}
