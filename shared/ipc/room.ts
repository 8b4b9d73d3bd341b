import { z } from 'zod';
import { RoomAnswerSchema, RoomCommandSchema, RoomStartSchema, RoomViewsSchema, type RoomInterface, type RoomStatus } from '../room/protocol';

/**
 * Room join across the IPC contract: the facilitator's window starts and stops the room server
 * in main, hears each phone's command and answers it, and publishes what phones may see; every
 * window hears the server's status (the room's window shows the code and the QR code).
 */
export const ROOM_CHANNELS = {
  interfaces: 'room:interfaces',
  start: 'room:start',
  stop: 'room:stop',
  status: 'room:status',
  publish: 'room:publish',
  answer: 'room:answer',
  /** Main → every app window: room join started or stopped, or its phones came and went. */
  statusChanged: 'room:status-changed',
  /** Main → the facilitator's window: a phone's command, to decide and write. */
  command: 'room:command',
} as const;

export const RoomInterfaceSchema = z.object({ name: z.string().max(200), address: z.string().max(64) }) satisfies z.ZodType<RoomInterface>;

export const RoomStatusSchema = z.discriminatedUnion('running', [
  z.object({ running: z.literal(false) }),
  z.object({
    running: z.literal(true),
    url: z.string().max(200),
    code: z.string().max(16),
    address: z.string().max(64),
    port: z.number().int().min(1).max(65535),
    phones: z.number().int().min(0),
  }),
]) satisfies z.ZodType<RoomStatus>;

/** A command in flight: its id comes back with the answer. */
export const RoomCommandMessageSchema = z.object({ id: z.string().min(1).max(64), command: RoomCommandSchema });
export type RoomCommandMessage = z.infer<typeof RoomCommandMessageSchema>;

export const RoomAnswerMessageSchema = z.object({ id: z.string().min(1).max(64), answer: RoomAnswerSchema });
export type RoomAnswerMessage = z.infer<typeof RoomAnswerMessageSchema>;

export { RoomStartSchema, RoomViewsSchema };
