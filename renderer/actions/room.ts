import type { RoomAnswer, RoomCommand } from '../../shared/room';
import { planCommand, type RoomPlan } from '../../shared/room/rules';
import type { BundleTable, WorkshopId } from '../../shared/model';
import { BOARD_TABLES, applyToState, emptyChange, postStickies, type BoardChange } from '../../shared/board';
import { newId } from '../../shared/lib/ids';
import { Refusal } from '../../shared/lib/refusal';
import { nowIso } from '../../shared/lib/time';
import { findOrAddParticipant, readBundle } from '../db';
import { runLanePost } from './board';
import { castDotAction, reactAction } from './meeting';
import { currentContext } from './registry';

/** Joining and posting depend on the groups and the phase only (the lanes come from them). */
const AGENDA_TABLES: readonly BundleTable[] = ['groups', 'phases'];

const failed: RoomAnswer = { ok: false, refusal: 'failed' };

function refusalOf(error: unknown): RoomAnswer {
  return error instanceof Refusal && error.reason.key === 'errors.stickyTooLong' ? { ok: false, refusal: 'tooLong' } : failed;
}

/**
 * A phone's command, decided and written by this window: the app (not the phone) says what the
 * phone's group may do now, from the data as it is at this moment; the write goes through the
 * same actions and board operations as the facilitator's own edits, but never into the
 * facilitator's undo history. Resolves once the write is committed, with the phone's answer.
 */
export async function answerRoomCommand(workshopId: WorkshopId, command: RoomCommand, options: { askNames: boolean }): Promise<RoomAnswer> {
  if (command.kind === 'post') return (await answerRoomPosts(workshopId, [command], options))[0]!;
  const bundle = await readBundle(workshopId, command.kind === 'join' ? AGENDA_TABLES : undefined);
  if (!bundle) return failed;
  const decided = planCommand(bundle, command, options);
  if (!decided.ok) return { ok: false, refusal: decided.refusal };
  const plan = decided.plan;
  const ctx = currentContext();
  try {
    switch (plan.kind) {
      case 'join':
        return { ok: true, participantId: plan.name ? await findOrAddParticipant(workshopId, plan.groupId, plan.name) : null };
      case 'react':
        await reactAction.perform({ workshopId, stickyId: plan.stickyId, groupId: plan.groupId, groupName: plan.groupName, verdict: plan.verdict, text: plan.text }, ctx);
        return { ok: true };
      case 'vote':
        await castDotAction.perform({ roundId: plan.roundId, voter: plan.voter, stickyId: plan.stickyId, delta: plan.delta }, ctx);
        return { ok: true };
      case 'post':
        return failed;
    }
  } catch (error) {
    return refusalOf(error);
  }
}

/**
 * Phones' posts that arrived together, each decided on its own, written in one transaction (a
 * burst from sixty phones is one write, not sixty): each lands after the last of its lane, in
 * the order they came. One answer per post, in order.
 */
export async function answerRoomPosts(workshopId: WorkshopId, commands: readonly RoomCommand[], options: { askNames: boolean }): Promise<RoomAnswer[]> {
  const bundle = await readBundle(workshopId, AGENDA_TABLES);
  if (!bundle) return commands.map(() => failed);
  const answers: RoomAnswer[] = [];
  const posts: { index: number; plan: Extract<RoomPlan, { kind: 'post' }> }[] = [];
  commands.forEach((command, index) => {
    const decided = planCommand(bundle, command, options);
    if (!decided.ok) answers[index] = { ok: false, refusal: decided.refusal };
    else if (decided.plan.kind === 'post') posts.push({ index, plan: decided.plan });
    else answers[index] = failed;
  });
  if (posts.length === 0) return answers;
  const now = nowIso();
  const postAll = (state: Parameters<typeof postStickies>[0]): BoardChange => {
    const total = emptyChange();
    let after = state;
    for (const { plan } of posts) {
      const change = postStickies(after, workshopId, plan.lane, [plan.text], plan.options, now, newId);
      after = applyToState(after, change);
      for (const table of BOARD_TABLES) {
        (total[table].put as unknown[]).push(...change[table].put);
        total[table].remove.push(...change[table].remove);
      }
    }
    return total;
  };
  try {
    await runLanePost(workshopId, null, posts.map(({ plan }) => plan.lane), postAll, undefined);
    for (const { index } of posts) answers[index] = { ok: true };
  } catch (error) {
    for (const { index } of posts) answers[index] = refusalOf(error);
  }
  return answers;
}
