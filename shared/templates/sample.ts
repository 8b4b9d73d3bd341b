import type { WorkshopBundle } from '../model/bundle';
import type { LaneKind, Lens, RequirementType, Sticky } from '../model/board';
import type { GroupId } from '../model/common';
import type { Id, IdPrefix } from '../lib/ids';
import { ordersBetween } from '../lib/order';
import { buildWorkshop } from './build';
import { CATS_AND_DOGS } from './cats-and-dogs';

export const SAMPLE_WORKSHOP_ID = 'workshop:sample-nothere' as Id<'workshop'>;
const SHIPPED_AT = '2026-01-05T09:00:00.000Z';

const SAMPLE_CASE = [
  'NotHere, Inc. is a Jerusalem-based company, about $500M in size, whose e-commerce platform and data centre give tens of thousands of small and medium retailers their whole online business: store fronts, shopping carts, orders, inventory, billing and marketing, with the big marketplaces and payment services connected through one partner.',
  'When the data centre is down, those retailers cannot sell. Operations therefore runs mature ITIL service support and delivery processes and holds availability at four nines (99.99%), which the company sells as a differentiator.',
  'Product management, development and test moved to Agile over the last two years, with real gains in code quality, productivity and time to produce code; those three figures are measured and drive the CTO\'s and marketing\'s evaluations.',
  'Turning fast development into fast delivery has failed so far: early attempts to extend continuous integration into continuous deployment caused availability incidents and audit findings. Dev is a competence culture and Ops a control culture, and a picture from Dev circles showing Ops "lagging behind" made the tension worse.',
  'The CEO wants Delivery over Development: the time to deliver service to the retailers is the only metric that matters, not either department\'s own. She asked Dev and Ops each to write its Outmodel of the other and the requirements it puts on the other, and she will chair a meeting where each presents and hears the other\'s reactions.',
  'Source: the case study "A Devops Case Study" by Israel Gat (The Agile Executive, 2010), retold here in our own words.',
].join('\n\n');

interface SampleSticky {
  kind: LaneKind;
  by: 'dev' | 'ops';
  text: string;
  type?: RequirementType;
  lens?: Lens;
}

const SAMPLE_STICKIES: readonly SampleSticky[] = [
  { kind: 'outmodel', by: 'dev', text: 'Treats every change as a threat to the four nines.' },
  { kind: 'outmodel', by: 'dev', text: 'Decides by ITIL process and checklist, not by talking to us.' },
  { kind: 'outmodel', by: 'dev', text: 'Is rewarded for uptime, never for how fast retailers get what we built.' },
  { kind: 'outmodel', by: 'dev', text: 'Our finished releases wait a week for the change board.' },
  { kind: 'outmodel', by: 'ops', text: 'Is measured on velocity and time to code, not on what reaches retailers.' },
  { kind: 'outmodel', by: 'ops', text: 'Hands releases over with thin notes and no rollback plan.' },
  { kind: 'outmodel', by: 'ops', text: 'Their continuous deployment trial cost us outages and an audit finding.' },
  { kind: 'outmodel', by: 'ops', text: 'Values new tools and clever fixes over predictability.' },
  { kind: 'requirement', by: 'dev', text: 'Give us a self-service staging environment that matches production.', type: 'do-more', lens: 'automation' },
  { kind: 'requirement', by: 'dev', text: 'Stop requiring a manual sign-off for low-risk configuration changes.', type: 'do-less', lens: 'lean' },
  { kind: 'requirement', by: 'dev', text: 'Keep the four nines: our customers buy them too.', type: 'keep-doing', lens: 'measurement' },
  { kind: 'requirement', by: 'ops', text: 'Ship a runbook and a tested rollback with every release.', type: 'do-more', lens: 'sharing' },
  { kind: 'requirement', by: 'ops', text: 'Stop releasing late on Fridays without on-call cover.', type: 'do-less', lens: 'culture' },
  { kind: 'requirement', by: 'ops', text: 'Run deployments through the same pipeline, with automated checks we both trust.', type: 'do-more', lens: 'automation' },
  { kind: 'parking', by: 'ops', text: 'Who owns the audit trail once deployments are automated?' },
];

/** The bundled sample, exactly as shipped: fixed ids and times, so "Reset the sample" restores it. */
export function buildSampleWorkshop(language = 'en'): WorkshopBundle {
  let counter = 0;
  const makeId = <P extends IdPrefix>(prefix: P) => (prefix === 'workshop' ? SAMPLE_WORKSHOP_ID : `${prefix}:sample-${++counter}`) as Id<P>;
  const bundle = buildWorkshop(
    CATS_AND_DOGS,
    {
      title: 'NotHere, Inc.: Making Cats Work with Dogs',
      date: '2026-03-12',
      location: 'Jerusalem, main conference room',
      goal: 'Delivery over Development: agree how Dev and Ops will cut the time it takes to deliver service to our retailers.',
      chair: 'The CEO',
      facilitator: 'Workshop facilitator',
      groups: [
        { name: 'Dev', colour: CATS_AND_DOGS.groups[0]!.colour, mark: CATS_AND_DOGS.groups[0]!.mark, participants: [{ name: 'Dana', role: 'CTO' }, { name: 'Yoni', role: 'Team lead' }, { name: 'Maya', role: 'Test lead' }] },
        { name: 'Ops', colour: CATS_AND_DOGS.groups[1]!.colour, mark: CATS_AND_DOGS.groups[1]!.mark, participants: [{ name: 'Avi', role: 'CIO' }, { name: 'Noa', role: 'Change manager' }, { name: 'Eli', role: 'On-call engineer' }] },
      ],
    },
    { now: SHIPPED_AT, language, makeId },
  );
  bundle.workshop.caseText = SAMPLE_CASE;
  bundle.workshop.sample = true;
  const [dev, ops] = bundle.groups as [typeof bundle.groups[0], typeof bundle.groups[0]];
  dev.cultureSelfLabel = 'competence';
  ops.cultureSelfLabel = 'control';
  const groupOf = (by: 'dev' | 'ops'): [GroupId, GroupId] => (by === 'dev' ? [dev.id, ops.id] : [ops.id, dev.id]);
  const orders = ordersBetween(null, null, SAMPLE_STICKIES.length);
  bundle.stickies = SAMPLE_STICKIES.map((s, i): Sticky => {
    const [author, subject] = groupOf(s.by);
    return {
      id: makeId('sticky'),
      workshopId: SAMPLE_WORKSHOP_ID,
      kind: s.kind,
      authorGroupId: author,
      subjectGroupId: s.kind === 'parking' ? null : subject,
      order: orders[i]!,
      text: s.text,
      authorName: null,
      clusterId: null,
      requirementType: s.type ?? null,
      lens: s.lens ?? null,
      parkingOwner: null,
      followUpDate: null,
      createdAt: SHIPPED_AT,
      updatedAt: SHIPPED_AT,
    };
  });
  return bundle;
}
