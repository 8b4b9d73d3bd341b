import { beforeEach, describe, expect, it } from 'vitest';
import { deriveLanes, type GroupId, type WorkshopId } from '../../shared/model';
import { SAMPLE_WORKSHOP_ID } from '../../shared/templates';
import { byOrder } from '../../shared/lib/order';
import type { PhoneIdentity, RoomCommand } from '../../shared/room';
import { answerRoomCommand, answerRoomPosts, perform, startPhaseAction } from '../../renderer/actions';
import { db, ensureSampleSeeded, readBundle } from '../../renderer/db';
import { useHistory, useUi } from '../../renderer/state';

const W = SAMPLE_WORKSHOP_ID as WorkshopId;
const ctx = { scope: W };

async function setUp() {
  const bundle = (await readBundle(W))!;
  const group = (name: string) => bundle.groups.find((g) => g.name === name)!.id as GroupId;
  const lanes = deriveLanes(bundle.groups, bundle.workshop.settings);
  const lane = (kind: string, author: string) => lanes.find((l) => l.kind === kind && l.authorGroupId === group(author))!;
  const startPhase = async (kind: string) => {
    const phase = byOrder(bundle.phases).find((p) => p.kind === kind)!;
    await perform(startPhaseAction, { workshopId: W, phaseId: phase.id, title: phase.title }, ctx);
  };
  return { dev: group('Dev'), ops: group('Ops'), lane, startPhase };
}

const phone = (groupId: GroupId, name: string | null = null, participantId: PhoneIdentity['participantId'] = null): PhoneIdentity => ({ groupId, name, participantId });
const stickies = () => db.stickies.where('workshopId').equals(W).toArray();

beforeEach(async () => {
  await ensureSampleSeeded('en');
  useUi.setState({ scope: W });
  useHistory.setState({ history: {} });
});

describe('a phone’s command, decided and written by the facilitator’s window', () => {
  it('adds a named phone to its group’s attendance once, whatever the case and spacing of the name', async () => {
    const { dev } = await setUp();
    const before = (await db.participants.where('workshopId').equals(W).count());
    const first = await answerRoomCommand(W, { kind: 'join', groupId: dev, name: 'Noa Levi' }, { askNames: true });
    expect(first).toMatchObject({ ok: true });
    const again = await answerRoomCommand(W, { kind: 'join', groupId: dev, name: '  noa   LEVI ' }, { askNames: true });
    expect(again).toEqual(first);
    const added = await db.participants.get((first as { participantId: string }).participantId as never);
    expect(added).toMatchObject({ name: 'Noa Levi', groupId: dev, present: true });
    expect(await db.participants.where('workshopId').equals(W).count()).toBe(before + 1);
    // Without names asked, a phone is nobody in particular: nothing is added.
    expect(await answerRoomCommand(W, { kind: 'join', groupId: dev, name: 'Someone' }, { askNames: false })).toEqual({ ok: true, participantId: null });
    expect(await db.participants.where('workshopId').equals(W).count()).toBe(before + 1);
  });

  it('posts only to a lane the phase opens for the phone’s group, as the group, never into the facilitator’s undo', async () => {
    const { dev, ops, lane, startPhase } = await setUp();
    const post = (groupId: GroupId, key: string, text: string): RoomCommand => ({ kind: 'post', who: phone(groupId, 'Noa'), request: { laneKey: key, text } });
    const count = (await stickies()).length;
    // Before the workshop starts nothing is open.
    expect(await answerRoomCommand(W, post(dev, lane('outmodel', 'Dev').key, 'Too early'), { askNames: true })).toEqual({ ok: false, refusal: 'laneClosed' });
    await startPhase('outmodel');
    const history = useHistory.getState().history;
    expect(await answerRoomCommand(W, post(dev, lane('outmodel', 'Dev').key, 'Ops waits for the change board'), { askNames: true })).toEqual({ ok: true });
    expect(await answerRoomCommand(W, post(ops, lane('outmodel', 'Dev').key, 'Not theirs to write'), { askNames: true })).toEqual({ ok: false, refusal: 'notYourLane' });
    expect(await answerRoomCommand(W, post(dev, lane('requirement', 'Dev').key, 'Not yet'), { askNames: true })).toEqual({ ok: false, refusal: 'laneClosed' });
    const written = (await stickies()).filter((s) => s.text === 'Ops waits for the change board');
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({ authorGroupId: dev, authorName: 'Noa', kind: 'outmodel' });
    expect((await stickies()).length).toBe(count + 1);
    expect(useHistory.getState().history).toBe(history);
  });

  it('writes posts that came together in one go, each after the last of its lane in the order they came, and answers each', async () => {
    const { dev, ops, lane, startPhase } = await setUp();
    await startPhase('outmodel');
    const devLane = lane('outmodel', 'Dev').key;
    const opsLane = lane('outmodel', 'Ops').key;
    const post = (groupId: GroupId, key: string, text: string): RoomCommand => ({ kind: 'post', who: phone(groupId), request: { laneKey: key, text } });
    const answers = await answerRoomPosts(
      W,
      [post(dev, devLane, 'First from Dev'), post(ops, opsLane, 'First from Ops'), post(ops, devLane, 'Ops in Dev’s lane'), post(dev, devLane, 'Second from Dev')],
      { askNames: false },
    );
    expect(answers).toEqual([{ ok: true }, { ok: true }, { ok: false, refusal: 'notYourLane' }, { ok: true }]);
    const all = await stickies();
    const inDev = byOrder(all.filter((s) => s.authorGroupId === dev && s.kind === 'outmodel' && s.clusterId === null)).map((s) => s.text);
    expect(inDev.slice(-2)).toEqual(['First from Dev', 'Second from Dev']);
    expect(all.filter((s) => s.text === 'First from Ops')).toHaveLength(1);
    expect(all.some((s) => s.text === 'Ops in Dev’s lane')).toBe(false);
  });
});
