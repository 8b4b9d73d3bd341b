import { useUi, type UndoEntry } from '../state';
import { Refusal } from '../db';
import { message } from '../../shared/i18n';

export interface ActionContext {
  /** The undo scope the command belongs to: the library or the open workshop. */
  scope: string;
}

export interface Outcome<R> {
  result: R;
  /** Present when the command enters the undo history. */
  undo?: UndoEntry;
}

/**
 * Every user command is an action: keyboard, buttons, menus and touch all call the same one,
 * and whether it can be undone is decided here, once.
 */
export interface Action<Args, R> {
  name: string;
  /** A catalog key. */
  label: string;
  /** Shortcuts such as "Mod+Z" (Mod is Ctrl, or Cmd on a Mac). */
  keys?: readonly string[];
  /** Whether the shortcut also fires while typing in a field. */
  keysInFields?: boolean;
  /** Whether it can run now; `args` is undefined when a shortcut asks. */
  enabled?: (ctx: ActionContext, args: Args | undefined) => boolean;
  perform: (args: Args, ctx: ActionContext) => Promise<Outcome<R>>;
}

// The registry holds actions of every argument type; each is only ever called with its own.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyAction = Action<any, any>;
const registry = new Map<string, AnyAction>();

export function defineAction<Args = void, R = void>(action: Action<Args, R>): Action<Args, R> {
  if (registry.has(action.name)) throw new Error(`Action "${action.name}" is defined twice`);
  registry.set(action.name, action);
  return action;
}

export function registeredActions(): readonly AnyAction[] {
  return [...registry.values()];
}

export function currentContext(): ActionContext {
  return { scope: useUi.getState().scope };
}

/**
 * Runs an action; a refusal or a failure is shown to the person in plain words and the
 * command is not recorded. Returns `undefined` when it did not happen.
 */
export async function perform<Args, R>(action: Action<Args, R>, args: Args, ctx = currentContext()): Promise<R | undefined> {
  if (action.enabled && !action.enabled(ctx, args)) return undefined;
  try {
    const outcome = await action.perform(args, ctx);
    if (outcome.undo) useUi.getState().record(ctx.scope, outcome.undo);
    return outcome.result;
  } catch (error) {
    reportFailure(error);
    return undefined;
  }
}

export function reportFailure(error: unknown): void {
  const reason = error instanceof Refusal ? error.reason : message('errors.failed', { reason: error instanceof Error ? error.message : String(error) });
  useUi.getState().notify({ tone: 'error', message: reason });
}

const isMac = typeof navigator !== 'undefined' && /Mac|iP(hone|ad)/.test(navigator.platform);

export function matchesKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, combo: string): boolean {
  const parts = combo.split('+');
  const key = parts.pop()!;
  const wants = new Set(parts);
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (wants.has('Mod') !== mod) return false;
  if (wants.has('Shift') !== event.shiftKey) return false;
  if (wants.has('Alt') !== event.altKey) return false;
  return event.key.toLowerCase() === key.toLowerCase();
}

function isTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/** The action a key press asks for, if any; typing in a field keeps the field's own keys. */
export function actionForKey(event: KeyboardEvent, ctx = currentContext()): AnyAction | undefined {
  const inField = isTextField(event.target);
  for (const action of registry.values()) {
    if (inField && !action.keysInFields) continue;
    if (action.enabled && !action.enabled(ctx, undefined)) continue;
    if (action.keys?.some((k) => matchesKey(event, k))) return action;
  }
  return undefined;
}
