import type { Group, Owner, Participant, PulseRating } from '../../../shared/model';
import { hasPrefix } from '../../../shared/lib/ids';

export { STATEMENT_KEYS } from '../../../shared/model';

export type When = PulseRating['when'];
export const WHENS: readonly When[] = ['before', 'after'];

/** The people of the workshop, in order: who may own a parking-lot item, who rates the pulse. */
export interface People {
  groups: readonly Group[];
  participants: readonly Participant[];
  groupById: ReadonlyMap<string, Group>;
}

/** An owner as a select's value: its id, whose prefix says whether it is a person or a group. */
export const ownerValue = (owner: Owner | null): string => owner?.id ?? '';

export function ownerFromValue(value: string): Owner | null {
  if (hasPrefix('participant', value)) return { kind: 'participant', id: value };
  if (hasPrefix('group', value)) return { kind: 'group', id: value };
  return null;
}

export const sameOwner = (a: Owner | null, b: Owner | null) => ownerValue(a) === ownerValue(b);

/** Who an owner is, for the screen; undefined when the person or group is no longer there. */
export function ownerIdentity(owner: Owner, people: People): { participant?: Participant; group: Group } | undefined {
  if (owner.kind === 'group') {
    const group = people.groupById.get(owner.id);
    return group && { group };
  }
  const participant = people.participants.find((p) => p.id === owner.id);
  const group = participant && people.groupById.get(participant.groupId);
  return participant && group ? { participant, group } : undefined;
}

/** An average or a change, to one decimal, in the reader's language. */
export function numberFormat(language: string, signed = false): Intl.NumberFormat {
  // The pseudo-locale is for finding untranslated text; numbers stay in English there.
  const locale = language === 'en-XA' ? 'en' : language;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: signed ? 'exceptZero' : 'auto' });
}
