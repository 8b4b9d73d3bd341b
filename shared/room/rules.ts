import type { PostOptions } from '../board/ops';
import type { GroupId, RoundId, StickyId } from '../model/common';
import { LIMITS } from '../model/common';
import type { Verdict, Voter } from '../model/facilitation';
import type { WorkshopBundle } from '../model/bundle';
import { deriveLanes, type Lane } from '../model/lanes';
import type { Group } from '../model/workshop';
import { reactionNeedsText } from '../facilitation/presentation';
import { dotsSpent, voterKey } from '../facilitation/voting';
import type { PhoneIdentity, RoomCommand } from './protocol';
import type { RoomRefusal } from './constants';
import { openLanes, openRoundFor, spotlightFor, spotlightOnStage } from './abilities';

/**
 * Whether a phone's command may be carried out now, and if so exactly what to write. The window
 * runs a plan through its ordinary actions (which check again) and only then answers the phone.
 * Nothing here trusts the phone: who it is comes from its session, what it may do from the
 * workshop.
 */

export type RoomPlan =
  | { kind: 'join'; groupId: GroupId; name: string | null }
  | { kind: 'post'; lane: Lane; text: string; options: PostOptions }
  | { kind: 'react'; stickyId: StickyId; groupId: GroupId; groupName: string; verdict: Verdict; text: string }
  | { kind: 'vote'; roundId: RoundId; voter: Voter; stickyId: StickyId; delta: 1 | -1 };

export type RoomVerdict = { ok: true; plan: RoomPlan } | { ok: false; refusal: RoomRefusal };

export interface RoomRuleOptions {
  /** Whether a phone gives its name at join. */
  askNames: boolean;
}

const refuse = (refusal: RoomRefusal): RoomVerdict => ({ ok: false, refusal });
const accept = (plan: RoomPlan): RoomVerdict => ({ ok: true, plan });

type Command<K extends RoomCommand['kind']> = Extract<RoomCommand, { kind: K }>;

function planPost(bundle: WorkshopBundle, who: PhoneIdentity, { request }: Command<'post'>, askNames: boolean): RoomVerdict {
  const lane = deriveLanes(bundle.groups, bundle.workshop.settings).find((l) => l.key === request.laneKey);
  if (!lane) return refuse('laneClosed');
  if (lane.authorGroupId !== null && lane.authorGroupId !== who.groupId) return refuse('notYourLane');
  if (!openLanes(bundle, who.groupId).some((l) => l.key === lane.key)) return refuse('laneClosed');
  const text = request.text.trim();
  // The server's schema already refuses empty text; this only guards a caller that skipped it.
  if (text.length === 0) return refuse('failed');
  if (text.length > LIMITS.stickyText) return refuse('tooLong');
  const requirement = lane.kind === 'requirement';
  const options: PostOptions = {
    authorGroupId: who.groupId,
    // Named only when the room asks for names, and never in an anonymous workshop.
    authorName: askNames && !bundle.workshop.settings.anonymous ? who.name : null,
    requirementType: requirement ? (request.requirementType ?? null) : null,
    lens: requirement ? (request.lens ?? null) : null,
  };
  return accept({ kind: 'post', lane, text, options });
}

function planReact(bundle: WorkshopBundle, group: Group, { request }: Command<'react'>): RoomVerdict {
  const spotlit = spotlightFor(bundle, group.id);
  if (!spotlit || spotlit.id !== request.stickyId) {
    // The presenting group's own item is on stage: the listeners react, not the presenters.
    const stage = spotlightOnStage(bundle);
    return refuse(stage && stage.presentingGroupId === group.id && stage.sticky.id === request.stickyId ? 'notYourReaction' : 'nothingToReact');
  }
  const text = request.text.trim();
  if (text.length > LIMITS.stickyText) return refuse('tooLong');
  if (reactionNeedsText(request.verdict) && text.length === 0) return refuse('reactionNeedsText');
  return accept({ kind: 'react', stickyId: spotlit.id, groupId: group.id, groupName: group.name, verdict: request.verdict, text });
}

function planVote(bundle: WorkshopBundle, who: PhoneIdentity, { request }: Command<'vote'>): RoomVerdict {
  const open = openRoundFor(bundle, who.groupId);
  if (!open || open.round.id !== request.roundId) return refuse('noOpenRound');
  const { round } = open;
  const sticky = open.items.find((s) => s.id === request.stickyId);
  if (!sticky) return refuse('notInRound');
  let voter: Voter;
  if (round.voterKind === 'participant') {
    // Each person holds dots: the phone must be a person of this group in the attendance.
    const person = who.participantId === null ? undefined : bundle.participants.find((p) => p.id === who.participantId);
    if (!person || person.groupId !== who.groupId) return refuse('voteNeedsName');
    voter = { kind: 'participant', id: person.id };
  } else {
    voter = { kind: 'group', id: who.groupId };
  }
  const key = voterKey(voter);
  const here = bundle.votes.filter((v) => v.roundId === round.id && v.stickyId === sticky.id && voterKey(v.voter) === key).reduce((n, v) => n + v.count, 0);
  if (request.delta > 0) {
    if (dotsSpent(bundle.votes, round.id, voter) + 1 > round.budget) return refuse('budgetSpent');
    if (here + 1 > round.perItemCap) return refuse('itemCapReached');
  } else if (here === 0) {
    return refuse('notInRound');
  }
  return accept({ kind: 'vote', roundId: round.id, voter, stickyId: sticky.id, delta: request.delta });
}

/** What a phone's command would write, or why it may not. */
export function planCommand(bundle: WorkshopBundle, command: RoomCommand, options: RoomRuleOptions): RoomVerdict {
  if (command.kind === 'join') {
    if (!bundle.groups.some((g) => g.id === command.groupId)) return refuse('unknownGroup');
    const name = options.askNames ? (command.name?.trim() ?? '') : '';
    return accept({ kind: 'join', groupId: command.groupId, name: name.length > 0 ? name : null });
  }
  const group = bundle.groups.find((g) => g.id === command.who.groupId);
  // The group a phone joined may have been removed since.
  if (!group) return refuse('unknownGroup');
  switch (command.kind) {
    case 'post':
      return planPost(bundle, command.who, command, options.askNames);
    case 'react':
      return planReact(bundle, group, command);
    case 'vote':
      return planVote(bundle, command.who, command);
  }
}
