import { z } from 'zod';
import { ClusterSchema, StickySchema } from './board';
import { laneKeyOf } from './lanes';
import { message, type Message } from '../i18n';
import { PhaseSchema, PlacementSchema, ReactionSchema, VoteSchema, VotingRoundSchema } from './facilitation';
import { ActionItemSchema, AgreementSchema, DecisionSchema, PulseRatingSchema } from './outcomes';
import { GroupSchema, ParticipantSchema, WorkshopSchema } from './workshop';
import { BUNDLE_TABLES } from './bundle-tables';

const many = <T extends z.ZodType>(schema: T, max = 20000) => z.array(schema).max(max);

/**
 * Everything one workshop holds. It is the unit of the workshop file, of duplication, of
 * "Reset the sample" and of undoing a delete.
 */
export const WorkshopBundleSchema = z
  .object({
    workshop: WorkshopSchema,
    groups: z.array(GroupSchema).min(2).max(4),
    participants: many(ParticipantSchema, 1000),
    phases: many(PhaseSchema, 200),
    stickies: many(StickySchema),
    clusters: many(ClusterSchema),
    placements: many(PlacementSchema, 100),
    reactions: many(ReactionSchema),
    rounds: many(VotingRoundSchema, 200),
    votes: many(VoteSchema),
    agreements: many(AgreementSchema, 2000),
    decisions: many(DecisionSchema, 2000),
    actions: many(ActionItemSchema, 2000),
    pulses: many(PulseRatingSchema, 20000),
  })
  .superRefine((b, ctx) => {
    for (const problem of bundleIntegrityProblems(b)) ctx.addIssue({ code: 'custom', message: problem.key, params: problem.values });
  });
export type WorkshopBundle = z.infer<typeof WorkshopBundleSchema>;

export { BUNDLE_TABLES, type BundleTable } from './bundle-tables';
// Every table named is one of the bundle's.
BUNDLE_TABLES satisfies readonly (keyof WorkshopBundle)[];

type UncheckedBundle = Omit<WorkshopBundle, never>;

/** What is wrong with the references inside a bundle, as catalog messages; empty when it holds together. */
export function bundleIntegrityProblems(b: UncheckedBundle): Message[] {
  const problems: Message[] = [];
  const wid = b.workshop.id;
  const seen = new Set<string>([wid]);
  for (const table of BUNDLE_TABLES) {
    for (const record of b[table]) {
      if (record.workshopId !== wid) problems.push(message('integrity.otherWorkshop', { what: record.id }));
      if (seen.has(record.id)) problems.push(message('integrity.duplicateId', { what: record.id }));
      seen.add(record.id);
    }
  }
  const groupIds = new Set<string>(b.groups.map((g) => g.id));
  const names = new Set<string>();
  for (const g of b.groups) {
    const key = g.name.trim().toLocaleLowerCase();
    if (names.has(key)) problems.push(message('integrity.duplicateGroupName', { name: g.name }));
    names.add(key);
  }
  const group = (id: string | null, what: string) => {
    if (id !== null && !groupIds.has(id)) problems.push(message('integrity.missingGroup', { what }));
  };
  const participantIds = new Set<string>(b.participants.map((p) => p.id));
  const owner = (o: { kind: 'participant' | 'group'; id: string } | { kind: 'tally' } | null, what: string) => {
    if (!o || o.kind === 'tally') return;
    if (o.kind === 'group') group(o.id, what);
    else if (!participantIds.has(o.id)) problems.push(message('integrity.missingParticipant', { what }));
  };
  const clusterLanes = new Map<string, string>(b.clusters.map((c) => [c.id, laneKeyOf(c)]));
  const stickyIds = new Set<string>(b.stickies.map((s) => s.id));
  const roundIds = new Set<string>(b.rounds.map((r) => r.id));
  const agreementIds = new Set<string>(b.agreements.map((a) => a.id));
  const sticky = (id: string, what: string) => {
    if (!stickyIds.has(id)) problems.push(message('integrity.missingSticky', { what }));
  };

  for (const p of b.participants) group(p.groupId, p.id);
  for (const id of b.workshop.facilitation.revealedGroupIds) group(id, b.workshop.id);
  const current = b.workshop.facilitation.currentPhaseId;
  if (current !== null && !b.phases.some((p) => p.id === current)) problems.push(message('integrity.missingPhase', { what: b.workshop.id }));
  for (const p of b.phases) group(p.groupId, p.id);
  for (const s of b.stickies) {
    group(s.authorGroupId, s.id);
    group(s.subjectGroupId, s.id);
    owner(s.parkingOwner, s.id);
    if (s.clusterId !== null) {
      const lane = clusterLanes.get(s.clusterId);
      if (lane === undefined) problems.push(message('integrity.missingCluster', { what: s.id }));
      else if (lane !== laneKeyOf(s)) problems.push(message('integrity.clusterOtherLane', { what: s.id }));
    }
  }
  for (const c of b.clusters) {
    group(c.authorGroupId, c.id);
    group(c.subjectGroupId, c.id);
  }
  for (const p of b.placements) {
    group(p.groupId, p.id);
    group(p.subjectGroupId, p.id);
  }
  for (const r of b.reactions) {
    group(r.groupId, r.id);
    sticky(r.stickyId, r.id);
  }
  for (const v of b.votes) {
    sticky(v.stickyId, v.id);
    owner(v.voter, v.id);
    if (!roundIds.has(v.roundId)) problems.push(message('integrity.missingRound', { what: v.id }));
  }
  for (const r of b.rounds) {
    for (const id of r.stickyIds ?? []) sticky(id, r.id);
    if (r.parentRoundId !== null && !roundIds.has(r.parentRoundId)) problems.push(message('integrity.missingRound', { what: r.id }));
  }
  // The spotlight is a pointer, not a link: a deleted sticky simply leaves it empty.
  group(b.workshop.facilitation.presentingGroupId, b.workshop.id);
  for (const a of b.agreements) {
    for (const id of a.stickyIds) sticky(id, a.id);
    for (const answer of a.answers) group(answer.groupId, a.id);
  }
  for (const p of b.pulses) owner({ kind: 'participant', id: p.participantId }, p.id);
  for (const a of b.actions) {
    owner(a.owner, a.id);
    if (a.source?.kind === 'sticky') sticky(a.source.id, a.id);
    if (a.source?.kind === 'agreement' && !agreementIds.has(a.source.id)) {
      problems.push(message('integrity.missingAgreement', { what: a.id }));
    }
  }
  return problems;
}
