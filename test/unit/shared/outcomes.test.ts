import { describe, expect, it } from 'vitest';
import {
  agreementSides,
  answerAgreement,
  createAgreement,
  pulseAverages,
  ratePulse,
  removeAgreement,
  saveAction,
  saveDecision,
  setParkingFollowUp,
  startsWithVerb,
  unresolvedParking,
  type ActionInput,
} from '../../../shared/facilitation';
import { StickyIsLinked, applyToState, invertChange, removeStickies, type BoardState } from '../../../shared/board';
import { WorkshopBundleSchema, type StickyId } from '../../../shared/model';
import { Refusal } from '../../../shared/lib/refusal';
import { boardOf, groupNamed, idCounter, minute, sortById, stickyWithText, withBoard } from '../../builders/board';
import { sample } from './helpers';

function setup() {
  const bundle = sample();
  return { bundle, state: boardOf(bundle), dev: groupNamed(bundle, 'Dev'), ops: groupNamed(bundle, 'Ops'), makeId: idCounter() };
}
const refusalKey = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof Refusal) return e.reason.key;
    throw e;
  }
  throw new Error('no refusal');
};

describe('agreements', () => {
  it('link requirements of both sides, and each side answers; "Dev said / Ops said" side by side', () => {
    const { bundle, state, dev, ops, makeId } = setup();
    const staging = stickyWithText(state, 'Give us a self-service staging');
    const runbook = stickyWithText(state, 'Ship a runbook');
    const made = createAgreement(state, bundle.workshop.id, [staging.id, runbook.id], 'We will ship runbooks if you give us staging.', minute(0), makeId);
    let s = applyToState(state, made.change);
    s = applyToState(s, answerAgreement(s, made.id, dev.id, 'accept-with-conditions', 'If staging matches production.'));
    s = applyToState(s, answerAgreement(s, made.id, ops.id, 'accept', ''));
    const agreement = s.agreements[0]!;
    const sides = agreementSides(agreement, s.stickies, [dev.id, ops.id]);
    expect(sides.map((side) => [side.groupId, side.stickies.map((x) => x.id), side.answer?.answer])).toEqual([
      [dev.id, [staging.id], 'accept-with-conditions'],
      [ops.id, [runbook.id], 'accept'],
    ]);
    expect(WorkshopBundleSchema.safeParse(withBoard(bundle, s)).success).toBe(true);
    // A side changes its mind: its answer is replaced, not added.
    s = applyToState(s, answerAgreement(s, made.id, ops.id, 'decline', 'We cannot staff it this quarter.'));
    expect(s.agreements[0]!.answers.filter((a) => a.groupId === ops.id)).toEqual([{ groupId: ops.id, answer: 'decline', text: 'We cannot staff it this quarter.' }]);
  });

  it('refuse one-sided links, non-requirements, empty text, and answers without their conditions or reasons', () => {
    const { bundle, state, dev, makeId } = setup();
    const devReqs = state.stickies.filter((x) => x.kind === 'requirement' && x.authorGroupId === dev.id).map((x) => x.id);
    const outmodel = stickyWithText(state, 'Treats every change');
    const opsReq = stickyWithText(state, 'Ship a runbook');
    expect(refusalKey(() => createAgreement(state, bundle.workshop.id, devReqs, 'x', minute(0), makeId))).toBe('errors.agreementNeedsBothSides');
    expect(refusalKey(() => createAgreement(state, bundle.workshop.id, [outmodel.id, opsReq.id], 'x', minute(0), makeId))).toBe('errors.agreementNeedsRequirements');
    expect(refusalKey(() => createAgreement(state, bundle.workshop.id, [devReqs[0]!, opsReq.id], '  ', minute(0), makeId))).toBe('errors.agreementNeedsText');
    const made = createAgreement(state, bundle.workshop.id, [devReqs[0]!, opsReq.id], 'We will…', minute(0), makeId);
    const s = applyToState(state, made.change);
    expect(refusalKey(() => answerAgreement(s, made.id, dev.id, 'accept-with-conditions', ''))).toBe('errors.conditionsNeeded');
    expect(refusalKey(() => answerAgreement(s, made.id, dev.id, 'decline', ' '))).toBe('errors.declineNeedsReason');
  });
});

describe('actions', () => {
  const input = (over: Partial<ActionInput> = {}): ActionInput => ({
    text: 'Set up a shared staging environment',
    owner: null,
    dueDate: '2026-04-01',
    status: 'open',
    definitionOfDone: 'Both teams deploy to it',
    source: null,
    ...over,
  });

  it('start with a verb, in English and in Hebrew', () => {
    expect(startsWithVerb('Set up staging', 'en')).toBe(true);
    expect(startsWithVerb('The staging environment', 'en')).toBe(false);
    expect(startsWithVerb('We will set up staging', 'en')).toBe(false);
    expect(startsWithVerb('להקים סביבת בדיקות', 'he')).toBe(true);
    expect(startsWithVerb('אנחנו נקים סביבה', 'he')).toBe(false);
  });

  it('need a verb, exactly one owner, a due date and a definition of done; they keep their link', () => {
    const { bundle, state, dev, makeId } = setup();
    const owner = { kind: 'group' as const, id: dev.id };
    expect(refusalKey(() => saveAction(state, bundle.workshop.id, null, input({ text: 'The staging' , owner }), 'en', minute(0), makeId))).toBe('errors.actionStartsWithVerb');
    expect(refusalKey(() => saveAction(state, bundle.workshop.id, null, input(), 'en', minute(0), makeId))).toBe('errors.actionNeedsOwner');
    expect(refusalKey(() => saveAction(state, bundle.workshop.id, null, input({ owner, dueDate: 'soon' }), 'en', minute(0), makeId))).toBe('errors.actionNeedsDueDate');
    expect(refusalKey(() => saveAction(state, bundle.workshop.id, null, input({ owner, definitionOfDone: '' }), 'en', minute(0), makeId))).toBe('errors.actionNeedsDone');
    const sticky = stickyWithText(state, 'Give us a self-service staging');
    const s = applyToState(state, saveAction(state, bundle.workshop.id, null, input({ owner, source: { kind: 'sticky', id: sticky.id } }), 'en', minute(0), makeId));
    expect(s.actions[0]).toMatchObject({ text: 'Set up a shared staging environment', owner, source: { kind: 'sticky', id: sticky.id } });
    expect(WorkshopBundleSchema.safeParse(withBoard(bundle, s)).success).toBe(true);
  });

  it('decisions record who decided, why, and whether they are deferred', () => {
    const { bundle, state, makeId } = setup();
    const s = applyToState(state, saveDecision(state, bundle.workshop.id, null, { text: 'Pilot continuous deployment on billing', decidedBy: 'The CEO', rationale: 'Smallest blast radius', deferred: true }, minute(0), makeId));
    expect(s.decisions[0]).toMatchObject({ decidedBy: 'The CEO', deferred: true });
    expect(refusalKey(() => saveDecision(state, bundle.workshop.id, null, { text: ' ', decidedBy: '', rationale: '', deferred: false }, minute(0), makeId))).toBe('errors.decisionNeedsText');
  });
});

describe('nothing dangles', () => {
  function linked() {
    const { bundle, state, dev, makeId } = setup();
    const staging = stickyWithText(state, 'Give us a self-service staging');
    const runbook = stickyWithText(state, 'Ship a runbook');
    const made = createAgreement(state, bundle.workshop.id, [staging.id, runbook.id], 'We will…', minute(0), makeId);
    let s = applyToState(state, made.change);
    s = applyToState(
      s,
      saveAction(s, bundle.workshop.id, null, { text: 'Write the runbook template', owner: { kind: 'group', id: dev.id }, dueDate: '2026-04-01', status: 'open', definitionOfDone: 'Used once', source: { kind: 'sticky', id: runbook.id } }, 'en', minute(1), makeId),
    );
    s = applyToState(
      s,
      saveAction(s, bundle.workshop.id, null, { text: 'Agree the staging budget', owner: { kind: 'group', id: dev.id }, dueDate: '2026-04-01', status: 'open', definitionOfDone: 'Signed', source: { kind: 'agreement', id: made.id } }, 'en', minute(1), makeId),
    );
    return { bundle, s, runbook, agreementId: made.id };
  }

  it('deleting a linked sticky asks first; unlinking keeps the agreement and the action, without the link', () => {
    const { bundle, s, runbook } = linked();
    expect(() => removeStickies(s, [runbook.id as StickyId])).toThrow(StickyIsLinked);
    const change = removeStickies(s, [runbook.id], { unlink: true });
    const after = applyToState(s, change);
    expect(after.agreements[0]!.stickyIds).not.toContain(runbook.id);
    expect(after.actions.find((a) => a.text.startsWith('Write'))!.source).toBeNull();
    expect(WorkshopBundleSchema.safeParse(withBoard(bundle, after)).success).toBe(true);
    // And undo puts every link back.
    const back = applyToState(after, invertChange(change, s));
    expect(sortById(back.agreements)).toEqual(sortById(s.agreements));
    expect(sortById(back.actions)).toEqual(sortById(s.actions));
  });

  it('removing an agreement unlinks the actions made from it', () => {
    const { bundle, s, agreementId } = linked();
    const after = applyToState(s, removeAgreement(s, agreementId));
    expect(after.agreements).toHaveLength(0);
    expect(after.actions.every((a) => a.source?.kind !== 'agreement')).toBe(true);
    expect(WorkshopBundleSchema.safeParse(withBoard(bundle, after)).success).toBe(true);
  });
});

describe('the close', () => {
  it('lists parking-lot items until each has an owner and a follow-up date', () => {
    const { state, ops } = setup();
    const parked = state.stickies.find((x) => x.kind === 'parking')!;
    expect(unresolvedParking(state.stickies).map((x) => x.id)).toEqual([parked.id]);
    let s: BoardState = applyToState(state, setParkingFollowUp(state, parked.id, { kind: 'group', id: ops.id }, null, minute(0)));
    expect(unresolvedParking(s.stickies)).toHaveLength(1);
    s = applyToState(s, setParkingFollowUp(s, parked.id, { kind: 'group', id: ops.id }, '2026-04-15', minute(0)));
    expect(unresolvedParking(s.stickies)).toHaveLength(0);
    expect(refusalKey(() => setParkingFollowUp(s, stickyWithText(s, 'Treats every').id, null, null, minute(0)))).toBe('errors.notParked');
  });

  it('averages the culture pulse per group, before and after', () => {
    const { bundle, state, makeId } = setup();
    const [dana, yoni] = bundle.participants;
    let s = state;
    for (const [p, r] of [[dana!, 2], [yoni!, 5]] as const) s = applyToState(s, ratePulse(s, bundle.workshop.id, p.id, 'before', 0, r, makeId));
    s = applyToState(s, ratePulse(s, bundle.workshop.id, dana!.id, 'after', 0, 6, makeId));
    const ids = [dana!.id, yoni!.id];
    expect(pulseAverages(s.pulses, ids, 'before')[0]).toBe(3.5);
    expect(pulseAverages(s.pulses, ids, 'after')[0]).toBe(6);
    expect(pulseAverages(s.pulses, ids, 'before')[1]).toBeNull();
    // A rating can be changed, and taken back.
    s = applyToState(s, ratePulse(s, bundle.workshop.id, yoni!.id, 'before', 0, null, makeId));
    expect(pulseAverages(s.pulses, ids, 'before')[0]).toBe(2);
    expect(refusalKey(() => ratePulse(s, bundle.workshop.id, dana!.id, 'before', 0, 8, makeId))).toBe('errors.pulseRatingInvalid');
  });
});
