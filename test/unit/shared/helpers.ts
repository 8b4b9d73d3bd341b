import type { WorkshopBundle, WorkshopDetails, WorkshopDetailsInput } from '../../../shared/model';
import { WorkshopBundleSchema } from '../../../shared/model';
import { CATS_AND_DOGS, GROUP_PALETTE, buildSampleWorkshop, buildWorkshop } from '../../../shared/templates';

export const NOW = '2026-02-01T10:00:00.000Z';
export const GROUP_NAMES = ['Dev', 'Ops', 'Security', 'Support', 'Sales'] as const;

/** Details-form input for a workshop with the given group names (two participants each). */
export function detailsInput(groupNames: readonly string[] = ['Dev', 'Ops']): WorkshopDetailsInput {
  return {
    title: 'Release week retrospective',
    date: '2026-03-12',
    location: 'Room 4',
    goal: 'Agree how releases reach customers faster.',
    chair: 'Ruth',
    facilitator: 'Sam',
    language: 'en',
    confidentiality: 'anonymised',
    groups: groupNames.map((name, i) => ({
      name,
      colour: GROUP_PALETTE[i % GROUP_PALETTE.length]!.colour,
      mark: GROUP_PALETTE[i % GROUP_PALETTE.length]!.mark,
      participants: [
        { name: `${name} lead`, role: 'Lead' },
        { name: `${name} engineer`, role: '' },
      ],
    })),
  };
}

/**
 * A workshop built straight from details, without validating them first (so tests can build
 * shapes the form would refuse, such as one or five groups).
 */
export function builtWorkshop(groupNames: readonly string[] = ['Dev', 'Ops']): WorkshopBundle {
  return buildWorkshop(CATS_AND_DOGS, detailsInput(groupNames) as WorkshopDetails, { now: NOW });
}

/** A fresh copy of the shipped sample that a test may change freely. */
export function sample(): WorkshopBundle {
  return structuredClone(buildSampleWorkshop());
}

/**
 * Every problem the bundle schema reports, as "path: message" lines (empty when it parses). The
 * values a catalog message carries follow its key as JSON: `: integrity.duplicateId {"what":"sticky:1"}`.
 */
export function bundleIssues(bundle: unknown): string[] {
  const result = WorkshopBundleSchema.safeParse(bundle);
  if (result.success) return [];
  return result.error.issues.map((i) => {
    const params = i.code === 'custom' && i.params ? ` ${JSON.stringify(i.params)}` : '';
    return `${i.path.join('.')}: ${i.message}${params}`;
  });
}

/** A small seeded random number generator (mulberry32), so a failing run can be repeated. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
