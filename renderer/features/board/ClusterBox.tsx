import { memo, useEffect, useRef, useState } from 'react';
import { LIMITS, type Cluster, type Lane, type Sticky } from '../../../shared/model';
import { collapseClusterAction, perform, renameClusterAction, ungroupClusterAction } from '../../actions';
import { UserText } from '../../ui/UserText';
import { focusRequestHolds, useUi } from '../../state';
import { useT } from '../../i18n';
import { carryMark, useKeyboard } from '../../state/carry';
import { useBoard } from './context';
import type { DropZone } from './dnd';
import { StickyCard } from './StickyCard';

function TitleEditor({ cluster, onDone }: { cluster: Cluster; onDone: () => void }) {
  const { workshopId } = useBoard();
  const { t } = useT();
  const [title, setTitle] = useState(cluster.title);
  const done = useRef(false);
  // Read-only once saved: nothing typed after Enter is taken in and then dropped as it closes.
  const [saving, setSaving] = useState(false);
  const save = () => {
    if (done.current) return;
    done.current = true;
    setSaving(true);
    void perform(renameClusterAction, { workshopId, id: cluster.id, title: title.slice(0, LIMITS.line) }).then(onDone);
  };
  return (
    <input
      className="cluster-title-input"
      aria-label={t('board.clusterTitle')}
      dir="auto"
      autoFocus
      readOnly={saving}
      maxLength={LIMITS.line}
      placeholder={t('board.clusterTitlePlaceholder')}
      value={title}
      onChange={(e) => setTitle(e.target.value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') save();
        // Once saved, the editor closes when the title is stored, not before.
        if (e.key === 'Escape' && !done.current) {
          done.current = true;
          onDone();
        }
      }}
      onBlur={save}
    />
  );
}

/**
 * A titled group of stickies in one lane; drop a sticky on its header to add it. Its lane is the
 * drop target of the header too (`headerOver`: a sticky is carried over it), as of its stickies.
 */
export const ClusterBox = memo(function ClusterBox({
  cluster,
  members,
  lane,
  headerOver = false,
  dropAt = null,
}: {
  cluster: Cluster;
  members: readonly Sticky[];
  lane: Lane;
  headerOver?: boolean;
  dropAt?: { id: string; zone: DropZone } | null;
}) {
  const { workshopId, canWrite, t } = useBoard();
  const writable = canWrite(lane);
  const carry = useKeyboard((s) => carryMark(s, cluster.id));
  const [renaming, setRenaming] = useState(false);
  // A cluster just made by a drop asks for its title at once: it takes the request as its own
  // renaming, decided once as the request comes. Not if the person has gone on to type elsewhere
  // since the drop: then the request is let go, and their field keeps the focus.
  const justMade = useUi((s) => s.focusTarget === cluster.id);
  if (justMade && !renaming && focusRequestHolds()) setRenaming(true);
  useEffect(() => {
    if (justMade && !renaming) useUi.getState().requestFocus(null);
  }, [justMade, renaming]);
  const stopRenaming = () => {
    // The request goes first: the renaming it opened must not be taken up again as it closes.
    if (useUi.getState().focusTarget === cluster.id) useUi.getState().requestFocus(null);
    setRenaming(false);
  };
  const title = cluster.title || t('board.clusterUntitled');
  const bodyId = `cluster-body-${cluster.id}`;
  return (
    <li className={`cluster${cluster.collapsed ? ' collapsed' : ''}`} data-cluster-id={cluster.id} data-carry={carry} aria-label={t('a11y.cluster', { cluster: t('board.clusterLabel', { title }), count: members.length })}>
      <div className={`cluster-header${headerOver ? ' drop-into' : ''}`}>
        <button
          type="button"
          className="cluster-toggle"
          aria-expanded={!cluster.collapsed}
          aria-controls={bodyId}
          aria-label={t(cluster.collapsed ? 'board.clusterExpand' : 'board.clusterCollapse', { title })}
          onClick={() => void perform(collapseClusterAction, { workshopId, id: cluster.id, collapsed: !cluster.collapsed })}
        >
          {cluster.collapsed ? '▸' : '▾'}
        </button>
        {renaming ? (
          <TitleEditor cluster={cluster} onDone={stopRenaming} />
        ) : (
          <button type="button" className="cluster-title" disabled={!writable} onClick={() => setRenaming(true)} title={t('board.clusterRename')}>
            <UserText>{title}</UserText>
          </button>
        )}
        <span className="lane-count">
          <span aria-hidden="true">{members.length}</span>
          <span className="visually-hidden">{t('lanes.count', { count: members.length })}</span>
        </span>
        <button type="button" className="subtle" disabled={!writable} onClick={() => void perform(ungroupClusterAction, { workshopId, id: cluster.id })}>
          {t('board.ungroup')}
        </button>
      </div>
      {!cluster.collapsed && (
        <ul className="stickies" id={bodyId}>
          {members.map((s) => (
            <StickyCard key={s.id} sticky={s} lane={lane} showAuthor={lane.kind === 'parking'} dropZone={dropAt?.id === s.id ? dropAt.zone : null} />
          ))}
        </ul>
      )}
    </li>
  );
});
