import { useMemo } from 'react';
import type { Viewer } from '../../../shared/facilitation';
import { byOrder } from '../../../shared/lib/order';
import type { WorkshopView } from '../../db';
import { useT } from '../../i18n';
import { useUi } from '../../state';
import { CulturePulse } from './CulturePulse';
import { FollowUpMeeting } from './FollowUpMeeting';
import { ParkingLot } from './ParkingLot';
import type { People } from './model';

/**
 * The close of the workshop: every parking-lot item gets an owner and a follow-up date, the
 * follow-up meeting is set, and, if the facilitator wants it, a culture pulse before and after.
 * The facilitator edits all of it. A group's view reads the parking lot and the meeting, and rates
 * the pulse for that group's own people; the room's screen reads, and sees only group averages.
 */
export function CloseView({ view, viewer }: { view: WorkshopView; viewer: Viewer }) {
  const { t } = useT();
  const zoom = useUi((s) => s.zoom);
  const { workshop, groups, participants, stickies, pulses } = view.bundle;
  const people: People = useMemo(() => {
    const ordered = byOrder(groups);
    return { groups: ordered, participants: byOrder(participants), groupById: new Map(ordered.map((g) => [g.id as string, g])) };
  }, [groups, participants]);
  const parking = useMemo(() => byOrder(stickies.filter((s) => s.kind === 'parking')), [stickies]);
  const facilitator = viewer.kind === 'facilitator';
  const raterGroups = facilitator ? people.groups : viewer.kind === 'group' ? people.groups.filter((g) => g.id === viewer.groupId) : [];

  return (
    <section className="close" aria-labelledby="close-title" style={{ ['--zoom' as string]: String(zoom) }}>
      <header className="close-header">
        <h2 id="close-title">{t('close.title')}</h2>
        <p className="field-hint">{t('close.intro')}</p>
      </header>
      <ParkingLot workshopId={workshop.id} stickies={parking} people={people} editable={facilitator} />
      <FollowUpMeeting workshop={workshop} editable={facilitator} />
      <CulturePulse workshopId={workshop.id} pulses={pulses} people={people} raterGroups={raterGroups} />
    </section>
  );
}
