import type { GroupMark } from '../model/workshop';

/** Group colours chosen to stay distinct on a washed-out projector; each pairs with a shape mark. */
export const GROUP_PALETTE: readonly { colour: string; mark: GroupMark }[] = [
  { colour: '#1d4ed8', mark: 'circle' },
  { colour: '#c2410c', mark: 'square' },
  { colour: '#047857', mark: 'triangle' },
  { colour: '#7e22ce', mark: 'diamond' },
  { colour: '#be123c', mark: 'star' },
  { colour: '#0f766e', mark: 'hexagon' },
];
