// The tables that hold a workshop's records, in bundle order. A module of its own, with no
// imports, so that the window's first script (renderer/db/early-read.ts) can name them without
// loading the model's schemas; shared/model/bundle.ts checks them against the bundle's shape.

export const BUNDLE_TABLES = [
  'groups',
  'participants',
  'phases',
  'stickies',
  'clusters',
  'placements',
  'reactions',
  'rounds',
  'votes',
  'agreements',
  'decisions',
  'actions',
  'pulses',
] as const;
export type BundleTable = (typeof BUNDLE_TABLES)[number];
