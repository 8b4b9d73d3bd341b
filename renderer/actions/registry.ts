import { useHistory, useUi, type UndoEntry } from '../state';
import { Refusal } from '../../shared/lib/refusal';
import { message } from '../../shared/i18n';
import { isTextField } from '../ui/text-field';

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
  /** A catalog key: the heading the shortcuts overlay lists it under. */
  group?: string;
  /** Whether the shortcut also fires while typing in a field. */
  keysInFields?: boolean;
  /** Whether it can run now; `args` is undefined when a shortcut asks. */
  enabled?: (ctx: ActionContext, args: Args | undefined) => boolean;
  perform: (args: Args, ctx: ActionContext) => Promise<Outcome<R>>;
  /** The text a command carries (a sticky's words), shown while it waits to be saved. */
  preview?: (args: Args) => string | null;
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

/** What became of a command: done, refused (shown to the person), or kept to be saved later. */
export type PerformOutcome<R> = { status: 'done'; result: R } | { status: 'refused' } | { status: 'unsaved' };

const STORAGE_FAILURES = new Set([
  'QuotaExceededError',
  'DatabaseClosedError',
  'AbortError',
  'InvalidStateError',
  'UnknownError',
  'OpenFailedError',
  'TransactionInactiveError',
  'ReadOnlyError',
]);

/** Whether an error is the storage failing (full disk, closed database), not the command being wrong. */
export function isStorageFailure(error: unknown): boolean {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  return !!e && (STORAGE_FAILURES.has(e.name ?? '') || STORAGE_FAILURES.has(e.inner?.name ?? ''));
}

interface Waiting {
  id: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  action: Action<any, any>;
  args: unknown;
  ctx: ActionContext;
}
const waiting: Waiting[] = [];
let nextWaitingId = 1;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
/** How long to wait before trying the storage again. */
export const RETRY_MS = 2000;
/** How the storage is opened again after it was closed under the app (set by the database layer). */
let reopenStorage: () => Promise<void> = async () => undefined;
export function setStorageReopener(reopen: () => Promise<void>): void {
  reopenStorage = reopen;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function publish(problem: string | null): void {
  useUi.getState().setUnsaved(
    waiting.map((w) => ({ id: w.id, label: message(w.action.label), preview: w.action.preview?.(w.args) ?? null })),
    problem,
  );
}

function scheduleRetry(): void {
  if (retryTimer !== undefined) return;
  retryTimer = setTimeout(() => {
    retryTimer = undefined;
    void retryWaiting();
  }, RETRY_MS);
}

/** Tries the commands that could not be saved, oldest first, until one fails again. */
export async function retryWaiting(): Promise<void> {
  while (waiting.length) {
    const next = waiting[0]!;
    try {
      await reopenStorage();
      const outcome = await next.action.perform(next.args, next.ctx);
      if (outcome.undo) useHistory.getState().record(next.ctx.scope, outcome.undo);
      waiting.shift();
    } catch (error) {
      if (isStorageFailure(error)) {
        publish(describe(error));
        return scheduleRetry();
      }
      // It can no longer be done (the workshop changed meanwhile): say so and go on.
      waiting.shift();
      reportFailure(error);
    }
  }
  publish(null);
  useUi.getState().notify({ tone: 'info', message: message('saving.recovered') });
}

/**
 * Runs an action and says what became of it. A refusal or a failure is shown to the person in
 * plain words and the command is not recorded. When the storage itself fails (a full disk, a
 * closed database), the command is kept, a "not saved" banner says so at once, and it is tried
 * again every few seconds until it is saved.
 */
export async function performOutcome<Args, R>(action: Action<Args, R>, args: Args, ctx = currentContext()): Promise<PerformOutcome<R>> {
  if (action.enabled && !action.enabled(ctx, args)) return { status: 'refused' };
  // Nothing jumps the queue: while older commands wait, a newer one waits behind them.
  if (waiting.length) {
    waiting.push({ id: nextWaitingId++, action, args, ctx });
    publish(useUi.getState().storageProblem);
    return { status: 'unsaved' };
  }
  try {
    const outcome = await action.perform(args, ctx);
    if (outcome.undo) useHistory.getState().record(ctx.scope, outcome.undo);
    return { status: 'done', result: outcome.result };
  } catch (error) {
    if (isStorageFailure(error)) {
      waiting.push({ id: nextWaitingId++, action, args, ctx });
      publish(describe(error));
      scheduleRetry();
      return { status: 'unsaved' };
    }
    reportFailure(error);
    return { status: 'refused' };
  }
}

/** Runs an action (see `performOutcome`); returns `undefined` when it did not happen now. */
export async function perform<Args, R>(action: Action<Args, R>, args: Args, ctx = currentContext()): Promise<R | undefined> {
  const outcome = await performOutcome(action, args, ctx);
  return outcome.status === 'done' ? outcome.result : undefined;
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
  // A punctuation key such as "?" names the character: whether Shift makes it depends on the layout.
  const punctuation = key.length === 1 && !/[\p{L}\p{N}]/u.test(key);
  if (!punctuation && wants.has('Shift') !== event.shiftKey) return false;
  if (wants.has('Alt') !== event.altKey) return false;
  return event.key.toLowerCase() === (key === 'Space' ? ' ' : key.toLowerCase());
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
