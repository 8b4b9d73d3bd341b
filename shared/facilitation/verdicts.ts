import type { Verdict } from '../model/facilitation';

/** Rejections need a reason and conditional acceptances their condition. Zod-free: the phones' page uses it too. */
export function reactionNeedsText(verdict: Verdict): boolean {
  return verdict === 'reject' || verdict === 'accept-if';
}
