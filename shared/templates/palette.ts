import type { GroupMark } from '../model/workshop';

/** Group colours chosen to stay distinct on a washed-out projector; each pairs with a shape mark. */
export const GROUP_PALETTE: readonly { name: string; colour: string; mark: GroupMark }[] = [
  { name: 'Blue', colour: '#1d4ed8', mark: 'circle' },
  { name: 'Orange', colour: '#c2410c', mark: 'square' },
  { name: 'Green', colour: '#047857', mark: 'triangle' },
  { name: 'Purple', colour: '#7e22ce', mark: 'diamond' },
  { name: 'Red', colour: '#be123c', mark: 'star' },
  { name: 'Teal', colour: '#0f766e', mark: 'hexagon' },
];
