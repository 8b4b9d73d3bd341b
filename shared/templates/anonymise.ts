import type { WorkshopBundle } from '../model/bundle';
import { byOrder } from '../lib/order';

/**
 * A finished workshop with every person's name taken out: participants become "Dev 1",
 * "Dev 2"… (group name and number; their roles go too, a role can name a person), stickies lose
 * their signatures, and the chair, the facilitator and who decided each decision are left blank.
 * What people wrote in their stickies stays as written: the facilitator reads it first.
 */
export function anonymiseBundle(bundle: WorkshopBundle, participantLabel: (group: string, number: number) => string, now: string): WorkshopBundle {
  const groups = new Map(bundle.groups.map((g) => [g.id, g.name]));
  const numbers = new Map<string, number>();
  const participants = byOrder(bundle.participants).map((p) => {
    const n = (numbers.get(p.groupId) ?? 0) + 1;
    numbers.set(p.groupId, n);
    return { ...p, name: participantLabel(groups.get(p.groupId) ?? '?', n), role: '' };
  });
  return {
    ...bundle,
    workshop: {
      ...bundle.workshop,
      chair: '',
      facilitator: '',
      settings: { ...bundle.workshop.settings, anonymous: true, confidentiality: 'anonymised' },
      updatedAt: now,
    },
    participants,
    stickies: bundle.stickies.map((s) => (s.authorName === null ? s : { ...s, authorName: null })),
    decisions: bundle.decisions.map((d) => ({ ...d, decidedBy: '' })),
  };
}
