import type { WorkshopDetails } from '../../shared/model';
import { validateDetails, type WorkshopDetailsInput } from '../../shared/model';

/** Valid workshop details for tests; override what the test is about. */
export function detailsInput(overrides: Partial<WorkshopDetailsInput> = {}): WorkshopDetailsInput {
  return {
    title: 'Platform and Security',
    date: '2026-05-04',
    location: 'Room 4',
    goal: 'Ship safely and fast',
    chair: 'The CTO',
    facilitator: 'Sam',
    language: 'en',
    groups: [
      { name: 'Platform', colour: '#1d4ed8', mark: 'circle', participants: [{ name: 'Ada', role: 'Lead' }] },
      { name: 'Security', colour: '#c2410c', mark: 'square', participants: [] },
    ],
    ...overrides,
  };
}

export function details(overrides: Partial<WorkshopDetailsInput> = {}): WorkshopDetails {
  const result = validateDetails(detailsInput(overrides));
  if (!result.ok) throw new Error(`test details are invalid: ${JSON.stringify(result.errors)}`);
  return result.value;
}
