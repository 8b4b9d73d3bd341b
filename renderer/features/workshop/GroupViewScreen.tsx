import { useMemo } from 'react';
import type { Viewer } from '../../../shared/facilitation';
import { message } from '../../../shared/i18n';
import type { GroupId, WorkshopId } from '../../../shared/model';
import { useWorkshopView } from '../../db';
import { navigate } from '../../app/route';
import { useUi } from '../../state';
import { MainViews } from './MainViews';
import { RunBar } from '../facilitation';
import { GroupMark } from '../../ui/GroupMark';
import { UserText } from '../../ui/UserText';
import { useT } from '../../i18n';
import { WorkshopFrame, ZoomControls } from './WorkshopScreen';

/**
 * The board as one group sees it, for when the laptop or the shared screen is handed to that
 * group: its own lanes, the others' only once revealed. It has no way back to the library; only
 * the facilitator leaves it, after a confirmation the room can see is not theirs to give.
 */
export function GroupViewScreen({ id, groupId }: { id: WorkshopId; groupId: GroupId }) {
  const viewer = useMemo<Viewer>(() => ({ kind: 'group', groupId }), [groupId]);
  const view = useWorkshopView(id, viewer);
  const { t } = useT();
  const leave = async (name: string) => {
    const confirmed = await useUi.getState().ask({
      title: message('groupView.leaveTitle', { group: name }),
      message: message('groupView.leaveExplained'),
      confirmLabel: message('groupView.leaveConfirm'),
    });
    if (confirmed) navigate({ name: 'workshop', id });
  };
  return (
    <WorkshopFrame view={view}>
      {(v) => {
        const group = v.bundle.groups.find((g) => g.id === groupId);
        if (!group) return <p className="empty">{t('groupView.gone')}</p>;
        return (
          <div className="screen workshop group-view" style={{ borderTopColor: group.colour }}>
            <header className="workshop-header group-view-header">
              <div className="workshop-heading">
                <p className="group-view-badge">
                  <GroupMark mark={group.mark} colour={group.colour} size={22} /> {t('groupView.banner', { group: group.name })}
                </p>
                <h1>
                  <UserText>{v.bundle.workshop.title}</UserText>
                </h1>
              </div>
              <div className="header-actions">
                <ZoomControls />
                <button type="button" className="subtle" onClick={() => void leave(group.name)}>
                  {t('groupView.leave')}
                </button>
              </div>
            </header>
            <RunBar workshop={v.bundle.workshop} phases={v.bundle.phases} controls={false} />
            <main>
              <MainViews view={v} viewer={viewer} />
            </main>
          </div>
        );
      }}
    </WorkshopFrame>
  );
}
