import { describe, expect, it } from 'vitest';
import {
  GroupSchema,
  StickySchema,
  WorkshopBundleSchema,
  WorkshopSchema,
  bundleIntegrityProblems,
  validateDetails,
  type Sticky,
  type WorkshopBundle,
} from '../../../shared/model';
import { hasPrefix } from '../../../shared/lib/ids';
import { inEnglish } from '../../builders/messages';
import { CATS_AND_DOGS, SAMPLE_WORKSHOP_ID, buildSampleWorkshop, buildWorkshop } from '../../../shared/templates';
import { NOW, builtWorkshop, bundleIssues, detailsInput, sample } from './helpers';

/** The sample with one change applied; the change may break the types on purpose. */
function changed(change: (b: WorkshopBundle) => void): WorkshopBundle {
  const b = sample();
  change(b);
  return b;
}

const stickyOf = (b: WorkshopBundle, kind: Sticky['kind']) => b.stickies.find((s) => s.kind === kind)!;
const groupsOf = (b: WorkshopBundle) => b.groups as [WorkshopBundle['groups'][0], WorkshopBundle['groups'][0]];

/** The bundle's integrity problems, each as its catalog message and as an English reader sees it. */
const problemsOf = (b: WorkshopBundle) => bundleIntegrityProblems(b).map((m) => ({ ...m, english: inEnglish(m) }));

describe('the shipped sample', () => {
  it('parses with the bundle schema and has no integrity problems', () => {
    const b = buildSampleWorkshop();
    expect(bundleIssues(b)).toEqual([]);
    expect(bundleIntegrityProblems(b)).toEqual([]);
    expect(b.workshop.id).toBe(SAMPLE_WORKSHOP_ID);
    expect(b.workshop.sample).toBe(true);
  });

  it('is the same every time, so "Reset the sample" restores exactly it', () => {
    expect(buildSampleWorkshop()).toStrictEqual(buildSampleWorkshop());
  });

  it('parses to itself: nothing is trimmed, dropped or defaulted away', () => {
    const b = buildSampleWorkshop();
    expect(WorkshopBundleSchema.parse(b)).toStrictEqual(b);
  });

  it('holds Outmodels and requirements from both groups and one parking-lot item', () => {
    const b = buildSampleWorkshop();
    const [dev, ops] = groupsOf(b);
    const count = (kind: Sticky['kind'], author: string) => b.stickies.filter((s) => s.kind === kind && s.authorGroupId === author).length;
    expect(count('outmodel', dev.id)).toBeGreaterThan(0);
    expect(count('outmodel', ops.id)).toBeGreaterThan(0);
    expect(count('requirement', dev.id)).toBeGreaterThan(0);
    expect(count('requirement', ops.id)).toBeGreaterThan(0);
    expect(b.stickies.filter((s) => s.kind === 'parking')).toHaveLength(1);
  });
});

describe('a workshop built from the details form', () => {
  it.each([2, 3, 4])('parses with %i groups', (n) => {
    const checked = validateDetails(detailsInput(['Dev', 'Ops', 'Security', 'Support'].slice(0, n)));
    if (!checked.ok) expect.fail(JSON.stringify(checked.errors));
    const b = buildWorkshop(CATS_AND_DOGS, checked.value, { now: NOW });
    expect(bundleIssues(b)).toEqual([]);
    expect(b.groups.map((g) => g.name)).toEqual(checked.value.groups.map((g) => g.name));
    expect(b.participants).toHaveLength(2 * n);
    // The groups keep the form's order.
    const orders = b.groups.map((g) => g.order);
    expect([...orders].sort()).toEqual(orders);
  });

  it('gives every record a prefixed id, the workshop id and the given time', () => {
    const b = builtWorkshop(['Dev', 'Ops', 'Security']);
    expect(hasPrefix('workshop', b.workshop.id)).toBe(true);
    expect(b.workshop.createdAt).toBe(NOW);
    expect(b.workshop.sample).toBe(false);
    for (const g of b.groups) expect(hasPrefix('group', g.id) && g.workshopId === b.workshop.id).toBe(true);
    for (const p of b.participants) expect(hasPrefix('participant', p.id) && p.workshopId === b.workshop.id).toBe(true);
    for (const p of b.phases) expect(hasPrefix('phase', p.id) && p.workshopId === b.workshop.id).toBe(true);
  });

  it('puts participants in their own group', () => {
    const b = builtWorkshop(['Dev', 'Ops']);
    const [dev, ops] = groupsOf(b);
    expect(b.participants.filter((p) => p.groupId === dev.id).map((p) => p.name)).toEqual(['Dev lead', 'Dev engineer']);
    expect(b.participants.filter((p) => p.groupId === ops.id).map((p) => p.name)).toEqual(['Ops lead', 'Ops engineer']);
  });

  it('follows the template agenda with one presentation per group', () => {
    const b = builtWorkshop(['Dev', 'Ops', 'Security']);
    expect(b.phases).toHaveLength(CATS_AND_DOGS.phases.length - 1 + 3);
    const presentations = b.phases.filter((p) => p.kind === 'presentation');
    expect(presentations.map((p) => p.title)).toEqual(['Presentation: Dev', 'Presentation: Ops', 'Presentation: Security']);
    expect(presentations.map((p) => p.groupId)).toEqual(b.groups.map((g) => g.id));
    const orders = b.phases.map((p) => p.order);
    expect(new Set(orders).size).toBe(orders.length);
    expect([...orders].sort()).toEqual(orders);
    expect(b.phases.every((p) => p.run.startedAt === null && p.run.endedAt === null)).toBe(true);
  });
});

describe('refused records', () => {
  it.each(['', '   ', '\n\t '])('a sticky with text %j', (text) => {
    const b = changed((b) => {
      b.stickies[0]!.text = text;
    });
    expect(bundleIssues(b)).toEqual(['stickies.0.text: errors.stickyEmpty']);
    expect(inEnglish({ key: 'errors.stickyEmpty' })).toBe('A sticky needs some text. To remove it, delete it.');
  });

  it('a sticky over 1,000 characters (and 1,000 is fine)', () => {
    expect(bundleIssues(changed((b) => void (b.stickies[0]!.text = 'x'.repeat(1000))))).toEqual([]);
    expect(bundleIssues(changed((b) => void (b.stickies[0]!.text = 'x'.repeat(1001))))).toEqual([
      'stickies.0.text: errors.stickyOverLimit',
    ]);
  });

  it.each([
    ['a sticky', (b: WorkshopBundle) => void (b.stickies[0]!.id = 'cluster:1' as never), 'stickies.0.id'],
    ['a sticky with no prefix', (b: WorkshopBundle) => void (b.stickies[0]!.id = '1234' as never), 'stickies.0.id'],
    ['a sticky with an empty id', (b: WorkshopBundle) => void (b.stickies[0]!.id = 'sticky:' as never), 'stickies.0.id'],
    ['a group', (b: WorkshopBundle) => void (b.groups[0]!.id = 'team:dev' as never), 'groups.0.id'],
    ['a workshop', (b: WorkshopBundle) => void (b.workshop.id = 'group:1' as never), 'workshop.id'],
    ['a vote’s round', (b: WorkshopBundle) => void b.votes.push({ id: 'vote:1' as never, workshopId: b.workshop.id, roundId: 'sticky:1' as never, stickyId: b.stickies[0]!.id, voter: { kind: 'group', id: b.groups[0]!.id }, count: 1 }), 'votes.0.roundId'],
  ])('a wrong id prefix on %s', (_what, change, path) => {
    const issues = bundleIssues(changed(change));
    expect(issues.some((i) => i.startsWith(`${path}: `)), issues.join('\n')).toBe(true);
  });

  it('a parking-lot sticky with a subject group', () => {
    const b = changed((b) => {
      const parking = stickyOf(b, 'parking');
      parking.subjectGroupId = groupsOf(b)[0].id;
    });
    expect(bundleIssues(b)).toEqual([`stickies.${b.stickies.findIndex((s) => s.kind === 'parking')}.subjectGroupId: Only parking-lot stickies have no subject group`]);
  });

  it('an Outmodel sticky without a subject group, or about its own group', () => {
    expect(bundleIssues(changed((b) => void (stickyOf(b, 'outmodel').subjectGroupId = null)))).toEqual([
      'stickies.0.subjectGroupId: Only parking-lot stickies have no subject group',
    ]);
    expect(bundleIssues(changed((b) => void (stickyOf(b, 'outmodel').subjectGroupId = stickyOf(b, 'outmodel').authorGroupId)))).toEqual([
      'stickies.0.subjectGroupId: An Outmodel or requirement is about another group',
    ]);
  });

  it('an Inmodel sticky about another group (but one about its own group is fine)', () => {
    const about = (own: boolean) =>
      changed((b) => {
        const s = stickyOf(b, 'outmodel');
        s.kind = 'inmodel';
        if (own) s.subjectGroupId = s.authorGroupId;
      });
    expect(bundleIssues(about(true))).toEqual([]);
    expect(bundleIssues(about(false))).toEqual(['stickies.0.subjectGroupId: An Inmodel sticky is about its own group']);
  });

  it.each([1, 5])('a workshop with %i group(s)', (n) => {
    const issues = bundleIssues(builtWorkshop(['Dev', 'Ops', 'Security', 'Support', 'Sales'].slice(0, n)));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^groups: /);
  });

  it.each(['2026-02-30', '2026-13-01', 'tomorrow', '12/03/2026'])('a workshop dated %s', (date) => {
    expect(bundleIssues(changed((b) => void (b.workshop.date = date)))).toEqual(['workshop.date: Expected a date (YYYY-MM-DD)']);
  });

  it('an action due on a date that does not exist', () => {
    const b = changed((b) => {
      b.actions.push({
        id: 'action:1' as never,
        workshopId: b.workshop.id,
        text: 'Write the runbook',
        owner: { kind: 'group', id: b.groups[0]!.id },
        dueDate: '2026-04-31',
        status: 'open',
        definitionOfDone: '',
        source: null,
        createdAt: NOW,
      });
    });
    expect(bundleIssues(b)).toEqual(['actions.0.dueDate: Expected a date (YYYY-MM-DD)']);
  });

  it('a duplicate id, within a table or across tables', () => {
    const twice = changed((b) => void b.stickies.push(structuredClone(b.stickies[3]!)));
    expect(bundleIssues(twice)).toEqual([`: integrity.duplicateId {"what":"${twice.stickies[3]!.id}"}`]);
    // Ids are unique across the whole bundle, the workshop's own id included.
    const reused = changed((b) => void b.clusters.push({ id: b.stickies[0]!.id as never, workshopId: b.workshop.id, kind: 'outmodel', authorGroupId: null, subjectGroupId: null, title: 'x', collapsed: false, order: 'a0', createdAt: NOW }));
    expect(problemsOf(reused)).toEqual([{ key: 'integrity.duplicateId', values: { what: reused.stickies[0]!.id }, english: `${reused.stickies[0]!.id} appears twice.` }]);
    const workshopId = changed((b) => void b.participants.push({ ...structuredClone(b.participants[0]!), id: b.workshop.id as never }));
    expect(problemsOf(workshopId)).toEqual([{ key: 'integrity.duplicateId', values: { what: workshopId.workshop.id }, english: `${workshopId.workshop.id} appears twice.` }]);
  });

  it('a record of another workshop', () => {
    const b = changed((b) => void (b.stickies[2]!.workshopId = 'workshop:other' as never));
    expect(problemsOf(b)).toEqual([{ key: 'integrity.otherWorkshop', values: { what: b.stickies[2]!.id }, english: `${b.stickies[2]!.id} belongs to another workshop.` }]);
  });

  describe('a dangling reference', () => {
    it('from a sticky to a missing cluster', () => {
      const b = changed((b) => void (b.stickies[0]!.clusterId = 'cluster:gone' as never));
      expect(problemsOf(b)).toEqual([{ key: 'integrity.missingCluster', values: { what: b.stickies[0]!.id }, english: `${b.stickies[0]!.id} refers to a cluster that is not there.` }]);
      expect(bundleIssues(b)).toHaveLength(1);
    });

    it('from a sticky to a missing group, as author or subject', () => {
      const author = changed((b) => void (b.stickies[0]!.authorGroupId = 'group:gone' as never));
      expect(problemsOf(author)).toEqual([{ key: 'integrity.missingGroup', values: { what: author.stickies[0]!.id }, english: `${author.stickies[0]!.id} refers to a group that is not there.` }]);
      const subject = changed((b) => void (b.stickies[0]!.subjectGroupId = 'group:gone' as never));
      expect(problemsOf(subject)).toEqual([{ key: 'integrity.missingGroup', values: { what: subject.stickies[0]!.id }, english: `${subject.stickies[0]!.id} refers to a group that is not there.` }]);
    });

    it('from a parking-lot owner to a missing participant', () => {
      const b = changed((b) => void (stickyOf(b, 'parking').parkingOwner = { kind: 'participant', id: 'participant:gone' as never }));
      const id = stickyOf(b, 'parking').id;
      expect(problemsOf(b)).toEqual([{ key: 'integrity.missingParticipant', values: { what: id }, english: `${id} refers to a participant who is not there.` }]);
    });

    it('from a participant to a missing group', () => {
      const b = changed((b) => void (b.participants[0]!.groupId = 'group:gone' as never));
      expect(problemsOf(b)).toEqual([{ key: 'integrity.missingGroup', values: { what: b.participants[0]!.id }, english: `${b.participants[0]!.id} refers to a group that is not there.` }]);
    });

    it('from a vote to a missing round (and a present round is fine)', () => {
      const withVote = (roundExists: boolean) =>
        changed((b) => {
          if (roundExists) {
            b.rounds.push({ id: 'round:1' as never, workshopId: b.workshop.id, laneKeys: [], voters: 'everyone', budget: 3, perItemCap: 2, voterKind: 'participant', mode: 'dots', stickyIds: null, parentRoundId: null, status: 'open', openedAt: NOW, closedAt: null });
          }
          b.votes.push({ id: 'vote:1' as never, workshopId: b.workshop.id, roundId: 'round:1' as never, stickyId: b.stickies[0]!.id, voter: { kind: 'participant', id: b.participants[0]!.id }, count: 2 });
        });
      expect(bundleIssues(withVote(true))).toEqual([]);
      expect(problemsOf(withVote(false))).toEqual([{ key: 'integrity.missingRound', values: { what: 'vote:1' }, english: 'vote:1 refers to a voting round that is not there.' }]);
    });

    it('from a vote or reaction to a missing sticky', () => {
      const b = changed((b) => {
        b.reactions.push({ id: 'reaction:1' as never, workshopId: b.workshop.id, stickyId: 'sticky:gone' as never, groupId: b.groups[1]!.id, verdict: 'clarify', text: '', createdAt: NOW });
      });
      expect(problemsOf(b)).toEqual([{ key: 'integrity.missingSticky', values: { what: 'reaction:1' }, english: 'reaction:1 refers to a sticky that is not there.' }]);
    });

    it('from an action to a missing agreement (and a present agreement is fine)', () => {
      const withAction = (agreementExists: boolean) =>
        changed((b) => {
          const [dev, ops] = groupsOf(b);
          if (agreementExists) {
            const requirements = b.stickies.filter((s) => s.kind === 'requirement');
            b.agreements.push({
              id: 'agreement:1' as never,
              workshopId: b.workshop.id,
              stickyIds: [requirements[0]!.id, requirements.at(-1)!.id],
              text: 'We will if you will.',
              answers: [{ groupId: dev.id, answer: 'accept', text: '' }],
              order: 'a0',
              createdAt: NOW,
            });
          }
          b.actions.push({
            id: 'action:1' as never,
            workshopId: b.workshop.id,
            text: 'Write the runbook',
            owner: { kind: 'group', id: ops.id },
            dueDate: '2026-04-30',
            status: 'open',
            definitionOfDone: 'Reviewed by Ops',
            source: { kind: 'agreement', id: 'agreement:1' as never },
            createdAt: NOW,
          });
        });
      expect(bundleIssues(withAction(true))).toEqual([]);
      expect(problemsOf(withAction(false))).toEqual([{ key: 'integrity.missingAgreement', values: { what: 'action:1' }, english: 'action:1 refers to an agreement that is not there.' }]);
    });
  });

  it.each([
    ['Dev', 'dev'],
    ['Dev', 'DEV'],
    ['Dev', ' Dev '],
  ])('two groups called %j and %j', (first, second) => {
    const b = changed((b) => {
      const [dev, ops] = groupsOf(b);
      dev.name = first;
      ops.name = second;
    });
    const issues = bundleIssues(b);
    expect(issues).toHaveLength(1);
    // The schema trims names before it compares them.
    expect(issues[0]).toBe(`: integrity.duplicateGroupName ${JSON.stringify({ name: second.trim() })}`);
    expect(problemsOf(b)).toEqual([{ key: 'integrity.duplicateGroupName', values: { name: second }, english: `Two groups are called “${second}”.` }]);
  });
});

describe('record schemas on their own', () => {
  it('trim names and titles and refuse blank ones', () => {
    const b = sample();
    expect(GroupSchema.parse({ ...b.groups[0]!, name: '  Dev  ' }).name).toBe('Dev');
    expect(GroupSchema.safeParse({ ...b.groups[0]!, name: '   ' }).success).toBe(false);
    expect(WorkshopSchema.safeParse({ ...b.workshop, title: ' ' }).success).toBe(false);
  });

  it('refuse a colour that is not a hex triplet', () => {
    const g = sample().groups[0]!;
    for (const colour of ['blue', '#12345', '#1234567', '1d4ed8']) expect(GroupSchema.safeParse({ ...g, colour }).success, colour).toBe(false);
    expect(GroupSchema.safeParse({ ...g, colour: '#ABCDEF' }).success).toBe(true);
  });

  it('refuse a sticky with a timestamp that is not ISO', () => {
    const s = sample().stickies[0]!;
    expect(StickySchema.safeParse({ ...s, createdAt: '12 March 2026' }).success).toBe(false);
    expect(StickySchema.safeParse(s).success).toBe(true);
  });
});
