import type { WorkshopBundle } from '../model';
import type { MinutesDocument, MinutesOptions, MinutesSection } from './document';
import { minutesContext } from './context';
import { buildAgenda, buildAttendance, buildHeader, buildNotes } from './build-header';
import { buildGroupSections, buildReactions, presentations } from './build-board';
import { buildCulture } from './build-culture';
import { buildActions, buildAgreements, buildDecisions, buildFollowUp, buildParking, buildPulse } from './build-outcomes';
import { phrase } from './phrase';

/**
 * The minutes of a workshop, for the room: what the room may see (private writing not yet
 * revealed is left out and counted; votes only as totals of closed rounds), in the workshop's own
 * language, with as much of the raw remarks as the confidentiality setting allows.
 */
export function buildMinutes(bundle: WorkshopBundle, options: MinutesOptions): MinutesDocument {
  const { confidentiality, includeNotes, now } = options;
  const ctx = minutesContext(bundle, confidentiality);
  const remarks = confidentiality !== 'agreements-only';
  const presented = remarks ? presentations(ctx) : new Map();
  const sections: (MinutesSection | null)[] = [
    buildAttendance(ctx),
    buildAgenda(ctx, now),
    remarks ? buildCulture(ctx) : null,
    ...(remarks ? buildGroupSections(ctx, includeNotes, presented) : []),
    remarks ? buildReactions(ctx, presented) : null,
    buildAgreements(ctx),
    buildDecisions(ctx),
    buildActions(ctx),
    buildParking(ctx),
    buildFollowUp(ctx),
    remarks ? buildPulse(ctx) : null,
    includeNotes ? buildNotes(ctx) : null,
  ];
  return {
    language: bundle.workshop.language,
    dir: ctx.dir,
    confidentiality,
    header: buildHeader(ctx, confidentiality, now, options.timeZone),
    sections: sections.filter((s): s is MinutesSection => s !== null),
    footer: phrase(ctx.t, 'minutes.footer'),
  };
}
