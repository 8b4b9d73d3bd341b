import { useEffect, useRef } from 'react';
import { message, translatorFor } from '../../../shared/i18n';
import type { WorkshopBundle, WorkshopId } from '../../../shared/model';
import { roomViews } from '../../../shared/room/views';
import { answerRoomCommand, answerRoomPosts } from '../../actions';
import type { RoomCommandMessage } from '../../../shared/ipc';
import { ROOM_LIMITS } from '../../../shared/room/constants';
import type { RoomAnswer } from '../../../shared/room';
import { useWorkshopBundle } from '../../db';
import { desktop } from '../../platform';
import { useUi } from '../../state';
import { laneTitle } from '../board/laneTitle';

const FAILED: RoomAnswer = { ok: false, refusal: 'failed' };

/** Every window: keeps `roomStatus` in step with the room server (the room's window shows the code). */
export function useRoomStatus(): void {
  useEffect(() => {
    const setStatus = useUi.getState().setRoomStatus;
    const off = desktop.onRoomStatus(setStatus);
    void desktop.roomStatus().then(setStatus, () => undefined);
    return off;
  }, []);
}

/**
 * The facilitator's window, while room join runs: answers the phones' commands in the order they
 * came, one write at a time (so two phones never spend the same dot), posts that wait together in
 * one write; and publishes what each group's phones may see whenever the workshop changes.
 */
export function RoomHost() {
  const host = useUi((s) => s.roomHost);
  useEffect(() => {
    if (!host) return;
    const workshopId = host.workshopId as WorkshopId;
    const options = { askNames: host.askNames };
    const waiting: { message: RoomCommandMessage; came: number }[] = [];
    let working = false;
    let gone = false;
    const answer = (message: RoomCommandMessage, reply: RoomAnswer) => void desktop.answerRoomCommand(message.id, reply).catch(() => undefined);
    // A command that waited longer than the phone does has been answered "no answer" by the
    // server already: it is not written late (the person may well have tried again).
    const stale = (came: number) => Date.now() - came > ROOM_LIMITS.answerTimeoutMs;
    const next = (): RoomCommandMessage | undefined => {
      for (let item = waiting.shift(); item; item = waiting.shift()) {
        if (!stale(item.came)) return item.message;
        answer(item.message, FAILED);
      }
      return undefined;
    };
    const work = async () => {
      if (working) return;
      working = true;
      try {
        for (let message = next(); message && !gone; message = next()) {
          // Posts waiting together are written together; anything else, one at a time, in order.
          const posts = [message];
          while (message.command.kind === 'post' && waiting[0]?.message.command.kind === 'post') {
            const item = waiting.shift()!;
            if (stale(item.came)) answer(item.message, FAILED);
            else posts.push(item.message);
          }
          try {
            if (message.command.kind === 'post') {
              const replies = await answerRoomPosts(workshopId, posts.map((m) => m.command), options);
              posts.forEach((m, i) => answer(m, replies[i]!));
            } else answer(message, await answerRoomCommand(workshopId, message.command, options));
          } catch {
            // The storage failed under the command: the phone hears it, and the next one is tried.
            posts.forEach((m) => answer(m, FAILED));
          }
        }
      } finally {
        working = false;
      }
    };
    const off = desktop.onRoomCommand((message) => {
      waiting.push({ message, came: Date.now() });
      void work();
    });
    return () => {
      gone = true;
      off();
      for (const { message } of waiting.splice(0)) answer(message, FAILED);
    };
  }, [host]);
  return host ? <RoomPublisher workshopId={host.workshopId as WorkshopId} askNames={host.askNames} /> : null;
}

/** At most this often (ms): a burst of posts from sixty phones is one new view, not sixty. */
const PUBLISH_EVERY = 150;

function RoomPublisher({ workshopId, askNames }: { workshopId: WorkshopId; askNames: boolean }) {
  const bundle = useWorkshopBundle(workshopId);
  // Published once the server runs (it keeps nothing from before), then after every change.
  const running = useUi((s) => s.roomStatus.running);
  const last = useRef(0);
  const failing = useRef(false);
  useEffect(() => {
    if (!bundle || !running) return;
    const timer = window.setTimeout(
      () => {
        last.current = Date.now();
        publish(bundle, askNames).then(
          () => (failing.current = false),
          (error: unknown) => {
            // Said once, not at every change: the phones go on showing what they last had.
            if (failing.current) return;
            failing.current = true;
            useUi.getState().notify({ tone: 'error', message: message('room.publishFailed', { reason: error instanceof Error ? error.message : String(error) }) });
          },
        );
      },
      Math.max(0, last.current + PUBLISH_EVERY - Date.now()),
    );
    return () => window.clearTimeout(timer);
  }, [bundle, running, askNames]);
  return null;
}

function publish(bundle: WorkshopBundle, askNames: boolean): Promise<void> {
  // Phones speak the workshop's language, whatever this window's.
  const t = translatorFor(bundle.workshop.language);
  const groups = new Map(bundle.groups.map((g) => [g.id as string, g]));
  const views = roomViews(bundle, { askNames, laneTitle: (lane) => laneTitle(lane, groups, (key, values) => String(t(key, values))).title });
  return desktop.publishRoom(views);
}
