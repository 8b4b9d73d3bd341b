import { useState } from 'react';
import type { WorkshopSummary } from '../../db';
import { anonymiseWorkshopAction, deleteForGoodAction, deleteWorkshopAction, duplicateWorkshopAction, perform, renameWorkshopAction } from '../../actions';
import { message } from '../../../shared/i18n';
import { useUi } from '../../state';
import { hrefFor, navigate } from '../../app/route';
import { useT } from '../../i18n';
import { useChangedSince } from '../../ui/changed-since';
import { GroupMark } from '../../ui/GroupMark';
import { UserText } from '../../ui/UserText';
import { WorkshopDate } from '../../ui/dates';
import { LIMITS } from '../../../shared/model';

function RenameField({ summary, onDone }: { summary: WorkshopSummary; onDone: () => void }) {
  const { t } = useT();
  const [title, setTitle] = useState(summary.workshop.title);
  const [error, setError] = useState<string>();
  const id = `rename-${summary.workshop.id}`;
  const changes = useChangedSince();
  const save = async () => {
    const trimmed = title.trim();
    if (!trimmed) return setError(t('validation.titleRequired'));
    if (trimmed.length > LIMITS.title) return setError(t('validation.titleTooLong', { max: LIMITS.title }));
    const changedSince = changes.mark();
    await perform(renameWorkshopAction, { id: summary.workshop.id, title: trimmed });
    // Closes once renamed, unless the title was changed meanwhile (that change is still to save).
    if (!changedSince()) onDone();
  };
  return (
    <form
      className="rename"
      onInput={changes.onInput}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('library.newTitle')}
      </label>
      <input
        id={id}
        value={title}
        autoFocus
        dir="auto"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setTitle(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && onDone()}
      />
      <button type="submit" className="primary">
        {t('library.save')}
      </button>
      <button type="button" onClick={onDone}>
        {t('library.cancel')}
      </button>
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

/** One workshop in the library, with what a facilitator does to it. */
export function WorkshopCard({ summary }: { summary: WorkshopSummary }) {
  const { t } = useT();
  const { workshop, groups, stickyCount } = summary;
  const [renaming, setRenaming] = useState(false);
  const titleId = `title-${workshop.id}`;
  /** The facilitator's duty of care: both are for good, so both ask first, naming the workshop. */
  const confirmThen = async (what: 'anonymise' | 'deleteForGood') => {
    const title = workshop.title;
    const confirmed = await useUi.getState().ask(
      what === 'anonymise'
        ? { title: message('library.anonymiseQuestion', { title }), message: message('library.anonymiseExplained'), confirmLabel: message('library.anonymise'), danger: true }
        : { title: message('library.deleteForGoodQuestion', { title }), message: message('library.deleteForGoodExplained'), confirmLabel: message('library.deleteForGood'), danger: true },
    );
    if (confirmed) await perform(what === 'anonymise' ? anonymiseWorkshopAction : deleteForGoodAction, { id: workshop.id });
  };

  return (
    <li className="workshop-card" aria-labelledby={titleId}>
      <div className="workshop-card-main">
        {renaming ? (
          <RenameField summary={summary} onDone={() => setRenaming(false)} />
        ) : (
          <h2 id={titleId}>
            <a href={hrefFor({ name: 'workshop', id: workshop.id })}>
              <UserText>{workshop.title}</UserText>
            </a>
            {workshop.sample && <span className="badge">{t('library.sample')}</span>}
          </h2>
        )}
        <p className="workshop-meta">
          <WorkshopDate date={workshop.date} />
          {workshop.location && (
            <>
              {' · '}
              <UserText>{workshop.location}</UserText>
            </>
          )}
          {stickyCount !== null && (
            <>
              {' · '}
              <span>{t('library.stickyCount', { count: stickyCount })}</span>
            </>
          )}
        </p>
        <ul className="group-list" aria-label={t('library.groups')}>
          {groups.map((g) => (
            <li key={g.id} className="group-chip" style={{ borderColor: g.colour }}>
              <GroupMark mark={g.mark} colour={g.colour} />
              <UserText>{g.name}</UserText>
            </li>
          ))}
        </ul>
      </div>
      <div className="workshop-card-actions">
        <button type="button" className="primary" onClick={() => navigate({ name: 'workshop', id: workshop.id })}>
          {t('library.open')}
        </button>
        <button type="button" onClick={() => navigate({ name: 'details', id: workshop.id })}>
          {t('library.editDetails')}
        </button>
        <button type="button" onClick={() => setRenaming(true)} disabled={renaming}>
          {t('library.rename')}
        </button>
        <button type="button" onClick={() => void perform(duplicateWorkshopAction, { id: workshop.id })}>
          {t('library.duplicate')}
        </button>
        <button type="button" className="danger" onClick={() => void perform(deleteWorkshopAction, { id: workshop.id })}>
          {t('library.delete')}
        </button>
        <details className="card-more">
          <summary>{t('library.more')}</summary>
          <div className="card-more-actions">
            <button type="button" onClick={() => void confirmThen('anonymise')}>
              {t('library.anonymise')}
            </button>
            <button type="button" className="danger" onClick={() => void confirmThen('deleteForGood')}>
              {t('library.deleteForGood')}
            </button>
          </div>
        </details>
      </div>
    </li>
  );
}
