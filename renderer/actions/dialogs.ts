import { useUi } from '../state';
import { defineAction, type ActionContext } from './registry';

/** The facilitator's own view of a workshop (not a group's view, not the library). */
function inFacilitatorWorkshop(ctx: ActionContext): boolean {
  return ctx.scope.startsWith('workshop:') && !ctx.scope.includes('/as/');
}

/** Opens the export dialog: minutes, spreadsheets, calendar or the workshop file, at any moment. */
export const openExportAction = defineAction({
  name: 'openExport',
  label: 'exporting.open',
  keys: ['Mod+E'],
  keysInFields: true,
  enabled: (ctx) => inFacilitatorWorkshop(ctx),
  perform: () => {
    useUi.getState().setDialog('export');
    return Promise.resolve({ result: undefined });
  },
});

/** Opens the merge dialog: another laptop's writing of one group, into this workshop. */
export const openMergeAction = defineAction({
  name: 'openMerge',
  label: 'exporting.merge',
  enabled: (ctx) => inFacilitatorWorkshop(ctx),
  perform: () => {
    useUi.getState().setDialog('merge');
    return Promise.resolve({ result: undefined });
  },
});
