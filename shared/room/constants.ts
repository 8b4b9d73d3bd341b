// Room join's constants, free of zod: the phone page imports these (and only types otherwise).

/** Room codes: six characters a person reads off a wall and types on a phone without mistakes. */
export const ROOM_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY347';
export const ROOM_CODE_LENGTH = 6;

/** The loopback interface: room join for this computer only (to try it out). */
export const LOOPBACK_ADDRESS = '127.0.0.1';

export const ROOM_LIMITS = {
  /** Largest request body a phone may send, in bytes. */
  bodyBytes: 8 * 1024,
  /** Requests a second, per session token and per address (bursts up to twice that). */
  perTokenPerSecond: 10,
  perAddressPerSecond: 50,
  /** Phones at once. */
  sessions: 500,
  /** How long a phone waits for the facilitator's window to commit, in ms. */
  answerTimeoutMs: 10_000,
} as const;

/** Why the window refused a command: a catalog key under `phone.refusals.`, shown on the phone. */
export const ROOM_REFUSALS = ['unknownGroup', 'laneClosed', 'notYourLane', 'tooLong', 'nothingToReact', 'notYourReaction', 'reactionNeedsText', 'noOpenRound', 'notInRound', 'budgetSpent', 'itemCapReached', 'voteNeedsName', 'failed'] as const;
export type RoomRefusal = (typeof ROOM_REFUSALS)[number];
