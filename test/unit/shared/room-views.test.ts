import { describe, expect, it } from 'vitest';
import type { Group, PhaseKind, Sticky, Voter, WorkshopBundle } from '../../../shared/model';
import { PHASE_KINDS } from '../../../shared/model';
import { roomViews } from '../../../shared/room/views';
import { RoomViewsSchema, type PhoneView, type RoomViews } from '../../../shared/room/protocol';
import { HOSTILE_TEXTS } from '../../fixtures/hostile-text';
import { bundleIssues } from './helpers';
import { enterPhase, laneTitle, openDots, reveal, room, spotlight } from './room-support';

function views(bundle: WorkshopBundle, askNames = true): RoomViews {
  const out = roomViews(bundle, { askNames, laneTitle });
  // Strict: nothing beyond the schema, and every limit kept.
  expect(RoomViewsSchema.parse(out)).toEqual(out);
  return out;
}

const viewOf = (out: RoomViews, group: Group): PhoneView => {
  const view = out.views[group.id];
  if (!view) return expect.fail(`no view for ${group.name}`);
  return view;
};

/** Every text a group's phones are given, in any field. */
const everything = (view: PhoneView) => JSON.stringify(view);

const writingOf = (bundle: WorkshopBundle, group: Group) => bundle.stickies.filter((s) => s.kind !== 'parking' && s.authorGroupId === group.id);

/** The sample in every state a phone could see it in, one phase after another. */
const RUNNING: (PhaseKind | null)[] = [null, ...PHASE_KINDS.filter((k) => k !== 'custom')];

describe('roomViews', () => {
  it('gives each group, in order, the workshop, its group and the current phase', () => {
    const { bundle, dev, ops } = room();
    const before = views(bundle, false);
    expect(before.groups.map((g) => g.name)).toEqual(['Dev', 'Ops']);
    expect(Object.keys(before.views)).toEqual([dev.id, ops.id]);
    expect(before.askNames).toBe(false);
    expect(viewOf(before, dev)).toEqual({
      workshopTitle: bundle.workshop.title,
      language: 'en',
      group: { id: dev.id, name: 'Dev', colour: dev.colour, mark: dev.mark },
      phase: null,
      lanes: [],
      spotlight: null,
      round: null,
    });
    enterPhase(bundle, 'outmodel');
    const phase = bundle.phases.find((p) => p.kind === 'outmodel')!;
    expect(viewOf(views(bundle), ops).phase).toEqual({ kind: 'outmodel', title: phase.title, instructions: phase.instructions });
  });

  it('lists the open lanes with the group’s own writing and the parking lot, titled by the caller', () => {
    const { bundle, dev, ops, devAboutOps, parking, threat, audit } = room();
    enterPhase(bundle, 'outmodel');
    const view = viewOf(views(bundle), dev);
    expect(view.lanes.map((l) => [l.key, l.kind, l.title])).toEqual([
      [devAboutOps.key, 'outmodel', laneTitle(devAboutOps)],
      [parking.key, 'parking', laneTitle(parking)],
    ]);
    expect(view.lanes[0]!.items.map((i) => i.text)).toEqual(writingOf(bundle, dev).filter((s) => s.kind === 'outmodel').map((s) => s.text));
    expect(view.lanes[0]!.items[0]).toEqual({ id: threat.id, text: threat.text, authorName: null });
    // Ops parked it; the parking lot is everyone's.
    expect(view.lanes[1]!.items).toEqual([{ id: audit.id, text: audit.text, authorName: null }]);
    expect(viewOf(views(bundle), ops).lanes.map((l) => l.kind)).toEqual(['outmodel', 'parking']);
  });

  it.each(RUNNING)('never gives a group the other’s unrevealed writing (phase: %s)', (kind) => {
    const { bundle, dev, ops, devRequires, opsRequires, threat, runbook } = room();
    if (kind) enterPhase(bundle, kind, kind === 'presentation' ? dev : undefined);
    // Everything that could carry it: a spotlight on Dev's item, a round on everyone's lists.
    spotlight(bundle, dev, threat);
    openDots(bundle, [devRequires, opsRequires], { voters: 'everyone' });
    expect(bundleIssues(bundle)).toEqual([]);
    const out = views(bundle);
    for (const [reader, writer] of [
      [dev, ops],
      [ops, dev],
    ] as const) {
      const seen = everything(viewOf(out, reader));
      for (const s of writingOf(bundle, writer)) {
        expect(seen).not.toContain(s.id);
        expect(seen).not.toContain(s.text);
      }
    }
    expect(JSON.stringify(out.ballots)).toBe('{}');
    expect(everything(viewOf(out, ops))).not.toContain(threat.text);
    expect(everything(viewOf(out, dev))).not.toContain(runbook.text);
  });

  it('shows another group’s writing once it is revealed, where the group may use it', () => {
    const { bundle, dev, ops, opsRequires, threat, runbook } = room();
    openDots(bundle, [opsRequires], { voters: 'everyone' });
    enterPhase(bundle, 'presentation', dev);
    spotlight(bundle, dev, threat);
    expect(viewOf(views(bundle), dev).round).toBeNull();
    expect(viewOf(views(bundle), ops).spotlight).toBeNull();
    reveal(bundle, dev, ops);
    const out = views(bundle);
    expect(viewOf(out, dev).round?.items.map((i) => i.id)).toContain(runbook.id);
    expect(viewOf(out, ops).spotlight).toMatchObject({ stickyId: threat.id, text: threat.text, byGroup: 'Dev' });
  });

  it('spotlights only for the listening groups, with their own reaction', () => {
    const { bundle, dev, ops, threat } = room();
    reveal(bundle, dev);
    enterPhase(bundle, 'reactions');
    spotlight(bundle, dev, threat);
    expect(viewOf(views(bundle), dev).spotlight).toBeNull();
    expect(viewOf(views(bundle), ops).spotlight).toEqual({ stickyId: threat.id, text: threat.text, byGroup: 'Dev', verdict: null, reactionText: '' });
    bundle.reactions.push({ id: 'reaction:room-1' as never, workshopId: bundle.workshop.id, stickyId: threat.id, groupId: ops.id, verdict: 'reject', text: 'Untested ones are.', createdAt: bundle.workshop.createdAt });
    expect(viewOf(views(bundle), ops).spotlight).toMatchObject({ verdict: 'reject', reactionText: 'Untested ones are.' });
    enterPhase(bundle, 'agreement');
    expect(viewOf(views(bundle), ops).spotlight).toBeNull();
  });

  it('gives each group its open round and only the items it may dot', () => {
    const { bundle, dev, ops, devRequires, opsRequires, staging, signOff, runbook } = room();
    const round = openDots(bundle, [devRequires, opsRequires], { budget: 2, perItemCap: 1 });
    const out = views(bundle);
    expect(viewOf(out, dev).round).toEqual({
      id: round.id,
      budget: 2,
      perItemCap: 1,
      perPerson: false,
      items: writingOf(bundle, dev)
        .filter((s) => s.kind === 'requirement')
        .map((s) => ({ id: s.id, text: s.text, authorName: null })),
    });
    expect(viewOf(out, dev).round?.items.map((i) => i.id).slice(0, 2)).toEqual([staging.id, signOff.id]);
    expect(viewOf(out, ops).round?.items.map((i) => i.id)).toContain(runbook.id);
    round.voterKind = 'participant';
    expect(viewOf(views(bundle), ops).round?.perPerson).toBe(true);
    round.status = 'closed';
    expect(viewOf(views(bundle), ops).round).toBeNull();
  });

  it('keys ballots per voter, with each voter’s own dots in its open round only', () => {
    const { bundle, dev, ops, dana, yoni, avi, devRequires, opsRequires, staging, signOff, runbook } = room();
    const closed = openDots(bundle, [devRequires, opsRequires], { voterKind: 'participant', status: 'closed' });
    const open = openDots(bundle, [devRequires, opsRequires], { voterKind: 'participant' });
    const cast = (roundId: typeof open.id, voter: Voter, sticky: Sticky, count: number) =>
      bundle.votes.push({ id: `vote:room-${bundle.votes.length + 1}` as never, workshopId: bundle.workshop.id, roundId, stickyId: sticky.id, voter, count });
    const person = (p: typeof dana): Voter => ({ kind: 'participant', id: p.id });
    cast(open.id, person(dana), signOff, 2);
    cast(open.id, person(dana), staging, 1);
    cast(open.id, person(avi), runbook, 3);
    cast(closed.id, person(yoni), staging, 1);
    expect(bundleIssues(bundle)).toEqual([]);
    const out = views(bundle);
    expect(out.ballots).toEqual({
      [`participant:${dana.id}`]: { [staging.id]: 1, [signOff.id]: 2 },
      [`participant:${avi.id}`]: { [runbook.id]: 3 },
    });
    // Sorted keys, so equal workshops publish equal text.
    expect(Object.keys(out.ballots)).toEqual(Object.keys(out.ballots).sort());
    // The phones' views carry no dots at all.
    expect(everything(viewOf(out, dev))).not.toMatch(/"count"|vote:/);
    expect(everything(viewOf(out, ops))).not.toMatch(/"count"|vote:/);
    open.status = 'closed';
    expect(views(bundle).ballots).toEqual({});
  });

  it('is the same whatever order the tables were read in', () => {
    const { bundle, devRequires, opsRequires, dana, staging, signOff } = room();
    enterPhase(bundle, 'requirements');
    const round = openDots(bundle, [devRequires, opsRequires], { voterKind: 'participant' });
    bundle.votes.push(
      { id: 'vote:room-a' as never, workshopId: bundle.workshop.id, roundId: round.id, stickyId: signOff.id, voter: { kind: 'participant', id: dana.id }, count: 1 },
      { id: 'vote:room-b' as never, workshopId: bundle.workshop.id, roundId: round.id, stickyId: staging.id, voter: { kind: 'participant', id: dana.id }, count: 1 },
    );
    const shuffled: WorkshopBundle = { ...bundle, groups: [...bundle.groups].reverse(), stickies: [...bundle.stickies].reverse(), votes: [...bundle.votes].reverse(), phases: [...bundle.phases].reverse() };
    expect(JSON.stringify(views(shuffled))).toBe(JSON.stringify(views(bundle)));
  });

  it('shows no author names in an anonymous workshop', () => {
    const { bundle, dev, dana, threat } = room();
    enterPhase(bundle, 'outmodel');
    threat.authorName = dana.name;
    expect(viewOf(views(bundle), dev).lanes[0]!.items[0]!.authorName).toBe('Dana');
    bundle.workshop.settings.anonymous = true;
    expect(viewOf(views(bundle), dev).lanes[0]!.items[0]!.authorName).toBeNull();
  });

  it('passes hostile text through as text, unchanged', () => {
    const { bundle, dev, ops, threat, parking } = room();
    enterPhase(bundle, 'outmodel');
    const hostile = HOSTILE_TEXTS.filter((t) => t.trim().length > 0);
    bundle.stickies.push(
      ...hostile.map((text, i): Sticky => ({ ...threat, id: `sticky:hostile-${i}` as Sticky['id'], kind: 'parking', subjectGroupId: null, authorGroupId: ops.id, order: `b${String(i).padStart(3, '0')}`, text })),
    );
    expect(bundleIssues(bundle)).toEqual([]);
    const lane = viewOf(views(bundle), dev).lanes.find((l) => l.key === parking.key)!;
    expect(lane.items.map((i) => i.text).slice(-hostile.length)).toEqual(hostile);
  });
});
