import type { Lens, RequirementType } from '../../../shared/model';

export const TYPE_LABELS: Record<RequirementType, string> = {
  'do-more': 'Do more',
  'do-less': 'Do less or stop',
  'keep-doing': 'Keep doing',
};

export const LENS_LABELS: Record<Lens, string> = {
  culture: 'Culture',
  automation: 'Automation',
  lean: 'Lean',
  measurement: 'Measurement',
  sharing: 'Sharing',
};
