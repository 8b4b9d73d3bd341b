import type { Id, IdPrefix } from '../../shared/lib/ids';
import { ordersBetween } from '../../shared/lib/order';
import { deriveLanes, LENSES, REQUIREMENT_TYPES, VERDICTS, type Cluster, type GroupId, type Sticky, type WorkshopBundle, type WorkshopDetails } from '../../shared/model';
import { CATS_AND_DOGS, GROUP_PALETTE, buildWorkshop } from '../../shared/templates';

/**
 * A large workshop for benchmarks and performance tests: four groups (Inmodels on), a given number
 * of stickies spread over every lane with realistic text, clusters, reactions, a closed voting
 * round and an open one, agreements, decisions, actions, markers and a day's agenda. The same seed
 * always gives the same workshop.
 */
export interface BigWorkshopOptions {
  stickies?: number;
  seed?: number;
}

const T0 = Date.parse('2026-03-12T08:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

/** A small seeded generator (mulberry32), so a slow run can be repeated exactly. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OPENERS = ['Treats', 'Decides on', 'Is rewarded for', 'Never explains', 'Waits a week for', 'Escalates', 'Rewrites', 'Quietly ignores', 'Measures', 'Talks to us only about'];
const OBJECTS = [
  'every change to production',
  'the release calendar',
  'the on-call rota and its handovers',
  'tickets that nobody owns',
  'the audit findings from last spring',
  'uptime, not delivery',
  'velocity and story points',
  'the staging environment, when it works',
  'rollback plans written after the fact',
  'the change advisory board’s checklist',
  'security reviews at the very end',
  'customer complaints, in a spreadsheet',
];
const TAILS = [
  '.',
  ', and we only hear about it when something breaks.',
  ' — and then asks why we are late.',
  ", because \"that's how it has always been done\".",
  '; retailers notice before we do.',
  '.\nWe raised this twice in the retro.',
  ', which costs both of us a day per release, every release, for months now.',
  ' (see the incident of 14 March: 3 hours, 2 teams, 0 rollback).',
  ', ובסוף כולם מחכים.',
];
const REQUIREMENTS = ['Give us', 'Stop', 'Keep', 'Share', 'Automate', 'Agree on', 'Publish', 'Review together'];

/** A sentence a room might write: an opener, an object and a tail, between 20 and 250 characters. */
function sentence(r: () => number, requirement: boolean): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  return `${requirement ? pick(REQUIREMENTS) : pick(OPENERS)} ${pick(OBJECTS)}${pick(TAILS)}`;
}

export function bigWorkshop(options: BigWorkshopOptions = {}): WorkshopBundle {
  const count = options.stickies ?? 1000;
  const r = random(options.seed ?? 1);
  let n = 0;
  const makeId = <P extends IdPrefix>(prefix: P) => `${prefix}:big-${++n}` as Id<P>;
  const names = ['Dev', 'Ops', 'Security', 'Support'];
  const details = {
    title: 'Platform teams: a quarter of friction',
    date: '2026-03-12',
    location: 'Tel Aviv, 7th floor',
    goal: 'Agree how four departments will cut the time from a merged change to a happy customer.',
    chair: 'The CTO',
    facilitator: 'Facilitator',
    language: 'en',
    confidentiality: 'anonymised',
    groups: names.map((name, i) => ({
      name,
      colour: GROUP_PALETTE[i]!.colour,
      mark: GROUP_PALETTE[i]!.mark,
      participants: ['lead', 'engineer', 'analyst', 'manager'].map((role, j) => ({ name: `${name} ${role} ${j + 1}`, role })),
    })),
  } as unknown as WorkshopDetails;
  const b = buildWorkshop(CATS_AND_DOGS, details, { now: at(0), makeId });
  const wid = b.workshop.id;
  b.workshop.settings = { anonymous: false, confidentiality: 'anonymised', includeInmodel: true };
  b.workshop.facilitation.revealedGroupIds = b.groups.map((g) => g.id);
  b.phases.forEach((p, i) => (p.run = { startedAt: at(i * 25), pausedAt: null, pausedMs: 0, addedMinutes: 0, endedAt: at(i * 25 + p.plannedMinutes + Math.round(r() * 8) - 3) }));

  // Stickies: a few in the parking lot, the rest spread over every lane.
  const lanes = deriveLanes(b.groups, { includeInmodel: true }).filter((l) => l.kind !== 'parking');
  const parked = Math.max(1, Math.round(count / 50));
  const perLane = new Map<string, Sticky[]>();
  for (let i = 0; i < count; i++) {
    const parking = i < parked;
    const lane = parking ? null : lanes[i % lanes.length]!;
    const author = (lane?.authorGroupId ?? b.groups[i % b.groups.length]!.id) as GroupId;
    const requirement = lane?.kind === 'requirement';
    const sticky: Sticky = {
      id: makeId('sticky'),
      workshopId: wid,
      kind: lane?.kind ?? 'parking',
      authorGroupId: author,
      subjectGroupId: lane ? lane.subjectGroupId : null,
      order: '',
      text: sentence(r, requirement),
      authorName: r() < 0.2 ? `${b.groups.find((g) => g.id === author)!.name} engineer 2` : null,
      clusterId: null,
      requirementType: requirement ? REQUIREMENT_TYPES[i % REQUIREMENT_TYPES.length]! : null,
      lens: requirement && r() < 0.7 ? LENSES[i % LENSES.length]! : null,
      parkingOwner: parking ? { kind: 'group', id: author } : null,
      followUpDate: parking ? '2026-04-01' : null,
      questions: r() < 0.05 ? 'What does “done” mean here?' : '',
      createdAt: at(60 + i / 10),
      updatedAt: at(60 + i / 10),
    };
    const key = lane?.key ?? 'parking';
    perLane.set(key, [...(perLane.get(key) ?? []), sticky]);
  }
  const clusters: Cluster[] = [];
  for (const [key, stickies] of perLane) {
    const orders = ordersBetween(null, null, stickies.length);
    stickies.forEach((s, i) => (s.order = orders[i]!));
    // Every tenth sticky starts a cluster of three, in lanes other than the parking lot.
    if (key === 'parking') continue;
    for (let i = 0; i + 3 <= stickies.length; i += 10) {
      const first = stickies[i]!;
      const c: Cluster = { id: makeId('cluster'), workshopId: wid, kind: first.kind, authorGroupId: first.authorGroupId, subjectGroupId: first.subjectGroupId, title: `Theme ${clusters.length + 1}`, collapsed: false, order: first.order, createdAt: at(120) };
      clusters.push(c);
      for (const s of stickies.slice(i, i + 3)) s.clusterId = c.id;
    }
  }
  b.stickies = [...perLane.values()].flat();
  b.clusters = clusters;

  for (const s of b.stickies) {
    if (s.kind === 'parking') continue;
    for (const g of b.groups) {
      if (g.id === s.authorGroupId || r() < 0.4) continue;
      const verdict = VERDICTS[Math.floor(r() * VERDICTS.length)]!;
      b.reactions.push({ id: makeId('reaction'), workshopId: wid, stickyId: s.id, groupId: g.id, verdict, text: verdict === 'accept' && r() < 0.5 ? '' : sentence(r, false), createdAt: at(200) });
    }
  }
  for (const by of b.groups) {
    for (const subject of b.groups) b.placements.push({ id: makeId('placement'), workshopId: wid, groupId: by.id, subjectGroupId: subject.id, x: Math.round((r() * 2 - 1) * 100) / 100, y: Math.round((r() * 2 - 1) * 100) / 100, updatedAt: at(30) });
  }

  const requirementLanes = lanes.filter((l) => l.kind === 'requirement').map((l) => l.key);
  const closed = makeId('round');
  const open = makeId('round');
  b.rounds = [
    { id: closed, workshopId: wid, laneKeys: requirementLanes, voters: 'own-list', budget: 20, perItemCap: 3, voterKind: 'participant', mode: 'dots', stickyIds: null, parentRoundId: null, status: 'closed', openedAt: at(150), closedAt: at(160) },
    { id: open, workshopId: wid, laneKeys: requirementLanes, voters: 'own-list', budget: 20, perItemCap: 3, voterKind: 'participant', mode: 'dots', stickyIds: null, parentRoundId: null, status: 'open', openedAt: at(300), closedAt: null },
  ];
  const requirements = b.stickies.filter((s) => s.kind === 'requirement');
  for (const p of b.participants) {
    const own = requirements.filter((s) => s.authorGroupId === p.groupId);
    for (const roundId of [closed, open]) {
      for (let k = 0; k < 10 && own.length; k++) {
        const s = own[Math.floor(r() * own.length)]!;
        if (b.votes.some((v) => v.roundId === roundId && v.stickyId === s.id && v.voter.kind === 'participant' && v.voter.id === p.id)) continue;
        b.votes.push({ id: makeId('vote'), workshopId: wid, roundId, stickyId: s.id, voter: { kind: 'participant', id: p.id }, count: 1 + Math.floor(r() * 2) });
      }
    }
  }

  const agreementOrders = ordersBetween(null, null, 20);
  for (let i = 0; i < 20; i++) {
    // One requirement of a group, and one of another group that asked something of it.
    const a = requirements[(i * 7) % requirements.length]!;
    const c = requirements.find((x) => x.authorGroupId === a.subjectGroupId && x.subjectGroupId === a.authorGroupId && !b.agreements.some((g) => g.stickyIds.includes(x.id)))!;
    const id = makeId('agreement');
    b.agreements.push({ id, workshopId: wid, stickyIds: [a.id, c.id], text: `We will ${a.text.toLowerCase()} if you will ${c.text.toLowerCase()}`, answers: [{ groupId: a.authorGroupId, answer: 'accept', text: '' }, { groupId: c.authorGroupId, answer: i % 3 ? 'accept' : 'accept-with-conditions', text: i % 3 ? '' : 'Within a quarter.' }], order: agreementOrders[i]!, createdAt: at(240 + i) });
    for (let k = 0; k < 2; k++) {
      const owner = b.participants[(i * 2 + k) % b.participants.length]!;
      b.actions.push({ id: makeId('action'), workshopId: wid, text: `Set up ${OBJECTS[(i + k) % OBJECTS.length]} review, step ${k + 1}`, owner: { kind: 'participant', id: owner.id }, dueDate: `2026-04-${String(1 + ((i + k) % 28)).padStart(2, '0')}`, status: 'open', definitionOfDone: 'Both groups sign it off at the follow-up.', source: { kind: 'agreement', id }, createdAt: at(260 + i) });
    }
  }
  for (let i = 0; i < 10; i++) b.decisions.push({ id: makeId('decision'), workshopId: wid, text: `Decision ${i + 1}: ${sentence(r, false)}`, decidedBy: 'The CTO', rationale: sentence(r, false), deferred: i % 4 === 0, createdAt: at(280 + i) });
  b.workshop.followUp = { date: '2026-04-16', note: 'Same room; bring the figures.' };
  return b;
}
