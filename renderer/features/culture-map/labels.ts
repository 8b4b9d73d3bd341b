import type { Culture } from '../../../shared/model';

export { CULTURE_NAME_KEYS, GAP_SIZE_KEYS, QUADRANT_KEYS } from '../../../shared/model';

export const DESCRIPTION_KEYS: Record<Culture, string> = {
  control: 'culture.descriptions.control',
  collaboration: 'culture.descriptions.collaboration',
  competence: 'culture.descriptions.competence',
  cultivation: 'culture.descriptions.cultivation',
};

