import { useState } from 'react';
import { VERDICTS, type Group, type Reaction, type Sticky, type Verdict, type WorkshopId } from '../../../shared/model';
import { reactionNeedsText } from '../../../shared/facilitation';
import { perform, reactAction, withdrawReactionAction } from '../../actions';
import { useT } from '../../i18n';
import { GroupMark } from '../../ui/GroupMark';
import { VERDICT_KEYS } from '../board';
import { UserText } from '../../ui/UserText';


const TEXT_KEYS: Record<Verdict, string> = {
  accept: 'reactions.commentLabel',
  'accept-if': 'reactions.conditionLabel',
  reject: 'reactions.reasonLabel',
  clarify: 'reactions.questionLabel',
};

/** One listening group's reaction to the item in the spotlight. */
export function ReactionForm({ workshopId, sticky, group, reaction }: { workshopId: WorkshopId; sticky: Sticky; group: Group; reaction: Reaction | undefined }) {
  const { t } = useT();
  const [verdict, setVerdict] = useState<Verdict | null>(reaction?.verdict ?? null);
  const [text, setText] = useState(reaction?.text ?? '');
  const [error, setError] = useState<string>();
  const id = `reaction-${sticky.id}-${group.id}`;
  const save = async () => {
    if (!verdict) return setError(t('reactions.chooseVerdict'));
    if (reactionNeedsText(verdict) && !text.trim()) return setError(t(verdict === 'reject' ? 'errors.rejectNeedsReason' : 'errors.acceptIfNeedsCondition'));
    setError(undefined);
    await perform(reactAction, { workshopId, stickyId: sticky.id, groupId: group.id, groupName: group.name, verdict, text });
  };
  return (
    <fieldset className={`reaction-form${reaction ? ' has-reaction' : ''}`} style={{ borderInlineStartColor: group.colour }}>
      <legend>
        <GroupMark mark={group.mark} colour={group.colour} /> {t('reactions.byGroup', { group: group.name })}
        {reaction && <span className={`badge verdict-${reaction.verdict}`}>{t(VERDICT_KEYS[reaction.verdict])}</span>}
      </legend>
      <div className="verdicts" role="radiogroup" aria-label={t('reactions.verdict', { group: group.name })}>
        {VERDICTS.map((v) => (
          <button key={v} type="button" role="radio" aria-checked={verdict === v} className={`verdict verdict-${v}${verdict === v ? ' chosen' : ''}`} onClick={() => setVerdict(v)}>
            {t(VERDICT_KEYS[v])}
          </button>
        ))}
      </div>
      {verdict && (
        <>
          <label htmlFor={id}>{t(TEXT_KEYS[verdict])}</label>
          <textarea
            id={id}
            dir="auto"
            rows={2}
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setText(e.target.value)}
          />
        </>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void save()}>
          {reaction ? t('reactions.update') : t('reactions.save')}
        </button>
        {reaction && (
          <button type="button" className="subtle" onClick={() => void perform(withdrawReactionAction, { workshopId, stickyId: sticky.id, groupId: group.id, groupName: group.name })}>
            {t('reactions.withdraw')}
          </button>
        )}
        {reaction?.text && (
          <UserText as="p" className="reaction-text">
            {reaction.text}
          </UserText>
        )}
      </div>
    </fieldset>
  );
}
