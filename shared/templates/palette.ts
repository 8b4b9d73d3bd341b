import type { GroupMark } from '../model/workshop';

/** Group colours chosen to stay distinct on a washed-out projector; each pairs with a shape mark. */
export const GROUP_PALETTE: readonly { nameKey: string; colour: string; mark: GroupMark }[] = [
  { nameKey: 'colours.blue', colour: '#1d4ed8', mark: 'circle' },
  { nameKey: 'colours.orange', colour: '#c2410c', mark: 'square' },
  { nameKey: 'colours.green', colour: '#047857', mark: 'triangle' },
  { nameKey: 'colours.purple', colour: '#7e22ce', mark: 'diamond' },
  { nameKey: 'colours.red', colour: '#be123c', mark: 'star' },
  { nameKey: 'colours.teal', colour: '#0f766e', mark: 'hexagon' },
];
