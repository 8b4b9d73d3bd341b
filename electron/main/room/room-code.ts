import { randomInt, timingSafeEqual } from 'node:crypto';
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '../../../shared/room';

/** A new room code: ROOM_CODE_LENGTH characters of ROOM_CODE_ALPHABET, from the system's CSPRNG. */
export function randomRoomCode(): string {
  return Array.from({ length: ROOM_CODE_LENGTH }, () => ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)]).join('');
}

/** Compares a phone's code with the room's in constant time; case and surrounding spaces do not matter. */
export function sameCode(given: string, code: string): boolean {
  const a = Buffer.from(given.trim().toUpperCase(), 'utf8');
  const b = Buffer.from(code, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
