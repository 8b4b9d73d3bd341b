import { useId, useState, type FormEvent } from 'react';
import { AGREEMENT_ANSWERS, type Agreement, type Group, type WorkshopId } from '../../../shared/model';
import { answerAgreementAction } from '../../actions';
import { useT } from '../../i18n';
import { GroupMark } from '../../ui/GroupMark';
import { ANSWER_TEXT_KEYS, CHOICE_KEYS, performOk, type AgreementAnswer } from './model';
import { FormButtons } from './FormButtons';
import { useChangedSince } from '../../ui/changed-since';

type Current = Agreement['answers'][number] | null;

/** One side answers an agreement for itself: accept, accept with conditions, or decline with a reason. */
export function AnswerForm({
  workshopId,
  agreementId,
  group,
  current,
  onDone,
}: {
  workshopId: WorkshopId;
  agreementId: Agreement['id'];
  group: Group;
  current: Current;
  onDone: (() => void) | null;
}) {
  const { t } = useT();
  const id = useId();
  const [answer, setAnswer] = useState<AgreementAnswer | null>(current?.answer ?? null);
  const [text, setText] = useState(current?.text ?? '');
  const [error, setError] = useState<string>();
  const textId = `${id}-text`;
  const changes = useChangedSince();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!answer) return setError(t('outcomes.chooseAnswer'));
    if (answer === 'accept-with-conditions' && !text.trim()) return setError(t('outcomes.needConditions'));
    if (answer === 'decline' && !text.trim()) return setError(t('outcomes.needReason'));
    setError(undefined);
    const changedSince = changes.mark();
    const ok = await performOk(answerAgreementAction, { workshopId, id: agreementId, groupId: group.id, groupName: group.name, answer, text });
    // A changed answer closes once saved, unless it was changed again meanwhile.
    if (ok && !changedSince()) onDone?.();
  };

  return (
    <form className="outcomes-answer-form" onSubmit={(e) => void submit(e)} onInput={changes.onInput} noValidate>
      <fieldset style={{ borderInlineStartColor: group.colour }}>
        <legend>
          <GroupMark mark={group.mark} colour={group.colour} /> {t('outcomes.answerFor', { group: group.name })}
        </legend>
        <div className="outcomes-choices">
          {AGREEMENT_ANSWERS.map((a) => (
            <label key={a} className={`outcomes-choice answer-${a}`}>
              <input
                type="radio"
                name={`${id}-answer`}
                value={a}
                checked={answer === a}
                onChange={() => {
                  setAnswer(a);
                  setError(undefined);
                }}
              />
              {t(CHOICE_KEYS[a])}
            </label>
          ))}
        </div>
        {answer && (
          <div className="field">
            <label htmlFor={textId}>{t(ANSWER_TEXT_KEYS[answer])}</label>
            <textarea
              id={textId}
              dir="auto"
              rows={2}
              value={text}
              aria-invalid={error && answer !== 'accept' ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
        )}
        {error && (
          <p className="field-error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
        <FormButtons submitLabel={t('outcomes.saveAnswer')} onCancel={onDone} />
      </fieldset>
    </form>
  );
}
