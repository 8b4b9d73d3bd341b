import type { Confidentiality } from '../../../shared/model';

/** How the confidentiality settings read, in the details form and in the export dialog. */
export const CONFIDENTIALITY_KEYS: Record<Confidentiality, string> = {
  full: 'exporting.confidentiality.full',
  anonymised: 'exporting.confidentiality.anonymised',
  'agreements-only': 'exporting.confidentiality.agreementsOnly',
};
