import { useState } from 'react';
import type { Viewer } from '../../../shared/facilitation';
import type { PhaseKind } from '../../../shared/model';
import type { WorkshopView } from '../../db';
import { useT } from '../../i18n';
import { Board } from '../board';
import { CultureMapView } from '../culture-map';
import { PresentationView } from '../presentation';
import { VotingView } from '../voting';
import { CloseView } from '../close';
import { OutcomesView } from '../outcomes';
import { Tabs, tabPanelProps } from '../../ui/Tabs';

type MainView = 'board' | 'culture' | 'presentation' | 'voting' | 'agreements' | 'close';
const VIEWS: readonly { id: MainView; key: string }[] = [
  { id: 'board', key: 'mainView.board' },
  { id: 'culture', key: 'mainView.cultureMap' },
  { id: 'presentation', key: 'mainView.presentation' },
  { id: 'voting', key: 'mainView.voting' },
  { id: 'agreements', key: 'mainView.agreements' },
  { id: 'close', key: 'mainView.close' },
];

/** What the current phase is about decides what the main area shows first. */
function viewFor(kind: PhaseKind | undefined): MainView {
  if (kind === 'culture-map') return 'culture';
  if (kind === 'presentation' || kind === 'reactions') return 'presentation';
  if (kind === 'agreement') return 'agreements';
  if (kind === 'close') return 'close';
  return 'board';
}

/**
 * The main area of a workshop: the board, the culture map, a presentation, or voting. It follows
 * the phase until the facilitator picks another view for this phase.
 */
export function MainViews({ view, viewer }: { view: WorkshopView; viewer: Viewer }) {
  const { t } = useT();
  const { workshop, phases } = view.bundle;
  const phase = phases.find((p) => p.id === workshop.facilitation.currentPhaseId);
  const [picked, setPicked] = useState<{ phaseId: string | null; view: MainView } | null>(null);
  const current = picked && picked.phaseId === (phase?.id ?? null) ? picked.view : viewFor(phase?.kind);
  const pick = (id: MainView) => setPicked({ phaseId: phase?.id ?? null, view: id });
  return (
    <>
      <Tabs label={t('mainView.label')} tabs={VIEWS.map(({ id, key }) => ({ id, label: t(key) }))} current={current} onChange={pick} idPrefix="main-tab" className="main-tabs" />
      <div {...tabPanelProps('main-tab', current)}>
        {current === 'board' && <Board view={view} viewer={viewer} />}
        {current === 'culture' && <CultureMapView view={view} viewer={viewer} />}
        {current === 'presentation' && <PresentationView view={view} viewer={viewer} />}
        {current === 'voting' && <VotingView view={view} viewer={viewer} />}
        {current === 'agreements' && <OutcomesView view={view} viewer={viewer} />}
        {current === 'close' && <CloseView view={view} viewer={viewer} />}
      </div>
    </>
  );
}
