import { useUi } from '../state';
import { defineAction, type ActionContext } from './registry';

/** Only the facilitator's own board of the open workshop has find (never a group's view). */
function findAvailable(ctx: ActionContext): boolean {
  const host = useUi.getState().findHost;
  return host !== null && ctx.scope === host;
}

const done = () => Promise.resolve({ result: undefined });

/** Opens find on the board and puts the cursor in it; from its own field, closes it. */
export const findOnBoardAction = defineAction({
  name: 'findOnBoard',
  label: 'find.open',
  keys: ['Mod+F'],
  keysInFields: true,
  enabled: findAvailable,
  perform: () => {
    useUi.getState().summonFind();
    return done();
  },
});

const stepping = (ctx: ActionContext) => findAvailable(ctx) && useUi.getState().find.open;

/** Goes to the next match and focuses it. */
export const findNextAction = defineAction({
  name: 'findNext',
  label: 'find.next',
  keys: ['F3', 'Mod+G'],
  keysInFields: true,
  enabled: stepping,
  perform: () => {
    useUi.getState().stepFind(1);
    return done();
  },
});

/** Goes to the previous match and focuses it. */
export const findPreviousAction = defineAction({
  name: 'findPrevious',
  label: 'find.previous',
  keys: ['Shift+F3', 'Mod+Shift+G'],
  keysInFields: true,
  enabled: stepping,
  perform: () => {
    useUi.getState().stepFind(-1);
    return done();
  },
});
