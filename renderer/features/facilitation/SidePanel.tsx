import { useState } from 'react';
import { byOrder } from '../../../shared/lib/order';
import type { WorkshopBundle } from '../../../shared/model';
import { useT } from '../../i18n';
import { AgendaPanel } from './AgendaPanel';
import { GuidePanel } from './GuidePanel';
import { NotesPanel } from './NotesPanel';
import { RoomPanel } from './RoomPanel';

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
  const [tab, setTab] = useState<Tab>('agenda');
  const phases = byOrder(bundle.phases);
  const phase = phases.find((p) => p.id === bundle.workshop.facilitation.currentPhaseId) ?? phases[0];
  return (
    <aside className="side-panel" aria-label={t('panel.label')}>
      <div role="tablist" aria-label={t('panel.label')} className="tabs">
        {TABS.map(({ id, key }) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`tabpanel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
              const step = (e.key === 'ArrowRight') === (document.dir !== 'rtl') ? 1 : -1;
              const next = TABS[(TABS.findIndex((x) => x.id === tab) + step + TABS.length) % TABS.length]!;
              setTab(next.id);
              document.getElementById(`tab-${next.id}`)?.focus();
            }}
          >
            {t(key)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab === 'agenda' && <AgendaPanel workshop={bundle.workshop} phases={phases} />}
        {tab === 'guide' && phase && (
          <>
            <h3>{t('panel.guideFor', { phase: phase.title })}</h3>
            <GuidePanel kind={phase.kind} />
          </>
        )}
        {tab === 'notes' && phase && <NotesPanel key={phase.id} workshop={bundle.workshop} phase={phase} />}
        {tab === 'room' && <RoomPanel bundle={bundle} />}
      </div>
    </aside>
  );
}
