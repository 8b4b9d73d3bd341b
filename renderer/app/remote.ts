import { useEffect } from 'react';
import { z } from 'zod';
import type { WorkshopId } from '../../shared/model';
import { nextItemAction, perform, previousItemAction, toggleBlankAction, toggleFreezeAction } from '../actions';

/**
 * Keys pressed in the room's window (a presenter remote, or B for blank) belong to the
 * facilitator's commands: the room's window only passes them on, over a channel of this origin.
 */
const CHANNEL = 'outmodel-remote';

const RemoteCommandSchema = z.object({
  workshopId: z.string().regex(/^workshop:[A-Za-z0-9-]{1,64}$/),
  command: z.enum(['next-item', 'previous-item', 'blank', 'freeze']),
});
export type RemoteCommand = z.infer<typeof RemoteCommandSchema>;

export function sendRemote(command: RemoteCommand): void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(command);
  channel.close();
}

/** In the facilitator's window: carries out what the room's window passed on. */
export function useRemoteCommands(): void {
  useEffect(() => {
    const channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (event: MessageEvent) => {
      const parsed = RemoteCommandSchema.safeParse(event.data);
      if (!parsed.success) return;
      const args = { workshopId: parsed.data.workshopId as WorkshopId };
      const action = { 'next-item': nextItemAction, 'previous-item': previousItemAction, blank: toggleBlankAction, freeze: toggleFreezeAction }[parsed.data.command];
      void perform(action, args, { scope: args.workshopId });
    };
    return () => channel.close();
  }, []);
}

/** The keys the room's window passes on, and what they mean. */
export function remoteCommandFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): RemoteCommand['command'] | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case 'PageDown':
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
      return 'next-item';
    case 'PageUp':
    case 'ArrowLeft':
    case 'ArrowUp':
      return 'previous-item';
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    case 'f':
    case 'F':
      return 'freeze';
    default:
      return null;
  }
}
