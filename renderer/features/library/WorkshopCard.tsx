import { useState } from 'react';
import type { WorkshopSummary } from '../../db';
import { deleteWorkshopAction, duplicateWorkshopAction, perform, renameWorkshopAction } from '../../actions';
import { hrefFor, navigate } from '../../app/route';
import { GroupMark } from '../../ui/GroupMark';
import { UserText } from '../../ui/UserText';
import { formatWorkshopDate } from '../../ui/dates';
import { LIMITS } from '../../../shared/model';

function RenameField({ summary, onDone }: { summary: WorkshopSummary; onDone: () => void }) {
  const [title, setTitle] = useState(summary.workshop.title);
  const [error, setError] = useState<string>();
  const id = `rename-${summary.workshop.id}`;
  const save = async () => {
    const trimmed = title.trim();
    if (!trimmed) return setError('Give the workshop a title');
    if (trimmed.length > LIMITS.title) return setError(`A title holds at most ${LIMITS.title} characters`);
    await perform(renameWorkshopAction, { id: summary.workshop.id, title: trimmed });
    onDone();
  };
  return (
    <form
      className="rename"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        New title
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
        Save
      </button>
      <button type="button" onClick={onDone}>
        Cancel
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
  const { workshop, groups, stickyCount } = summary;
  const [renaming, setRenaming] = useState(false);
  const titleId = `title-${workshop.id}`;
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
            {workshop.sample && <span className="badge">Sample</span>}
          </h2>
        )}
        <p className="workshop-meta">
          <span>{formatWorkshopDate(workshop.date)}</span>
          {workshop.location && (
            <>
              {' · '}
              <UserText>{workshop.location}</UserText>
            </>
          )}
          {' · '}
          <span>{stickyCount === 1 ? '1 sticky' : `${stickyCount} stickies`}</span>
        </p>
        <ul className="group-list" aria-label="Groups">
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
          Open
        </button>
        <button type="button" onClick={() => navigate({ name: 'details', id: workshop.id })}>
          Edit details
        </button>
        <button type="button" onClick={() => setRenaming(true)} disabled={renaming}>
          Rename
        </button>
        <button type="button" onClick={() => void perform(duplicateWorkshopAction, { id: workshop.id })}>
          Duplicate
        </button>
        <button type="button" className="danger" onClick={() => void perform(deleteWorkshopAction, { id: workshop.id })}>
          Delete
        </button>
      </div>
    </li>
  );
}
