import { useMemo } from 'react';
import { byOrder } from '../../../shared/lib/order';
import type { WorkshopBundle } from '../../../shared/model';
import { useT } from '../../i18n';
import { AgendaPanel } from './AgendaPanel';
import { GuidePanel } from './GuidePanel';
import { NotesPanel } from './NotesPanel';
import { RoomPanel } from './RoomPanel';
import { ScreenPanel } from '../audience';
import { Tabs, tabPanelProps } from '../../ui/Tabs';
import { useUi } from '../../state';
import { usePaintedOnce } from '../../ui/first-paint';

type Tab = 'agenda' | 'guide' | 'notes' | 'room';
const TABS: readonly { id: Tab; key: string }[] = [
  { id: 'agenda', key: 'panel.agenda' },
  { id: 'guide', key: 'panel.guide' },
  { id: 'notes', key: 'panel.notes' },
  { id: 'room', key: 'panel.room' },
];

/** The facilitator's side of the screen: agenda, guide, private notes, and the room. Never shown to the room. */
export function SidePanel({ bundle }: { bundle: WorkshopBundle }) {
  const { t } = useT();
  const tab = useUi((s) => s.sideTab);
  const setTab = useUi((s) => s.setSideTab);
  // Kept while the phases do not change: the agenda is drawn again only when they, or the facilitation, do.
  const phases = useMemo(() => byOrder(bundle.phases), [bundle.phases]);
  const phase = phases.find((p) => p.id === bundle.workshop.facilitation.currentPhaseId) ?? phases[0];
  // The panel's content comes a frame after the board: a window's first screen is the board.
  const shown = usePaintedOnce();
  return (
    <aside className="side-panel" aria-label={t('panel.label')}>
      <Tabs label={t('panel.label')} tabs={TABS.map(({ id, key }) => ({ id, label: t(key) }))} current={tab} onChange={setTab} idPrefix="tab" className="tabs" />
      <div {...tabPanelProps('tab', tab)} className="tab-panel">
        {shown && tab === 'agenda' && <AgendaPanel workshop={bundle.workshop} phases={phases} />}
        {tab === 'guide' && phase && (
          <>
            <h3>{t('panel.guideFor', { phase: phase.title })}</h3>
            <GuidePanel kind={phase.kind} />
          </>
        )}
        {tab === 'notes' && phase && <NotesPanel key={phase.id} workshop={bundle.workshop} phase={phase} />}
        {tab === 'room' && (
          <>
            <ScreenPanel workshopId={bundle.workshop.id} />
            <RoomPanel bundle={bundle} />
          </>
        )}
      </div>
    </aside>
  );
}
