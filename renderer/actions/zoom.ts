import { useUi, ZOOM_STEPS } from '../state';
import { defineAction } from './registry';

function step(direction: 1 | -1) {
  const { zoom, setZoom } = useUi.getState();
  const index = ZOOM_STEPS.findIndex((z) => z >= zoom);
  const next = ZOOM_STEPS[Math.min(ZOOM_STEPS.length - 1, Math.max(0, (index === -1 ? ZOOM_STEPS.length - 1 : index) + direction))]!;
  setZoom(next);
  return Promise.resolve({ result: undefined });
}

export const zoomInAction = defineAction({ name: 'zoomIn', label: 'actions.zoomIn', keys: ['Mod+=', 'Mod++'], perform: () => step(1) });
export const zoomOutAction = defineAction({ name: 'zoomOut', label: 'actions.zoomOut', keys: ['Mod+-'], perform: () => step(-1) });
export const zoomResetAction = defineAction({
  name: 'zoomReset',
  label: 'actions.zoomReset',
  keys: ['Mod+0'],
  perform: () => {
    useUi.getState().setZoom(1);
    return Promise.resolve({ result: undefined });
  },
});
