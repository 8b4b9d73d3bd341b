import type { Culture } from '../../../shared/model';
import type { gapSize } from '../../../shared/facilitation';

/** Catalog keys of the culture map's fixed words. */
export const QUADRANT_KEYS: Record<Culture, string> = {
  control: 'culture.quadrants.control',
  collaboration: 'culture.quadrants.collaboration',
  competence: 'culture.quadrants.competence',
  cultivation: 'culture.quadrants.cultivation',
};

export const CULTURE_NAME_KEYS: Record<Culture, string> = {
  control: 'culture.names.control',
  collaboration: 'culture.names.collaboration',
  competence: 'culture.names.competence',
  cultivation: 'culture.names.cultivation',
};

export const DESCRIPTION_KEYS: Record<Culture, string> = {
  control: 'culture.descriptions.control',
  collaboration: 'culture.descriptions.collaboration',
  competence: 'culture.descriptions.competence',
  cultivation: 'culture.descriptions.cultivation',
};

export const GAP_SIZE_KEYS: Record<ReturnType<typeof gapSize>, string> = {
  close: 'culture.gapClose',
  apart: 'culture.gapApart',
  far: 'culture.gapFar',
};
