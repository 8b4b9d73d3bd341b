import { useHistory } from '../state';
import { defineAction, reportFailure, type ActionContext } from './registry';

async function step(ctx: ActionContext, from: 'past' | 'future'): Promise<void> {
  const entry = useHistory.getState().shift(ctx.scope, from);
  if (!entry) return;
  try {
    await (from === 'past' ? entry.undo() : entry.redo());
  } catch (error) {
    // Put it back: the history must describe what is really in the database.
    useHistory.getState().shift(ctx.scope, from === 'past' ? 'future' : 'past');
    reportFailure(error);
  }
}

const has = (ctx: ActionContext, which: 'past' | 'future') => (useHistory.getState().history[ctx.scope]?.[which].length ?? 0) > 0;

export const undoAction = defineAction({
  name: 'undo',
  label: 'actions.undo',
  keys: ['Mod+Z'],
  enabled: (ctx) => has(ctx, 'past'),
  perform: async (_: void, ctx) => ({ result: await step(ctx, 'past') }),
});

export const redoAction = defineAction({
  name: 'redo',
  label: 'actions.redo',
  keys: ['Mod+Shift+Z', 'Mod+Y'],
  enabled: (ctx) => has(ctx, 'future'),
  perform: async (_: void, ctx) => ({ result: await step(ctx, 'future') }),
});
