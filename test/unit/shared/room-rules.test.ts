import { describe, expect, it } from 'vitest';
import type { GroupId, Lane, PhaseKind, RoundId, StickyId, Vote, Voter, WorkshopBundle } from '../../../shared/model';
import { openLanes, openRoundFor, spotlightFor } from '../../../shared/room/abilities';
import { planCommand, type RoomPlan } from '../../../shared/room/rules';
import { RoomCommandSchema, type PhoneIdentity, type PostRequest, type RoomCommand } from '../../../shared/room/protocol';
import { ROOM_REFUSALS } from '../../../shared/room/constants';
import { HOSTILE_TEXTS, TOO_LONG } from '../../fixtures/hostile-text';
import { enterPhase, openDots, phone, reveal, room, spotlight } from './room-support';

const keys = (lanes: readonly Lane[]) => lanes.map((l) => l.key);

function plan(bundle: WorkshopBundle, command: RoomCommand, askNames = true): RoomPlan {
  const verdict = planCommand(bundle, command, { askNames });
  if (!verdict.ok) return expect.fail(`refused: ${verdict.refusal}`);
  return verdict.plan;
}

function refusal(bundle: WorkshopBundle, command: RoomCommand, askNames = true): string {
  const verdict = planCommand(bundle, command, { askNames });
  if (verdict.ok) return expect.fail(`accepted: ${JSON.stringify(verdict.plan)}`);
  expect(ROOM_REFUSALS).toContain(verdict.refusal);
  return verdict.refusal;
}

const post = (who: PhoneIdentity, laneKey: string, text: string, extra: Partial<PostRequest> = {}): RoomCommand => ({ kind: 'post', who, request: { laneKey, text, ...extra } });
const reactTo = (who: PhoneIdentity, stickyId: StickyId, verdict: 'accept' | 'accept-if' | 'reject' | 'clarify' = 'accept', text = ''): RoomCommand => ({
  kind: 'react',
  who,
  request: { stickyId, verdict, text },
});
const dot = (who: PhoneIdentity, roundId: RoundId, stickyId: StickyId, delta: 1 | -1 = 1): RoomCommand => ({ kind: 'vote', who, request: { roundId, stickyId, delta } });
const votes = (bundle: WorkshopBundle, roundId: RoundId, voter: Voter, stickyId: StickyId, count: number): Vote => {
  const v: Vote = { id: `vote:room-${bundle.votes.length + 1}` as Vote['id'], workshopId: bundle.workshop.id, roundId, stickyId, voter, count };
  bundle.votes.push(v);
  return v;
};

describe('openLanes: where a group may post, by the current phase', () => {
  it('opens nothing before the workshop starts', () => {
    const { bundle, dev, ops } = room();
    expect(openLanes(bundle, dev.id)).toEqual([]);
    expect(openLanes(bundle, ops.id)).toEqual([]);
  });

  it('opens a group’s Outmodels (and Inmodel, when asked for) and the parking lot during the Outmodel phase', () => {
    const { bundle, dev, ops, devAboutOps, opsAboutDev, parking } = room();
    enterPhase(bundle, 'outmodel');
    expect(keys(openLanes(bundle, dev.id))).toEqual([devAboutOps.key, parking.key]);
    expect(keys(openLanes(bundle, ops.id))).toEqual([opsAboutDev.key, parking.key]);
    bundle.workshop.settings.includeInmodel = true;
    expect(keys(openLanes(bundle, dev.id))).toEqual([devAboutOps.key, `inmodel/${dev.id}/${dev.id}`, parking.key]);
  });

  it('opens a group’s requirements and the parking lot during the requirements phase', () => {
    const { bundle, dev, ops, devRequires, opsRequires, parking } = room();
    enterPhase(bundle, 'requirements');
    expect(keys(openLanes(bundle, dev.id))).toEqual([devRequires.key, parking.key]);
    expect(keys(openLanes(bundle, ops.id))).toEqual([opsRequires.key, parking.key]);
  });

  it.each<PhaseKind>(['stage', 'culture-map', 'presentation', 'reactions', 'agreement'])('opens only the parking lot during %s', (kind) => {
    const { bundle, dev, parking } = room();
    enterPhase(bundle, kind);
    expect(keys(openLanes(bundle, dev.id))).toEqual([parking.key]);
  });

  it('closes everything at the close, and for a group that does not exist', () => {
    const { bundle, dev } = room();
    enterPhase(bundle, 'close');
    expect(openLanes(bundle, dev.id)).toEqual([]);
    enterPhase(bundle, 'outmodel');
    expect(openLanes(bundle, 'group:gone' as GroupId)).toEqual([]);
  });
});

describe('planCommand: join', () => {
  it('joins an existing group, with the trimmed name only when the room asks for names', () => {
    const { bundle, dev } = room();
    expect(plan(bundle, { kind: 'join', groupId: dev.id, name: '  Dana  ' })).toEqual({ kind: 'join', groupId: dev.id, name: 'Dana' });
    expect(plan(bundle, { kind: 'join', groupId: dev.id, name: '   ' })).toEqual({ kind: 'join', groupId: dev.id, name: null });
    expect(plan(bundle, { kind: 'join', groupId: dev.id, name: 'Dana' }, false)).toEqual({ kind: 'join', groupId: dev.id, name: null });
  });

  it('refuses a group that does not exist, and a phone whose group was removed', () => {
    const { bundle, dev } = room();
    enterPhase(bundle, 'outmodel');
    expect(refusal(bundle, { kind: 'join', groupId: 'group:gone' as GroupId, name: null })).toBe('unknownGroup');
    expect(refusal(bundle, post({ ...phone(dev), groupId: 'group:gone' as GroupId }, 'parking', 'Hello'))).toBe('unknownGroup');
  });
});

describe('planCommand: post', () => {
  it('posts to an open lane of the group, as the group and the phone’s name', () => {
    const { bundle, dev, dana, devAboutOps } = room();
    enterPhase(bundle, 'outmodel');
    const command = post(phone(dev, dana), devAboutOps.key, '  Plans in quarters.  ', { requirementType: 'do-more', lens: 'lean' });
    expect(RoomCommandSchema.safeParse(command).success).toBe(true);
    expect(plan(bundle, command)).toEqual({
      kind: 'post',
      lane: devAboutOps,
      text: 'Plans in quarters.',
      // A type and a lens belong to requirements only.
      options: { authorGroupId: dev.id, authorName: 'Dana', requirementType: null, lens: null },
    });
  });

  it('keeps a requirement’s type and lens, and a parked item’s author group', () => {
    const { bundle, ops, opsRequires, parking } = room();
    enterPhase(bundle, 'requirements');
    const requirement = plan(bundle, post(phone(ops), opsRequires.key, 'Tell us before you scale.', { requirementType: 'do-more', lens: 'sharing' }));
    expect(requirement).toMatchObject({ lane: opsRequires, options: { authorGroupId: ops.id, authorName: null, requirementType: 'do-more', lens: 'sharing' } });
    expect(plan(bundle, post(phone(ops), parking.key, 'Budget?'))).toMatchObject({ lane: parking, options: { authorGroupId: ops.id } });
  });

  it('refuses another group’s lane, whatever the phase', () => {
    const { bundle, dev, ops, opsAboutDev, devRequires } = room();
    enterPhase(bundle, 'outmodel');
    expect(refusal(bundle, post(phone(dev), opsAboutDev.key, 'Sneaky'))).toBe('notYourLane');
    enterPhase(bundle, 'requirements');
    expect(refusal(bundle, post(phone(ops), devRequires.key, 'Sneaky'))).toBe('notYourLane');
  });

  it('refuses a lane of the group that the phase does not open, and a lane that does not exist', () => {
    const { bundle, dev, devAboutOps, devRequires, parking } = room();
    expect(refusal(bundle, post(phone(dev), parking.key, 'Too early'))).toBe('laneClosed');
    enterPhase(bundle, 'outmodel');
    expect(refusal(bundle, post(phone(dev), devRequires.key, 'Not yet'))).toBe('laneClosed');
    expect(refusal(bundle, post(phone(dev), `inmodel/${dev.id}/${dev.id}`, 'No Inmodels here'))).toBe('laneClosed');
    expect(refusal(bundle, post(phone(dev), 'outmodel/group:x/group:y', 'Nowhere'))).toBe('laneClosed');
    enterPhase(bundle, 'reactions');
    expect(refusal(bundle, post(phone(dev), devAboutOps.key, 'Too late'))).toBe('laneClosed');
    enterPhase(bundle, 'close');
    expect(refusal(bundle, post(phone(dev), parking.key, 'Closed'))).toBe('laneClosed');
  });

  it('refuses text over the limit (and empty text a caller failed to check)', () => {
    const { bundle, dev, devAboutOps } = room();
    enterPhase(bundle, 'outmodel');
    expect(refusal(bundle, post(phone(dev), devAboutOps.key, TOO_LONG))).toBe('tooLong');
    expect(refusal(bundle, post(phone(dev), devAboutOps.key, '   '))).toBe('failed');
    expect(plan(bundle, post(phone(dev), devAboutOps.key, 'y'.repeat(1000)))).toMatchObject({ kind: 'post' });
  });

  it('leaves the name off when the room asks for none, and in an anonymous workshop', () => {
    const { bundle, dev, dana, devAboutOps } = room();
    enterPhase(bundle, 'outmodel');
    expect(plan(bundle, post(phone(dev, dana), devAboutOps.key, 'Hi'), false)).toMatchObject({ options: { authorName: null } });
    bundle.workshop.settings.anonymous = true;
    expect(plan(bundle, post(phone(dev, dana), devAboutOps.key, 'Hi'))).toMatchObject({ options: { authorName: null } });
  });

  it('passes hostile text through as text, only trimmed', () => {
    const { bundle, dev, devAboutOps } = room();
    enterPhase(bundle, 'outmodel');
    for (const text of HOSTILE_TEXTS) expect(plan(bundle, post(phone(dev), devAboutOps.key, text))).toMatchObject({ kind: 'post', text: text.trim() });
  });
});

describe('planCommand: react', () => {
  it('lets a listening group react to the spotlighted item during a presentation and the reactions', () => {
    const { bundle, dev, ops, threat } = room();
    reveal(bundle, dev);
    enterPhase(bundle, 'presentation', dev);
    spotlight(bundle, dev, threat);
    expect(spotlightFor(bundle, ops.id)?.id).toBe(threat.id);
    expect(plan(bundle, reactTo(phone(ops), threat.id, 'reject', ' Untested ones are. '))).toEqual({
      kind: 'react',
      stickyId: threat.id,
      groupId: ops.id,
      groupName: 'Ops',
      verdict: 'reject',
      text: 'Untested ones are.',
    });
    enterPhase(bundle, 'reactions');
    expect(plan(bundle, reactTo(phone(ops), threat.id))).toMatchObject({ kind: 'react', verdict: 'accept', text: '' });
  });

  it('gives the presenting group nothing to react to, and says why when it tries', () => {
    const { bundle, dev, threat } = room();
    reveal(bundle, dev);
    enterPhase(bundle, 'presentation', dev);
    spotlight(bundle, dev, threat);
    expect(spotlightFor(bundle, dev.id)).toBeNull();
    expect(refusal(bundle, reactTo(phone(dev), threat.id))).toBe('notYourReaction');
  });

  it.each<PhaseKind>(['outmodel', 'requirements', 'agreement', 'close'])('has no spotlight during %s', (kind) => {
    const { bundle, dev, ops, threat } = room();
    reveal(bundle, dev);
    enterPhase(bundle, kind);
    spotlight(bundle, dev, threat);
    expect(spotlightFor(bundle, ops.id)).toBeNull();
    expect(refusal(bundle, reactTo(phone(ops), threat.id))).toBe('nothingToReact');
  });

  it('refuses before the workshop starts, without a spotlight, and for another item than the spotlighted one', () => {
    const { bundle, dev, ops, threat, staging } = room();
    reveal(bundle, dev);
    spotlight(bundle, dev, threat);
    expect(refusal(bundle, reactTo(phone(ops), threat.id))).toBe('nothingToReact');
    enterPhase(bundle, 'presentation', dev);
    expect(refusal(bundle, reactTo(phone(ops), threat.id))).toBe('nothingToReact');
    spotlight(bundle, dev, threat);
    expect(refusal(bundle, reactTo(phone(ops), staging.id))).toBe('nothingToReact');
  });

  it('keeps an unrevealed item out of the spotlight of the listeners', () => {
    const { bundle, dev, ops, threat } = room();
    enterPhase(bundle, 'presentation', dev);
    spotlight(bundle, dev, threat);
    expect(spotlightFor(bundle, ops.id)).toBeNull();
    expect(refusal(bundle, reactTo(phone(ops), threat.id))).toBe('nothingToReact');
  });

  it('spotlights only the presenting group’s own items', () => {
    const { bundle, dev, ops, velocity, audit } = room();
    reveal(bundle, dev, ops);
    enterPhase(bundle, 'presentation', dev);
    spotlight(bundle, dev, velocity);
    expect(spotlightFor(bundle, ops.id)).toBeNull();
    spotlight(bundle, ops, audit);
    expect(spotlightFor(bundle, dev.id)).toBeNull();
  });

  it('needs a reason to reject and a condition to accept-if', () => {
    const { bundle, dev, ops, threat } = room();
    reveal(bundle, dev);
    enterPhase(bundle, 'reactions');
    spotlight(bundle, dev, threat);
    expect(refusal(bundle, reactTo(phone(ops), threat.id, 'reject', '  '))).toBe('reactionNeedsText');
    expect(refusal(bundle, reactTo(phone(ops), threat.id, 'accept-if'))).toBe('reactionNeedsText');
    expect(plan(bundle, reactTo(phone(ops), threat.id, 'clarify'))).toMatchObject({ verdict: 'clarify' });
  });
});

describe('planCommand: vote', () => {
  it('spends a group’s dots on its own list, within the budget and the cap', () => {
    const { bundle, dev, devRequires, opsRequires, staging, signOff } = room();
    const round = openDots(bundle, [devRequires, opsRequires], { budget: 3, perItemCap: 2 });
    const group: Voter = { kind: 'group', id: dev.id };
    expect(plan(bundle, dot(phone(dev), round.id, staging.id))).toEqual({ kind: 'vote', roundId: round.id, voter: group, stickyId: staging.id, delta: 1 });
    votes(bundle, round.id, group, staging.id, 2);
    expect(refusal(bundle, dot(phone(dev), round.id, staging.id))).toBe('itemCapReached');
    expect(plan(bundle, dot(phone(dev), round.id, signOff.id))).toMatchObject({ delta: 1 });
    votes(bundle, round.id, group, signOff.id, 1);
    expect(refusal(bundle, dot(phone(dev), round.id, signOff.id))).toBe('budgetSpent');
    expect(plan(bundle, dot(phone(dev), round.id, staging.id, -1))).toMatchObject({ delta: -1 });
  });

  it('refuses to take back a dot that is not there', () => {
    const { bundle, dev, devRequires, staging, signOff } = room();
    const round = openDots(bundle, [devRequires]);
    votes(bundle, round.id, { kind: 'group', id: dev.id }, signOff.id, 1);
    expect(refusal(bundle, dot(phone(dev), round.id, staging.id, -1))).toBe('notInRound');
  });

  it('refuses items outside the round, or another group’s items in an own-list round', () => {
    const { bundle, dev, ops, devRequires, opsRequires, threat, runbook } = room();
    reveal(bundle, dev, ops);
    const round = openDots(bundle, [devRequires, opsRequires]);
    expect(refusal(bundle, dot(phone(dev), round.id, threat.id))).toBe('notInRound');
    expect(refusal(bundle, dot(phone(dev), round.id, runbook.id))).toBe('notInRound');
  });

  it('lets everyone vote on another group’s items only once they are revealed', () => {
    const { bundle, dev, ops, opsRequires, runbook } = room();
    const round = openDots(bundle, [opsRequires], { voters: 'everyone' });
    expect(openRoundFor(bundle, dev.id)).toBeNull();
    expect(refusal(bundle, dot(phone(dev), round.id, runbook.id))).toBe('noOpenRound');
    reveal(bundle, ops);
    expect(openRoundFor(bundle, dev.id)?.items.map((s) => s.id)).toContain(runbook.id);
    expect(plan(bundle, dot(phone(dev), round.id, runbook.id))).toMatchObject({ stickyId: runbook.id });
  });

  it('refuses when no round is open, the round is another, closed or counted by hand', () => {
    const { bundle, dev, devRequires, staging } = room();
    expect(refusal(bundle, dot(phone(dev), 'round:none' as RoundId, staging.id))).toBe('noOpenRound');
    const round = openDots(bundle, [devRequires]);
    expect(refusal(bundle, dot(phone(dev), 'round:other' as RoundId, staging.id))).toBe('noOpenRound');
    round.status = 'closed';
    expect(refusal(bundle, dot(phone(dev), round.id, staging.id))).toBe('noOpenRound');
    round.status = 'open';
    round.mode = 'tally';
    expect(refusal(bundle, dot(phone(dev), round.id, staging.id))).toBe('noOpenRound');
  });

  it('in a per-person round, needs a phone with a name of the group, and counts that person’s dots only', () => {
    const { bundle, dev, ops, dana, yoni, avi, devRequires, staging } = room();
    const round = openDots(bundle, [devRequires], { voterKind: 'participant', budget: 1, perItemCap: 1 });
    expect(refusal(bundle, dot(phone(dev), round.id, staging.id))).toBe('voteNeedsName');
    // A session claiming a person of another group, or one no longer in the attendance.
    expect(refusal(bundle, dot(phone(dev, avi), round.id, staging.id))).toBe('voteNeedsName');
    expect(refusal(bundle, dot({ groupId: dev.id, name: 'Gone', participantId: 'participant:gone' as typeof dana.id }, round.id, staging.id))).toBe('voteNeedsName');
    const danaVoter: Voter = { kind: 'participant', id: dana.id };
    expect(plan(bundle, dot(phone(dev, dana), round.id, staging.id))).toMatchObject({ voter: danaVoter });
    votes(bundle, round.id, danaVoter, staging.id, 1);
    expect(refusal(bundle, dot(phone(dev, dana), round.id, staging.id))).toBe('budgetSpent');
    // Yoni's budget is his own.
    expect(plan(bundle, dot(phone(dev, yoni), round.id, staging.id))).toMatchObject({ voter: { kind: 'participant', id: yoni.id } });
    expect(refusal(bundle, dot(phone(ops, avi), round.id, staging.id))).toBe('noOpenRound');
  });
});
