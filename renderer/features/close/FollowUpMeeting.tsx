import { useId } from 'react';
import type { Workshop } from '../../../shared/model';
import { perform, setFollowUpMeetingAction } from '../../actions';
import { useT } from '../../i18n';
import { formatWorkshopDate } from '../../ui/dates';
import { UserText } from '../../ui/UserText';
import { useStoredField } from '../../ui/stored-field';

type FollowUp = NonNullable<Workshop['followUp']>;
const EMPTY: FollowUp = { date: null, note: '' };

/** What the follow-up meeting is now, in one sentence, and its note where the form does not show it. */
function Summary({ followUp, withNote }: { followUp: Workshop['followUp']; withNote: boolean }) {
  const { t, language } = useT();
  // The pseudo-locale is for finding untranslated text; dates stay in English there.
  const locale = language === 'en-XA' ? 'en' : language;
  const text = !followUp ? t('close.meetingNotSet') : followUp.date ? t('close.meetingSet', { date: formatWorkshopDate(followUp.date, locale) }) : t('close.meetingNoDate');
  return (
    <>
      <p className={`close-check ${followUp?.date ? 'done' : 'pending'}`} role="status">
        {text}
      </p>
      {withNote && followUp?.note && (
        <UserText as="p" className="follow-up-note">
          {followUp.note}
        </UserText>
      )}
    </>
  );
}

/** The date and a note for the meeting where the groups check on what they agreed. */
export function FollowUpMeeting({ workshop, editable }: { workshop: Workshop; editable: boolean }) {
  const { t } = useT();
  const id = useId();
  const stored = workshop.followUp ?? EMPTY;
  // An undo, or another window, changes the stored meeting: each field follows it, unless it was
  // typed into since (while the meeting was saved, or not saved yet).
  const dateField = useStoredField(stored.date ?? '');
  const noteField = useStoredField(stored.note);
  const date = dateField.value;
  const note = noteField.value;
  const changed = date !== (stored.date ?? '') || note !== stored.note;
  const save = (followUp: Workshop['followUp']) => {
    dateField.settle();
    noteField.settle();
    void perform(setFollowUpMeetingAction, { workshopId: workshop.id, followUp });
  };

  return (
    <section className="close-section" aria-labelledby="close-meeting-title">
      <h3 id="close-meeting-title">{t('close.meetingTitle')}</h3>
      <p className="field-hint">{t('close.meetingIntro')}</p>
      <Summary followUp={workshop.followUp} withNote={!editable} />
      {editable && (
        <form
          className="follow-up-form"
          onSubmit={(e) => {
            e.preventDefault();
            // A half-typed date reads as none; the date field shows it so.
            save(date === '' && note.trim() === '' ? null : { date: date === '' ? null : date, note: note.trim() });
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-date`}>{t('close.meetingDate')}</label>
            <input
              id={`${id}-date`}
              type="date"
              value={date}
              onChange={(e) => dateField.edit(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-note`}>{t('close.meetingNote')}</label>
            <textarea
              id={`${id}-note`}
              dir="auto"
              rows={3}
              value={note}
              onChange={(e) => noteField.edit(e.target.value)}
            />
          </div>
          <div className="button-row">
            <button type="submit" className="primary" disabled={!changed}>
              {t('close.meetingSave')}
            </button>
            {workshop.followUp && (
              <button
                type="button"
                className="subtle"
                onClick={() => {
                  save(null);
                  dateField.settle('');
                  noteField.settle('');
                }}
              >
                {t('close.meetingClear')}
              </button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
