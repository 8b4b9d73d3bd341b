import { memo, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { LENSES, LIMITS, REQUIREMENT_TYPES, type GroupId, type Lane, type Lens, type RequirementType } from '../../../shared/model';
import { splitLines } from '../../../shared/board';
import { byOrder } from '../../../shared/lib/order';
import { performOutcome, postStickiesAction } from '../../actions';
import { useUi } from '../../state';
import { useBoard } from './context';
import { useDraft } from './useDraft';
import { laneTitle } from './laneTitle';
import { LENS_KEYS, TYPE_KEYS } from './labels';
import { useT } from '../../i18n';
import { message } from '../../../shared/i18n';

/**
 * Type and press Enter to post; the field stays ready for the next one. A paste of several lines
 * becomes one sticky per line, after saying how many.
 */
export const Composer = memo(function Composer({ lane }: { lane: Lane }) {
  const { workshopId, groups } = useBoard();
  const { t } = useT();
  const { text, setText, status } = useDraft(`${workshopId}/${lane.key}`);
  const [error, setError] = useState<string>();
  const [type, setType] = useState<RequirementType>('do-more');
  const [lens, setLens] = useState<Lens | ''>('');
  const groupList = byOrder([...groups.values()]);
  const [author, setAuthor] = useState<GroupId | undefined>(groupList[0]?.id);
  const { title } = laneTitle(lane, groups, t);
  const id = `compose-${lane.key}`;
  // The hint shows in the empty field until the field is focused, and is its description always.
  // A placeholder that goes with the first key cost that key ~10 ms on a board of 1,000 stickies
  // (the field's own layout and raster); going as the field is focused, it costs the key nothing.
  const [focused, setFocused] = useState(false);
  const options = { requirementType: type, lens: lens || null, authorGroupId: lane.authorGroupId ?? author };

  const post = async (texts: string[]) => {
    const tooLong = texts.find((t) => t.trim().length > LIMITS.stickyText);
    if (tooLong) {
      setError(t('errors.stickyTooLong', { max: LIMITS.stickyText, count: tooLong.trim().length }));
      return false;
    }
    // Refused: the text comes back to be fixed. Not saved (the storage failed): the "not saved"
    // banner holds it and it is saved as soon as the storage works again.
    const outcome = await performOutcome(postStickiesAction, { workshopId, lane, texts, options });
    return outcome.status !== 'refused';
  };

  const onKeyDown = async (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing) return;
    e.preventDefault();
    const posting = text;
    if (!posting.trim()) return setText('');
    // Clear at once: the next sticky is often being typed before this one is saved.
    setText('');
    if (!(await post([posting]))) setText((typed: string) => (typed ? `${posting}\n${typed}` : posting));
  };

  const onPaste = async (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const lines = splitLines(e.clipboardData.getData('text/plain'));
    if (lines.length < 2) return;
    e.preventDefault();
    const confirmed = await useUi.getState().ask({
      title: message('board.pasteQuestion', { count: lines.length }),
      message: message('board.pasteExplained', { count: lines.length, lane: title }),
      confirmLabel: message('board.pasteConfirm', { count: lines.length }),
    });
    if (confirmed) await post(lines);
  };

  const near = text.length > LIMITS.stickyText * 0.9;
  return (
    <div className="composer">
      <label htmlFor={id} className="visually-hidden">
        {t('board.composerLabel', { lane: title })}
      </label>
      <span id={`${id}-hint`} hidden>
        {t('board.composerPlaceholder')}
      </span>
      <textarea
        id={id}
        dir="auto"
        placeholder={focused ? undefined : t('board.composerPlaceholder')}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onChange={(e) => {
          setText(e.target.value);
          setError(undefined);
        }}
        onKeyDown={(e) => void onKeyDown(e)}
        onPaste={(e) => void onPaste(e)}
      />
      {(lane.kind === 'requirement' || lane.kind === 'parking') && (
        <div className="composer-options">
          {lane.kind === 'requirement' && (
            <>
              <select aria-label={t('board.typeOfNew', { lane: title })} value={type} onChange={(e) => setType(e.target.value as RequirementType)}>
                {REQUIREMENT_TYPES.map((type_) => (
                  <option key={type_} value={type_}>
                    {t(TYPE_KEYS[type_])}
                  </option>
                ))}
              </select>
              <select aria-label={t('board.lensOfNew', { lane: title })} value={lens} onChange={(e) => setLens(e.target.value as Lens | '')}>
                <option value="">{t('board.noLens')}</option>
                {LENSES.map((l) => (
                  <option key={l} value={l}>
                    {t(LENS_KEYS[l])}
                  </option>
                ))}
              </select>
            </>
          )}
          {lane.kind === 'parking' && (
            <select aria-label={t('board.writtenByLabel')} value={author} onChange={(e) => setAuthor(e.target.value as GroupId)}>
              {groupList.map((g) => (
                <option key={g.id} value={g.id}>
                  {t('board.writtenBy', { group: g.name })}
                </option>
              ))}
            </select>
          )}
        </div>
      )}
      {text && status === 'saved' && !near && !error && <p className="composer-saved">{t('board.draftKept')}</p>}
      {status === 'failed' && !error && (
        <p className="field-error" role="alert">
          {t('board.draftNotKept')}
        </p>
      )}
      {near && !error && (
        <p className="field-hint">
          {t('board.characters', { count: text.length, max: LIMITS.stickyText })}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
});
