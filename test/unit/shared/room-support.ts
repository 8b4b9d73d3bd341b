import type { Group, Lane, Participant, PhaseKind, Sticky, VotingRound, WorkshopBundle } from '../../../shared/model';
import type { PhoneIdentity } from '../../../shared/room/protocol';
import { groupNamed, laneOf, stickyWithText, votingRound } from '../../builders/board';
import { sample } from './helpers';

/**
 * The shipped sample for room-join tests (Dev and Ops, four Outmodel stickies and three
 * requirements each, one item parked by Ops), with the names a test needs.
 */
export function room() {
  const bundle = sample();
  const person = (name: string): Participant => {
    const found = bundle.participants.find((p) => p.name === name);
    if (!found) throw new Error(`the sample has no participant called ${name}`);
    return found;
  };
  return {
    bundle,
    dev: groupNamed(bundle, 'Dev'),
    ops: groupNamed(bundle, 'Ops'),
    dana: person('Dana'),
    yoni: person('Yoni'),
    avi: person('Avi'),
    devAboutOps: laneOf(bundle, 'outmodel', 'Dev', 'Ops'),
    opsAboutDev: laneOf(bundle, 'outmodel', 'Ops', 'Dev'),
    devRequires: laneOf(bundle, 'requirement', 'Dev', 'Ops'),
    opsRequires: laneOf(bundle, 'requirement', 'Ops', 'Dev'),
    parking: laneOf(bundle, 'parking'),
    // Dev's writing
    threat: stickyWithText(bundle, 'Treats every change'),
    staging: stickyWithText(bundle, 'Give us a self-service staging'),
    signOff: stickyWithText(bundle, 'Stop requiring a manual sign-off'),
    // Ops's writing
    velocity: stickyWithText(bundle, 'Is measured on velocity'),
    runbook: stickyWithText(bundle, 'Ship a runbook'),
    fridays: stickyWithText(bundle, 'Stop releasing late on Fridays'),
    audit: stickyWithText(bundle, 'Who owns the audit trail'),
  };
}

/** Makes the first phase of a kind current (for a presentation: the given group's), as `startPhase` would. */
export function enterPhase(bundle: WorkshopBundle, kind: PhaseKind, presenting?: Group): void {
  const phase = bundle.phases.find((p) => p.kind === kind && (!presenting || p.groupId === presenting.id));
  if (!phase) throw new Error(`the sample has no ${kind} phase`);
  const f = bundle.workshop.facilitation;
  f.currentPhaseId = phase.id;
  if (kind === 'presentation' && phase.groupId) {
    f.presentingGroupId = phase.groupId;
    f.spotlightStickyId = null;
  }
}

/** A group presents and one of its items is in the spotlight. */
export function spotlight(bundle: WorkshopBundle, presenting: Group, sticky: Sticky): void {
  bundle.workshop.facilitation.presentingGroupId = presenting.id;
  bundle.workshop.facilitation.spotlightStickyId = sticky.id;
}

export function reveal(bundle: WorkshopBundle, ...groups: Group[]): void {
  bundle.workshop.facilitation.revealedGroupIds = groups.map((g) => g.id);
}

/** A round of dots on lanes, opened by the facilitator (group voters, own list, 5 dots, 3 per item unless told). */
export function openDots(bundle: WorkshopBundle, lanes: readonly Lane[], overrides: Partial<VotingRound> = {}): VotingRound {
  const round = votingRound(bundle, `round:room-${bundle.rounds.length + 1}`, { laneKeys: lanes.map((l) => l.key), ...overrides });
  bundle.rounds.push(round);
  return round;
}

/** A phone of a group, named or not, as the server knows it from its session. */
export function phone(group: Group, person?: Participant): PhoneIdentity {
  return { groupId: group.id, name: person?.name ?? null, participantId: person?.id ?? null };
}

/** The renderer translates lane titles; the tests only need them recognisable. */
export const laneTitle = (lane: Lane) => `${lane.kind}: ${lane.key}`;
