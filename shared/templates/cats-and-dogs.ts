import type { Culture } from '../model/workshop';
import type { PhaseKind } from '../model/facilitation';
import { GROUP_PALETTE } from './palette';

export interface TemplatePhase {
  kind: PhaseKind;
  /** Catalog keys: the phase is written into the workshop in its own language. */
  titleKey: string;
  instructionsKey: string;
  plannedMinutes: number;
  /** One phase per group (the presentations); its title takes `{{group}}`. */
  perGroup?: boolean;
}

export interface WorkshopTemplate {
  id: string;
  nameKey: string;
  descriptionKey: string;
  goalKey: string;
  groups: readonly { nameKey: string; colour: string; mark: (typeof GROUP_PALETTE)[number]['mark']; culture: Culture | null }[];
  phases: readonly TemplatePhase[];
}

/** The exercise of the NotHere, Inc. case: two departments write each other's Outmodel and requirements. */
export const CATS_AND_DOGS: WorkshopTemplate = {
  id: 'cats-and-dogs',
  nameKey: 'templates.catsAndDogs.name',
  descriptionKey: 'templates.catsAndDogs.description',
  goalKey: 'templates.catsAndDogs.goal',
  groups: [
    { nameKey: 'templates.catsAndDogs.groupDev', colour: GROUP_PALETTE[0]!.colour, mark: GROUP_PALETTE[0]!.mark, culture: 'competence' },
    { nameKey: 'templates.catsAndDogs.groupOps', colour: GROUP_PALETTE[1]!.colour, mark: GROUP_PALETTE[1]!.mark, culture: 'control' },
  ],
  phases: [
    { kind: 'stage', titleKey: 'templates.catsAndDogs.stageTitle', instructionsKey: 'templates.catsAndDogs.stageInstructions', plannedMinutes: 15 },
    { kind: 'culture-map', titleKey: 'templates.catsAndDogs.cultureMapTitle', instructionsKey: 'templates.catsAndDogs.cultureMapInstructions', plannedMinutes: 15 },
    { kind: 'outmodel', titleKey: 'templates.catsAndDogs.outmodelTitle', instructionsKey: 'templates.catsAndDogs.outmodelInstructions', plannedMinutes: 25 },
    { kind: 'requirements', titleKey: 'templates.catsAndDogs.requirementsTitle', instructionsKey: 'templates.catsAndDogs.requirementsInstructions', plannedMinutes: 25 },
    { kind: 'presentation', titleKey: 'templates.catsAndDogs.presentationTitle', instructionsKey: 'templates.catsAndDogs.presentationInstructions', plannedMinutes: 20, perGroup: true },
    { kind: 'reactions', titleKey: 'templates.catsAndDogs.reactionsTitle', instructionsKey: 'templates.catsAndDogs.reactionsInstructions', plannedMinutes: 30 },
    { kind: 'agreement', titleKey: 'templates.catsAndDogs.agreementTitle', instructionsKey: 'templates.catsAndDogs.agreementInstructions', plannedMinutes: 30 },
    { kind: 'close', titleKey: 'templates.catsAndDogs.closeTitle', instructionsKey: 'templates.catsAndDogs.closeInstructions', plannedMinutes: 15 },
  ],
};

export const TEMPLATES: readonly WorkshopTemplate[] = [CATS_AND_DOGS];

export function templateById(id: string): WorkshopTemplate {
  return TEMPLATES.find((t) => t.id === id) ?? CATS_AND_DOGS;
}
