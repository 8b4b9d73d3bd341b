import { useMemo, useState } from 'react';
import type { Viewer } from '../../../shared/facilitation';
import type { Agreement } from '../../../shared/model';
import type { WorkshopView } from '../../db';
import { useT } from '../../i18n';
import { useUi } from '../../state';
import { Actions, type ActionStart } from './Actions';
import { AgreementCard } from './AgreementCard';
import { Decisions } from './Decisions';
import { NewAgreementForm } from './NewAgreementForm';
import { outcomesData, voteTotals } from './model';

/**
 * Step 7, Agreement: requirements paired into two-sided agreements ("Dev said / Ops said" side by
 * side, each side answering for itself), the chair's decisions, and the action items every
 * agreement becomes. In a group's view the group answers for itself and reads the rest.
 */
export function OutcomesView({ view, viewer }: { view: WorkshopView; viewer: Viewer }) {
  const { t } = useT();
  const zoom = useUi((s) => s.zoom);
  const groupId = viewer.kind === 'group' ? viewer.groupId : null;
  // The viewer is compared by what it is, not by object identity.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const data = useMemo(() => outcomesData(view, viewer), [view, viewer.kind, groupId]);
  const totals = useMemo(() => voteTotals(view.bundle, t), [view.bundle, t]);
  const [start, setStart] = useState<ActionStart | null>(null);
  const makeAction = (agreement: Agreement) => setStart({ nonce: (start?.nonce ?? 0) + 1, text: agreement.text, source: { kind: 'agreement', id: agreement.id } });

  return (
    <div className="outcomes" style={{ ['--zoom' as string]: String(zoom) }}>
      <header className="outcomes-header">
        <h2>{t('outcomes.title')}</h2>
        <p className="field-hint">{viewer.kind === 'group' ? t('outcomes.groupIntro') : t('outcomes.intro')}</p>
      </header>
      <section className="outcomes-section" aria-labelledby="outcomes-agreements">
        <h3 id="outcomes-agreements">{t('outcomes.agreementsTitle')}</h3>
        {data.agreements.length === 0 ? (
          <p className="empty">{t('outcomes.noAgreements')}</p>
        ) : (
          <div className="agreement-list">
            {data.agreements.map((a, i) => (
              <AgreementCard key={a.id} agreement={a} number={i + 1} data={data} totals={totals} onMakeAction={makeAction} />
            ))}
          </div>
        )}
        {data.facilitator && <NewAgreementForm data={data} totals={totals} />}
      </section>
      <Decisions data={data} />
      <Actions data={data} start={start} />
    </div>
  );
}
