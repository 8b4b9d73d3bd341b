import { useId, useState } from 'react';
import { unresolvedParking } from '../../../shared/facilitation';
import { isIsoDate } from '../../../shared/lib/time';
import type { Owner, Sticky, WorkshopId } from '../../../shared/model';
import { perform, setParkingFollowUpAction } from '../../actions';
import { useT } from '../../i18n';
import { WorkshopDate } from '../../ui/dates';
import { GroupMark } from '../../ui/GroupMark';
import { UserText } from '../../ui/UserText';
import { ownerFromValue, ownerIdentity, ownerValue, sameOwner, type People } from './model';

const NEEDS_KEYS = {
  owner: 'close.needsOwner',
  date: 'close.needsDate',
  both: 'close.needsBoth',
} as const;

function needs(s: Sticky): keyof typeof NEEDS_KEYS {
  if (s.parkingOwner === null && s.followUpDate === null) return 'both';
  return s.parkingOwner === null ? 'owner' : 'date';
}

/** Who wrote a parking-lot item: its group's mark and name. */
function Author({ sticky, people }: { sticky: Sticky; people: People }) {
  const { t } = useT();
  const group = people.groupById.get(sticky.authorGroupId);
  if (!group) return null;
  return (
    <span className="parking-author">
      <GroupMark mark={group.mark} colour={group.colour} /> {t('close.writtenBy', { group: group.name })}
    </span>
  );
}

/** The owner, as read-only text. */
function OwnerName({ owner, people }: { owner: Owner; people: People }) {
  const { t } = useT();
  const who = ownerIdentity(owner, people);
  if (!who) return <span>{t('close.noOwner')}</span>;
  return (
    <span className="parking-owner-name">
      <GroupMark mark={who.group.mark} colour={who.group.colour} />{' '}
      {who.participant ? <UserText>{who.participant.name}</UserText> : t('close.wholeGroup', { group: who.group.name })}
    </span>
  );
}

/** The choice of owner: each group as a whole, then each of its participants. */
function OwnerSelect({ id, value, people, onChange }: { id: string; value: Owner | null; people: People; onChange: (owner: Owner | null) => void }) {
  const { t } = useT();
  return (
    <select id={id} dir="auto" value={ownerValue(value)} onChange={(e) => onChange(ownerFromValue(e.target.value))}>
      <option value="">{t('close.noOwner')}</option>
      {people.groups.map((g) => (
        <optgroup key={g.id} label={g.name}>
          <option value={g.id}>{t('close.wholeGroup', { group: g.name })}</option>
          {people.participants
            .filter((p) => p.groupId === g.id)
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.present ? p.name : t('close.absentName', { name: p.name })}
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}

/**
 * One parking-lot item, with its owner and follow-up date. The owner is saved when chosen; the date
 * when the field is left, so typing a date digit by digit saves it once.
 */
function ParkingRow({ workshopId, sticky, people, editable }: { workshopId: WorkshopId; sticky: Sticky; people: People; editable: boolean }) {
  const { t } = useT();
  const id = useId();
  const stored = sticky.followUpDate ?? '';
  const [date, setDate] = useState(stored);
  // An undo, or another window, changes the stored date: the field follows it.
  const [seen, setSeen] = useState(stored);
  if (seen !== stored) {
    setSeen(stored);
    setDate(stored);
  }
  // The date as typed so far, when it is one; a half-typed date leaves the stored one standing.
  const typedDate = date === '' ? null : isIsoDate(date) ? date : sticky.followUpDate;
  const save = (owner: Owner | null, followUpDate: string | null) => {
    if (sameOwner(owner, sticky.parkingOwner) && followUpDate === sticky.followUpDate) return;
    void perform(setParkingFollowUpAction, { workshopId, stickyId: sticky.id, owner, followUpDate });
  };
  const missing = sticky.parkingOwner === null || sticky.followUpDate === null;
  return (
    <li className={`parking-item${missing ? ' unresolved' : ''}`}>
      <div className="parking-what">
        <UserText as="p" className="parking-text">
          {sticky.text}
        </UserText>
        <Author sticky={sticky} people={people} />
      </div>
      {editable ? (
        <div className="parking-fields">
          <div className="field">
            <label htmlFor={`${id}-owner`}>{t('close.owner')}</label>
            <OwnerSelect id={`${id}-owner`} value={sticky.parkingOwner} people={people} onChange={(owner) => save(owner, typedDate)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-date`}>{t('close.followUpDate')}</label>
            <input
              id={`${id}-date`}
              type="date"
              value={date}
              onChange={(e) => setDate(e.target.value)}
              onBlur={() => save(sticky.parkingOwner, typedDate)}
            />
          </div>
        </div>
      ) : (
        <dl className="parking-fields">
          <div>
            <dt>{t('close.owner')}</dt>
            <dd>{sticky.parkingOwner ? <OwnerName owner={sticky.parkingOwner} people={people} /> : t('close.noOwner')}</dd>
          </div>
          <div>
            <dt>{t('close.followUpDate')}</dt>
            <dd>{sticky.followUpDate ? <WorkshopDate date={sticky.followUpDate} /> : t('close.noDate')}</dd>
          </div>
        </dl>
      )}
    </li>
  );
}

/** Every parking-lot item gets an owner and a follow-up date; what still lacks one is listed. */
export function ParkingLot({ workshopId, stickies, people, editable }: { workshopId: WorkshopId; stickies: readonly Sticky[]; people: People; editable: boolean }) {
  const { t } = useT();
  const unresolved = unresolvedParking(stickies);
  return (
    <section className="close-section" aria-labelledby="close-parking-title">
      <h3 id="close-parking-title">{t('close.parkingTitle')}</h3>
      <p className="field-hint">{t('close.parkingIntro')}</p>
      {stickies.length === 0 ? (
        <p className="empty">{t('close.parkingEmpty')}</p>
      ) : (
        <>
          <div className={`close-check ${unresolved.length ? 'warning' : 'done'}`} role="status">
            {unresolved.length > 0 ? (
              <>
                <p className="close-check-title">
                  <span aria-hidden="true">⚠ </span>
                  {t('close.unresolved', { count: unresolved.length })}
                </p>
                <ul>
                  {unresolved.map((s) => (
                    <li key={s.id}>
                      <UserText>{s.text}</UserText>: {t(NEEDS_KEYS[needs(s)])}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="close-check-title">
                <span aria-hidden="true">✓ </span>
                {t('close.resolved')}
              </p>
            )}
          </div>
          <ul className="parking-items" aria-label={t('close.parkingItems')}>
            {stickies.map((s) => (
              <ParkingRow key={s.id} workshopId={workshopId} sticky={s} people={people} editable={editable} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
