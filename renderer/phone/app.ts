import type { PhoneState } from '../../shared/room/protocol';
import { RoomClient, type Fetch, type Lobby, type Result } from './api';
import { GroupPage } from './group-page';
import { closedScreen, codeScreen, connectingScreen, groupScreen, looksLikeCode, normaliseCode, problemScreen } from './join-screens';
import { problemText } from './labels';
import { phoneLanguage, preferredLanguage, translator, type Translate } from './translate';

/** The part of EventSource the page uses; a test passes a fake. */
export interface EventStream {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: Event) => void): void;
  close(): void;
}

export interface PhoneDeps {
  root: HTMLElement;
  fetch: Fetch;
  openEvents(url: string): EventStream;
  /** Where the session survives a reload: sessionStorage in the browser (null when it is refused). */
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /** The URL's fragment: `#ROOMCODE` from the room's QR code, or empty. */
  hash: string;
  /** The phone's preferred languages, for the screens shown before the workshop's language is known. */
  languages: readonly string[];
  later?: (run: () => void, ms: number) => void;
}

interface Session {
  token: string;
  code: string;
}

const SESSION_KEY = 'outmodel-room-session';
const EVENTSOURCE_CLOSED = 2;
const RECHECK_MS = 3_000;

/**
 * The phone page: room code → group → the group's page, live. A session lives in sessionStorage,
 * so a reload goes straight back to the page; a dead session (401) goes back to the group screen.
 */
export class PhoneApp {
  private readonly client: RoomClient;
  private readonly later: (run: () => void, ms: number) => void;
  private t: Translate;
  private page: GroupPage | null = null;
  private pageLanguage: string | null = null;
  private events: EventStream | null = null;
  /** Bumped whenever the page leaves a screen, so late answers and events of the old one are dropped. */
  private generation = 0;

  constructor(private readonly deps: PhoneDeps) {
    this.client = new RoomClient(deps.fetch);
    this.later = deps.later ?? ((run, ms) => void setTimeout(run, ms));
    this.t = translator(preferredLanguage(deps.languages).code);
  }

  start(): void {
    const session = this.readSession();
    if (session) return void this.resume(session);
    const raw = decodeFragment(this.deps.hash);
    const code = normaliseCode(raw);
    if (!looksLikeCode(code)) return this.showCode(raw, raw ? this.t('phone.problems.codeShape') : null);
    this.show(connectingScreen(this.t));
    void this.openLobby(code, null, false);
  }

  // ── Screens ─────────────────────────────────────────────────────────────────────────────────

  private show(screen: HTMLElement): void {
    this.generation += 1;
    this.stopEvents();
    this.page = null;
    this.deps.root.replaceChildren(screen);
  }

  private setLanguage(tag: string | undefined): void {
    const language = tag === undefined ? preferredLanguage(this.deps.languages) : phoneLanguage(tag);
    this.t = translator(language.code);
    const html = this.deps.root.ownerDocument.documentElement;
    html.lang = language.code;
    html.dir = language.dir;
  }

  private setTitle(title: string | null): void {
    this.deps.root.ownerDocument.title = title || this.t('phone.title');
  }

  private showCode(code: string, message: string | null): void {
    this.setLanguage(undefined);
    this.setTitle(null);
    this.show(codeScreen(this.t, code, message, (typed) => this.openLobby(typed, null, true)));
  }

  /**
   * Asks the room for its groups. When that fails, the code screen says why: the one the person is
   * on (the answer goes back to it), or a new one (a code from the URL, a session that ended).
   */
  private async openLobby(code: string, notice: string | null, onCodeScreen: boolean): Promise<string | null> {
    const generation = this.generation;
    const result = await this.client.lobby(code);
    if (generation !== this.generation) return null;
    if (!result.ok) {
      const text = problemText(this.t, result.problem);
      if (!onCodeScreen) this.showCode(code, text);
      return text;
    }
    this.showGroups(code, result.value, notice);
    return null;
  }

  private showGroups(code: string, lobby: Lobby, notice: string | null): void {
    this.setLanguage(lobby.language);
    this.setTitle(lobby.title);
    this.show(groupScreen(this.t, lobby, notice, (groupId, name) => this.join(code, groupId, name)));
  }

  private async join(code: string, groupId: string, name: string | null): Promise<string | null> {
    const result = await this.client.join(code, groupId, name);
    if (!result.ok) {
      if (result.problem.kind === 'wrongCode') this.showCode(code, problemText(this.t, result.problem));
      return problemText(this.t, result.problem);
    }
    const session = { token: result.value.token, code };
    this.writeSession(session);
    this.showPage(session, result.value.state);
    return null;
  }

  private async resume(session: Session): Promise<void> {
    this.show(connectingScreen(this.t));
    const generation = this.generation;
    const result = await this.client.state(session.token);
    if (generation !== this.generation) return;
    if (result.ok) return this.showPage(session, result.value);
    if (result.problem.kind === 'unauthorised') return this.sessionEnded(session);
    this.show(problemScreen(this.t, problemText(this.t, result.problem), () => void this.resume(session)));
  }

  private showPage(session: Session, state: PhoneState): void {
    this.generation += 1;
    this.stopEvents();
    this.drawPage(session, state);
    this.listen(session);
  }

  private drawPage(session: Session, state: PhoneState): void {
    this.setLanguage(state.view.language);
    this.setTitle(state.view.workshopTitle);
    const page = new GroupPage(this.t, this.actionsFor(session), state);
    this.deps.root.replaceChildren(page.element);
    this.page = page;
    this.pageLanguage = state.view.language;
  }

  private update(session: Session, state: PhoneState): void {
    // Another language means other words everywhere: draw the page anew (the live stream stays).
    if (!this.page || state.view.language !== this.pageLanguage) return this.drawPage(session, state);
    this.setTitle(state.view.workshopTitle);
    this.page.update(state);
  }

  private sessionEnded(session: Session): void {
    this.forgetSession();
    this.show(connectingScreen(this.t));
    void this.openLobby(session.code, this.t('phone.problems.sessionEnded'), false);
  }

  private closed(): void {
    this.forgetSession();
    this.show(closedScreen(this.t, () => this.showCode('', null)));
  }

  // ── The group's requests ────────────────────────────────────────────────────────────────────

  private actionsFor(session: Session) {
    const handled = async <T>(result: Promise<Result<T>>): Promise<Result<T>> => {
      const generation = this.generation;
      const answer = await result;
      if (!answer.ok && answer.problem.kind === 'unauthorised' && generation === this.generation) this.sessionEnded(session);
      return answer;
    };
    return {
      post: (request: Parameters<RoomClient['post']>[1]) => handled(this.client.post(session.token, request)),
      react: (request: Parameters<RoomClient['react']>[1]) => handled(this.client.react(session.token, request)),
      vote: (request: Parameters<RoomClient['vote']>[1]) => handled(this.client.vote(session.token, request)),
    };
  }

  // ── Live state ──────────────────────────────────────────────────────────────────────────────

  private listen(session: Session): void {
    this.stopEvents();
    const generation = this.generation;
    const events = this.deps.openEvents(`/api/events?token=${encodeURIComponent(session.token)}`);
    this.events = events;
    const current = () => generation === this.generation && this.events === events;
    events.addEventListener('open', () => {
      if (current()) this.page?.setConnected(true);
    });
    events.addEventListener('state', (event) => {
      if (!current()) return;
      const state = parseState((event as MessageEvent).data);
      if (!state) return;
      this.page?.setConnected(true);
      this.update(session, state);
    });
    events.addEventListener('closed', () => {
      if (current()) this.closed();
    });
    events.addEventListener('error', () => {
      if (!current()) return;
      this.page?.setConnected(false);
      // EventSource retries by itself after a network error; after an HTTP error it gives up.
      if (events.readyState === EVENTSOURCE_CLOSED) {
        this.stopEvents();
        void this.recheck(session, generation);
      }
    });
  }

  /** The live stream gave up: ask whether the session still holds, and listen again if it does. */
  private async recheck(session: Session, generation: number): Promise<void> {
    const result = await this.client.state(session.token);
    if (generation !== this.generation) return;
    if (result.ok) {
      this.update(session, result.value);
      this.page?.setConnected(false);
      // After a pause: a stream that keeps failing at once must not become a tight loop.
      this.later(() => {
        if (generation === this.generation && this.events === null) this.listen(session);
      }, RECHECK_MS);
      return;
    }
    if (result.problem.kind === 'unauthorised') return this.sessionEnded(session);
    this.later(() => {
      if (generation === this.generation) void this.recheck(session, generation);
    }, RECHECK_MS);
  }

  private stopEvents(): void {
    this.events?.close();
    this.events = null;
  }

  // ── Session storage ─────────────────────────────────────────────────────────────────────────

  private readSession(): Session | null {
    try {
      const stored = JSON.parse(this.deps.storage?.getItem(SESSION_KEY) ?? 'null') as Partial<Session> | null;
      return typeof stored?.token === 'string' && typeof stored.code === 'string' ? { token: stored.token, code: stored.code } : null;
    } catch {
      return null;
    }
  }

  private writeSession(session: Session): void {
    try {
      this.deps.storage?.setItem(SESSION_KEY, JSON.stringify(session));
    } catch {
      // Storage refused (a private window): the session lasts until the page is reloaded.
    }
  }

  private forgetSession(): void {
    try {
      this.deps.storage?.removeItem(SESSION_KEY);
    } catch {
      // Nothing kept, nothing to forget.
    }
  }
}

function decodeFragment(hash: string): string {
  const fragment = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

function parseState(data: unknown): PhoneState | null {
  try {
    const state = JSON.parse(String(data)) as PhoneState;
    return state && typeof state === 'object' && state.view && typeof state.view === 'object' ? state : null;
  } catch {
    return null;
  }
}
