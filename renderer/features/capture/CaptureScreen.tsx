import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Viewer } from '../../../shared/facilitation';
import { message } from '../../../shared/i18n';
import { byOrder } from '../../../shared/lib/order';
import type { Group, GroupId, WorkshopId } from '../../../shared/model';
import { useWorkshopView } from '../../db';
import { navigate } from '../../app/route';
import { useT } from '../../i18n';
import { useUi } from '../../state';
import { GroupMark } from '../../ui/GroupMark';
import { UserText } from '../../ui/UserText';
import { Board } from '../board';
import { RunBar } from '../facilitation';
import { WorkshopFrame } from '../workshop/WorkshopScreen';
import { pinDigest } from './pin';
import { DialogBackdrop } from '../../ui/DialogBackdrop';

/** Asks for the facilitator's PIN; only the right one leads out of a locked screen. */
function UnlockDialog({ workshopId, onClose }: { workshopId: WorkshopId; onClose: () => void }) {
  const { t } = useT();
  const id = useId();
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);
  return (
    <DialogBackdrop onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <form
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onSubmit={(e) => {
          e.preventDefault();
          const lock = useUi.getState().captureLock;
          void pinDigest(pin).then((digest) => {
            if (!lock || lock.pinDigest === digest) {
              useUi.getState().setCaptureLock(null);
              navigate({ name: 'workshop', id: workshopId });
            } else {
              setWrong(true);
              setPin('');
            }
          });
        }}
      >
        <h2 id={`${id}-title`}>{t('capture.unlockTitle')}</h2>
        <label className="field">
          <span className="field-label">{t('capture.pin')}</span>
          <input
            ref={field}
            type="password"
            inputMode="numeric"
            autoComplete="off"
            value={pin}
            aria-invalid={wrong || undefined}
            onChange={(e) => {
              setPin(e.target.value);
              setWrong(false);
            }}
          />
        </label>
        {wrong && (
          <p className="field-error" role="alert">
            {t('capture.wrongPin')}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            {t('capture.stay')}
          </button>
          <button type="submit" className="primary">
            {t('capture.unlock')}
          </button>
        </div>
      </form>
    </DialogBackdrop>
  );
}

/** Big, unmistakable: a participant finds their group by colour, mark and name. */
function GroupPicker({ groups, onPick }: { groups: readonly Group[]; onPick: (id: GroupId) => void }) {
  const { t } = useT();
  return (
    <main className="capture-picker" aria-labelledby="capture-pick-title">
      <h1 id="capture-pick-title">{t('capture.pickTitle')}</h1>
      <p className="capture-hint">{t('capture.pickHint')}</p>
      <div className="capture-groups">
        {groups.map((g) => (
          <button key={g.id} type="button" className="capture-group" style={{ borderColor: g.colour }} onClick={() => onPick(g.id)}>
            <GroupMark mark={g.mark} colour={g.colour} size={48} />
            <UserText>{g.name}</UserText>
          </button>
        ))}
      </div>
    </main>
  );
}

/**
 * The shared screen, handed to the participants: each picks a group, writes into that group's
 * lanes (others' private lanes show counts only, as always), and hands on. Nothing on it names who
 * wrote what. Facilitator controls are out of reach; with a lock, only the PIN leads out.
 */
export function CaptureScreen({ id }: { id: WorkshopId }) {
  const { t } = useT();
  const [groupId, setGroupId] = useState<GroupId | null>(null);
  const [leaving, setLeaving] = useState(false);
  const viewer = useMemo<Viewer>(() => (groupId ? { kind: 'group', groupId } : { kind: 'room' }), [groupId]);
  const view = useWorkshopView(id, viewer);
  const locked = useUi((s) => s.captureLock?.workshopId === id);

  const leave = async () => {
    if (locked) return setLeaving(true);
    const confirmed = await useUi.getState().ask({
      title: message('capture.leaveTitle'),
      message: message('capture.leaveExplained'),
      confirmLabel: message('capture.leaveConfirm'),
    });
    if (confirmed) navigate({ name: 'workshop', id });
  };

  return (
    <WorkshopFrame view={view}>
      {(v) => {
        const groups = byOrder(v.bundle.groups);
        const group = groups.find((g) => g.id === groupId);
        return (
          <div className="screen capture" style={group ? { borderTopColor: group.colour } : undefined}>
            <header className="workshop-header capture-header">
              <div className="workshop-heading">
                {group ? (
                  <p className="group-view-badge">
                    <GroupMark mark={group.mark} colour={group.colour} size={28} /> {t('capture.writingAs', { group: group.name })}
                  </p>
                ) : (
                  <p className="group-view-badge">{t('capture.badge')}</p>
                )}
                <h1>
                  <UserText>{v.bundle.workshop.title}</UserText>
                </h1>
              </div>
              <div className="header-actions">
                {group && (
                  <button type="button" className="primary big" onClick={() => setGroupId(null)}>
                    {t('capture.done')}
                  </button>
                )}
                <button type="button" className="subtle" onClick={() => void leave()}>
                  {locked ? t('capture.lockedLeave') : t('capture.leave')}
                </button>
              </div>
            </header>
            <RunBar workshop={v.bundle.workshop} phases={v.bundle.phases} controls={false} />
            {group ? (
              <main>
                <Board view={v} viewer={viewer} />
              </main>
            ) : (
              <GroupPicker groups={groups} onPick={setGroupId} />
            )}
            {leaving && <UnlockDialog workshopId={id} onClose={() => setLeaving(false)} />}
          </div>
        );
      }}
    </WorkshopFrame>
  );
}
