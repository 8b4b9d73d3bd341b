import type { Culture } from '../model/workshop';
import type { PhaseKind } from '../model/facilitation';
import { GROUP_PALETTE } from './palette';

export interface TemplatePhase {
  kind: PhaseKind;
  title: string;
  plannedMinutes: number;
  instructions: string;
  /** One phase per group (the presentations). */
  perGroup?: boolean;
}

export interface WorkshopTemplate {
  id: string;
  name: string;
  description: string;
  goal: string;
  groups: readonly { name: string; colour: string; mark: (typeof GROUP_PALETTE)[number]['mark']; culture: Culture | null }[];
  phases: readonly TemplatePhase[];
}

/** The exercise of the NotHere, Inc. case: two departments write each other's Outmodel and requirements. */
export const CATS_AND_DOGS: WorkshopTemplate = {
  id: 'cats-and-dogs',
  name: 'Cats & Dogs',
  description:
    'Each department writes its model of the other and what it requires of it, both present and react, and together they agree on actions.',
  goal: 'Agree on how Development and Operations will speed up delivery of the service together: Delivery over Development.',
  groups: [
    { name: 'Dev', colour: GROUP_PALETTE[0]!.colour, mark: GROUP_PALETTE[0]!.mark, culture: 'competence' },
    { name: 'Ops', colour: GROUP_PALETTE[1]!.colour, mark: GROUP_PALETTE[1]!.mark, culture: 'control' },
  ],
  phases: [
    {
      kind: 'stage',
      title: 'Set the stage',
      plannedMinutes: 15,
      instructions:
        'Goal of the day, the case, and the ground rules: everyone did the best job they could with what they knew; clarifying questions only during presentations; only agreed actions leave the room unless the group decides otherwise.',
    },
    {
      kind: 'culture-map',
      title: 'Culture map',
      plannedMinutes: 15,
      instructions: 'Place your own group and each other group on the culture grid: what it attends to, and how it decides.',
    },
    {
      kind: 'outmodel',
      title: 'Outmodel',
      plannedMinutes: 25,
      instructions: 'Write, privately, your model of the other group: how it works, what it values, how it decides, what drives it.',
    },
    {
      kind: 'requirements',
      title: 'Requirements',
      plannedMinutes: 25,
      instructions: 'List, privately, what you require of the other group: do more, do less or stop, keep doing.',
    },
    {
      kind: 'presentation',
      title: 'Presentation',
      plannedMinutes: 20,
      perGroup: true,
      instructions: 'Present your Outmodel and your requirements item by item. Listeners ask clarifying questions only.',
    },
    {
      kind: 'reactions',
      title: 'Reflections and reactions',
      plannedMinutes: 30,
      instructions: 'React to every item of the other group: accept, accept if…, reject with a reason, or ask for clarification.',
    },
    {
      kind: 'agreement',
      title: 'Agreement',
      plannedMinutes: 30,
      instructions: 'Pair requirements into agreements ("we will … if you will …"), record decisions, and turn each agreement into actions with one owner and a due date.',
    },
    {
      kind: 'close',
      title: 'Close',
      plannedMinutes: 15,
      instructions: 'Give every parking-lot item an owner and a follow-up date, and set the follow-up meeting.',
    },
  ],
};

export const TEMPLATES: readonly WorkshopTemplate[] = [CATS_AND_DOGS];

export function templateById(id: string): WorkshopTemplate {
  return TEMPLATES.find((t) => t.id === id) ?? CATS_AND_DOGS;
}
