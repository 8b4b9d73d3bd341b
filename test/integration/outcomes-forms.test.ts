import { describe, expect, it } from 'vitest';
import { clearedOf } from '../../renderer/features/outcomes/model';

describe('a new decision or action item, once saved', () => {
  const blank = { text: '', decidedBy: 'The CEO', rationale: '', deferred: false };
  const submitted = { text: 'Low-risk changes skip the board.', decidedBy: 'The CEO', rationale: 'The checks carry it.', deferred: false };

  it('clears the form when nothing was typed while it was saved', () => {
    expect(clearedOf(submitted, submitted, blank)).toEqual(blank);
  });

  it('keeps what was typed into the form while it was saved: the next one, begun at once', () => {
    const now = { ...submitted, text: 'A shared staging environment.', deferred: true };
    expect(clearedOf(now, submitted, blank)).toEqual({ text: 'A shared staging environment.', decidedBy: 'The CEO', rationale: '', deferred: true });
  });
});
