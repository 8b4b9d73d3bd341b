import type { Phase, Workshop } from '../../../shared/model';

interface FacilitationProps {
  workshop: Workshop;
  phases: readonly Phase[];
  controls?: boolean;
}

/**
 * For a panel that reads of the workshop only its id and its facilitation (the view keeps both
 * objects while they do not change), and its phases: a post, which moves the workshop's
 * `updatedAt`, does not draw it again.
 */
export function sameFacilitation(a: FacilitationProps, b: FacilitationProps): boolean {
  return a.workshop.id === b.workshop.id && a.workshop.facilitation === b.workshop.facilitation && a.phases === b.phases && a.controls === b.controls;
}
