import { z } from 'zod';
import { RoomCommandMessageSchema, RoomInterfaceSchema, RoomStatusSchema } from '../../shared/ipc';

/** What the preview server's room bridge may send (renderer/platform/browser-room.ts loads this when first needed). */
export const ServerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('reply'), id: z.number().int(), ok: z.boolean(), value: z.unknown().optional(), error: z.string().optional() }),
  z.object({ type: z.literal('status'), status: RoomStatusSchema }),
  z.object({ type: z.literal('command'), message: RoomCommandMessageSchema }),
]);

export const RoomInterfacesSchema = z.array(RoomInterfaceSchema);
export { RoomStatusSchema };
