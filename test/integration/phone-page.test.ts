import { fireEvent, screen, waitFor, within } from '@testing-library/dom';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PhoneApp, type EventStream } from '../../renderer/phone/app';
import { STICKY_TEXT_MAX } from '../../renderer/phone/composer';
import { MARK_SHAPES } from '../../renderer/phone/dom';
import { translator } from '../../renderer/phone/translate';
import type { PhoneState, PhoneView } from '../../shared/room/protocol';

// ── A fake room: the server's HTTP API and its Server-Sent Events, injected into the page ───────

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}
type Answer = { status: number; body: unknown };
type Route = (request: Sent) => Answer | Promise<Answer>;

const DEV = { id: 'group:dev', name: 'Dev', colour: '#1f6feb', mark: 'circle' };
const OPS = { id: 'group:ops', name: 'Ops', colour: '#d97706', mark: 'square' };

function lobby(overrides: Partial<{ title: string; language: string; askNames: boolean; groups: (typeof DEV)[] }> = {}) {
  return { title: 'Cats and dogs', language: 'en', askNames: false, groups: [DEV, OPS], ...overrides };
}

/** A group's view; overrides are loose (plain strings for branded ids): the page reads JSON. */
function view(overrides: object = {}): PhoneView {
  return {
    workshopTitle: 'Cats and dogs',
    language: 'en',
    group: DEV,
    phase: { kind: 'outmodel', title: 'Outmodel', instructions: 'Write how the other group works.' },
    lanes: [{ key: 'outmodel:dev:ops', kind: 'outmodel', title: 'Dev about Ops', items: [] }],
    spotlight: null,
    round: null,
    ...overrides,
  } as unknown as PhoneView;
}

function state(overrides: object = {}, rest: Partial<Omit<PhoneState, 'view'>> = {}): PhoneState {
  return { view: view(overrides), ballot: {}, name: null, ...rest };
}

class FakeEvents implements EventStream {
  readyState = 0;
  closed = false;
  private readonly listeners = new Map<string, ((event: Event) => void)[]>();
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: (event: Event) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  private emit(event: Event) {
    for (const listener of this.listeners.get(event.type) ?? []) listener(event);
  }
  open() {
    this.readyState = 1;
    this.emit(new Event('open'));
  }
  send(type: 'state', data: PhoneState): void;
  send(type: 'closed'): void;
  send(type: string, data?: unknown) {
    this.emit(data === undefined ? new Event(type) : new MessageEvent(type, { data: JSON.stringify(data) }));
  }
  fail(readyState: 0 | 2) {
    this.readyState = readyState;
    this.emit(new Event('error'));
  }
}

class FakeRoom {
  readonly sent: Sent[] = [];
  readonly streams: FakeEvents[] = [];
  readonly routes = new Map<string, Route>([
    ['/api/lobby', () => ({ status: 200, body: lobby() })],
    ['/api/join', () => ({ status: 200, body: { token: 'token-1', state: state() } })],
    ['/api/state', () => ({ status: 200, body: state() })],
    ['/api/post', () => ({ status: 200, body: { ok: true } })],
    ['/api/react', () => ({ status: 200, body: { ok: true } })],
    ['/api/vote', () => ({ status: 200, body: { ok: true } })],
  ]);

  fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const request: Sent = { url, method: init.method ?? 'GET', headers: { ...(init.headers as Record<string, string>) }, body: init.body ? JSON.parse(String(init.body)) : undefined };
    this.sent.push(request);
    const route = this.routes.get(url);
    if (!route) throw new TypeError('Failed to fetch');
    const answer = await route(request);
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'Content-Type': 'application/json' } });
  };

  openEvents = (url: string) => {
    const stream = new FakeEvents(url);
    this.streams.push(stream);
    return stream;
  };

  on(url: string, route: Route) {
    this.routes.set(url, route);
  }

  /** An answer that waits until the test lets it go. */
  hold(url: string, answer: Answer): () => void {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    this.on(url, async () => {
      await gate;
      return answer;
    });
    return release;
  }

  to(url: string) {
    return this.sent.filter((r) => r.url === url);
  }

  get stream(): FakeEvents {
    return this.streams.at(-1)!;
  }
}

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

let room: FakeRoom;
let storage: MemoryStorage;
/** What the page asked to run later (retries), run when a test says so. */
let pending: (() => void)[];

function startPage({ hash = '', languages = ['en-GB'] }: { hash?: string; languages?: string[] } = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  new PhoneApp({ root, fetch: room.fetch, openEvents: room.openEvents, storage, hash, languages, later: (run) => void pending.push(run) }).start();
  return root;
}

/** Starts from the room's QR code and joins Dev: the group's page, live. */
async function joined(first: PhoneState = state()) {
  room.on('/api/join', () => ({ status: 200, body: { token: 'token-1', state: first } }));
  const root = startPage({ hash: '#KM74QR' });
  await userEvent.click(await screen.findByRole('button', { name: 'Dev' }));
  await screen.findByRole('heading', { level: 1, name: first.view.phase?.title ?? first.view.workshopTitle });
  room.stream.open();
  return root;
}

beforeEach(() => {
  room = new FakeRoom();
  storage = new MemoryStorage();
  pending = [];
  document.body.replaceChildren();
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
});
afterEach(() => {
  document.body.replaceChildren();
});

// ── The code and group screens ───────────────────────────────────────────────────────────────

describe('joining', () => {
  it('asks for the code, says when it is wrong, then shows the groups', async () => {
    room.on('/api/lobby', (r) => ((r.body as { code: string }).code === 'KM74QR' ? { status: 200, body: lobby() } : { status: 403, body: { error: 'code' } }));
    startPage();
    const field = screen.getByRole('textbox', { name: 'Room code' });
    const join = screen.getByRole('button', { name: 'Join' });

    await userEvent.type(field, 'abc');
    await userEvent.click(join);
    expect(screen.getByRole('alert').textContent).toBe('A room code has six letters and digits, as on the room’s screen.');
    expect(room.sent).toEqual([]);

    await userEvent.clear(field);
    await userEvent.type(field, 'acdefg{Enter}');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('That code is not right. Check the code on the room’s screen and try again.'));
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(room.to('/api/lobby')[0]!.body).toEqual({ code: 'ACDEFG' });

    await userEvent.clear(field);
    await userEvent.type(field, 'km7 4qr');
    await userEvent.click(join);
    expect(await screen.findByRole('heading', { level: 1, name: 'Cats and dogs' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Which group are you in?' })).toBeTruthy();
    const groups = within(screen.getByRole('group', { name: 'Which group are you in?' })).getAllByRole('button');
    expect(groups.map((b) => b.textContent)).toEqual(['Dev', 'Ops']);
    // Each group's button carries its mark, drawn as SVG in its colour.
    expect(groups[0]!.querySelector('svg path')!.getAttribute('fill')).toBe('#1f6feb');
    expect(groups[1]!.querySelector('svg path')!.getAttribute('d')).toBe(MARK_SHAPES.square);
    expect(screen.queryByRole('textbox', { name: 'Your name' })).toBeNull();
  });

  it('skips the code screen when the URL holds the code, and joins without a name when none is asked', async () => {
    startPage({ hash: '#KM74QR' });
    await userEvent.click(await screen.findByRole('button', { name: 'Ops' }));
    await screen.findByRole('heading', { level: 1, name: 'Outmodel' });
    expect(room.to('/api/lobby')[0]!.body).toEqual({ code: 'KM74QR' });
    expect(room.to('/api/join')[0]!.body).toEqual({ code: 'KM74QR', groupId: 'group:ops' });
    expect(room.stream.url).toBe('/api/events?token=token-1');
    expect(JSON.parse(storage.getItem('outmodel-room-session')!)).toEqual({ token: 'token-1', code: 'KM74QR' });
    expect(document.title).toBe('Cats and dogs');
  });

  it('says so when the code in the URL is wrong, with the code filled in', async () => {
    room.on('/api/lobby', () => ({ status: 403, body: { error: 'code' } }));
    startPage({ hash: '#QQQQQQ' });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('That code is not right. Check the code on the room’s screen and try again.'));
    expect((screen.getByRole('textbox', { name: 'Room code' }) as HTMLInputElement).value).toBe('QQQQQQ');
  });

  it('asks for a name when the room asks for names, and sends it', async () => {
    room.on('/api/lobby', () => ({ status: 200, body: lobby({ askNames: true }) }));
    room.on('/api/join', () => ({ status: 200, body: { token: 'token-1', state: state({}, { name: 'Dana' }) } }));
    startPage({ hash: '#KM74QR' });
    await userEvent.click(await screen.findByRole('button', { name: 'Dev' }));
    expect(screen.getByRole('alert').textContent).toBe('Write your name first, then pick your group.');
    expect(room.to('/api/join')).toEqual([]);

    await userEvent.type(screen.getByRole('textbox', { name: 'Your name' }), '  Dana {Enter}');
    expect(room.to('/api/join')).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Dev' }));
    expect(await screen.findByText('Posting as Dana')).toBeTruthy();
    expect(room.to('/api/join')[0]!.body).toEqual({ code: 'KM74QR', groupId: 'group:dev', name: 'Dana' });
  });

  it('shows a refusal to join on the group screen', async () => {
    room.on('/api/join', () => ({ status: 409, body: { refusal: 'unknownGroup' } }));
    startPage({ hash: '#KM74QR' });
    await userEvent.click(await screen.findByRole('button', { name: 'Dev' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('That group is no longer in the workshop. Pick your group again.'));
    expect((screen.getByRole('button', { name: 'Dev' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('says the workshop is not ready, and when the room does not answer', async () => {
    room.on('/api/lobby', () => ({ status: 503, body: { error: 'notReady' } }));
    startPage({ hash: '#KM74QR' });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The workshop is not ready for phones yet. Try again in a moment.'));
    room.routes.delete('/api/lobby');
    await userEvent.click(screen.getByRole('button', { name: 'Join' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The room’s laptop did not answer. Check that this phone is on the room’s Wi-Fi, then try again.'));
  });
});

// ── The group's page ─────────────────────────────────────────────────────────────────────────

describe('writing in an open lane', () => {
  it('posts with Enter, shows it is sending, clears only on success, and lists the item when the next state arrives', async () => {
    await joined();
    expect(screen.getByText('Write how the other group works.')).toBeTruthy();
    const lane = screen.getByRole('region', { name: 'Dev about Ops' });
    const field = within(lane).getByRole('textbox', { name: 'New sticky in Dev about Ops' }) as HTMLTextAreaElement;
    expect(within(lane).getByText('Nothing from your group here yet.')).toBeTruthy();

    const release = room.hold('/api/post', { status: 200, body: { ok: true } });
    await userEvent.type(field, '  They wait for the CAB {Enter}');
    const busy = within(lane).getByRole('button', { name: 'Posting…' }) as HTMLButtonElement;
    expect(busy.disabled).toBe(true);
    expect(field.value).toBe('  They wait for the CAB ');
    const [post] = room.to('/api/post');
    expect(post!.body).toEqual({ laneKey: 'outmodel:dev:ops', text: 'They wait for the CAB' });
    expect(post!.headers.Authorization).toBe('Bearer token-1');

    release();
    await waitFor(() => expect(within(lane).getByRole('status').textContent).toBe('Posted.'));
    expect(field.value).toBe('');
    expect(within(lane).getByRole('button', { name: 'Post' })).toBeTruthy();

    room.stream.send('state', state({ lanes: [{ key: 'outmodel:dev:ops', kind: 'outmodel', title: 'Dev about Ops', items: [{ id: 'sticky:1', text: 'They wait for the CAB', authorName: 'Dana' }] }] }));
    expect(within(lane).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['They wait for the CABby Dana']);
    expect(within(lane).getByRole('heading', { name: '1 sticky from your group' })).toBeTruthy();
    // The same card: the field is the one the person was typing in.
    expect(within(screen.getByRole('region', { name: 'Dev about Ops' })).getByRole('textbox')).toBe(field);
  });

  it('keeps the text and says why when the room refuses or fails', async () => {
    await joined();
    const lane = screen.getByRole('region', { name: 'Dev about Ops' });
    const field = within(lane).getByRole('textbox') as HTMLTextAreaElement;
    room.on('/api/post', () => ({ status: 409, body: { refusal: 'laneClosed' } }));
    await userEvent.type(field, 'Too late');
    await userEvent.click(within(lane).getByRole('button', { name: 'Post' }));
    await waitFor(() => expect(within(lane).getByRole('alert').textContent).toBe('This lane has closed: the phase has moved on. Your text is still here; copy it if you need it.'));
    expect(field.value).toBe('Too late');
    expect(field.getAttribute('aria-invalid')).toBe('true');

    for (const [answer, message] of [
      [{ status: 429, body: { error: 'rate' } }, 'Too much at once: wait a second and try again.'],
      [{ status: 504, body: {} }, 'The facilitator’s laptop did not answer in time. Try again; if it went through, it shows up here.'],
      [{ status: 413, body: {} }, 'That is too long to send. Shorten it and try again.'],
      [{ status: 500, body: {} }, 'Something went wrong (error 500). Try again.'],
    ] as const) {
      room.on('/api/post', () => answer);
      await userEvent.click(within(lane).getByRole('button', { name: 'Post' }));
      await waitFor(() => expect(within(lane).getByRole('alert').textContent).toBe(message));
      expect(field.value).toBe('Too late');
    }
  });

  it('does not send an empty or an over-long sticky', async () => {
    await joined();
    const lane = screen.getByRole('region', { name: 'Dev about Ops' });
    await userEvent.click(within(lane).getByRole('button', { name: 'Post' }));
    expect(within(lane).getByRole('alert').textContent).toBe('Write something first.');
    fireEvent.input(within(lane).getByRole('textbox'), { target: { value: 'x'.repeat(STICKY_TEXT_MAX + 1) } });
    await userEvent.click(within(lane).getByRole('button', { name: 'Post' }));
    expect(within(lane).getByRole('alert').textContent).toBe(`A sticky holds at most ${STICKY_TEXT_MAX} characters; this one has ${STICKY_TEXT_MAX + 1}.`);
    expect(room.to('/api/post')).toEqual([]);
  });

  it('sends the requirement type and lens in a requirement lane', async () => {
    await joined(state({ phase: { kind: 'requirements', title: 'Requirements', instructions: '' }, lanes: [{ key: 'requirement:dev:ops', kind: 'requirement', title: 'Dev requires of Ops', items: [] }] }));
    const lane = screen.getByRole('region', { name: 'Dev requires of Ops' });
    expect(within(lane).getAllByRole('option', { hidden: true }).map((o) => o.textContent)).toEqual(['Do more', 'Do less or stop', 'Keep doing', 'No lens', 'Culture', 'Automation', 'Lean', 'Measurement', 'Sharing']);
    await userEvent.selectOptions(within(lane).getByRole('combobox', { name: 'Type' }), 'keep-doing');
    await userEvent.selectOptions(within(lane).getByRole('combobox', { name: 'Lens' }), 'lean');
    await userEvent.type(within(lane).getByRole('textbox', { name: 'New sticky in Dev requires of Ops' }), 'Small changes{Enter}');
    await waitFor(() => expect(room.to('/api/post')).toHaveLength(1));
    expect(room.to('/api/post')[0]!.body).toEqual({ laneKey: 'requirement:dev:ops', text: 'Small changes', requirementType: 'keep-doing', lens: 'lean' });
    // No lens chosen: null, not an empty string.
    await userEvent.selectOptions(within(lane).getByRole('combobox', { name: 'Lens' }), '');
    await userEvent.type(within(lane).getByRole('textbox'), 'More pairing{Enter}');
    await waitFor(() => expect(room.to('/api/post')).toHaveLength(2));
    expect(room.to('/api/post')[1]!.body).toMatchObject({ requirementType: 'keep-doing', lens: null });
  });
});

describe('following the phases', () => {
  it('redraws when the phase changes, keeps what is typed in a lane that stays open, and says when nothing is open', async () => {
    await joined(state({ lanes: [view().lanes[0]!, { key: 'inmodel:dev', kind: 'inmodel', title: 'Dev about Dev', items: [] }] }));
    const field = within(screen.getByRole('region', { name: 'Dev about Dev' })).getByRole('textbox') as HTMLTextAreaElement;
    await userEvent.type(field, 'Half written');

    room.stream.send('state', state({ phase: { kind: 'outmodel', title: 'Outmodel, second part', instructions: '' }, lanes: [{ key: 'inmodel:dev', kind: 'inmodel', title: 'Dev about Dev', items: [] }] }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Outmodel, second part');
    expect(screen.queryByRole('region', { name: 'Dev about Ops' })).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Dev about Dev' })).getByRole('textbox')).toBe(field);
    expect(field.value).toBe('Half written');

    room.stream.send('state', state({ phase: { kind: 'presentation', title: 'Presentations', instructions: '' }, lanes: [] }));
    expect(screen.getByText('Nothing to write from your phone right now. Follow the room’s screen: this page changes by itself when the next phase starts.')).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();

    room.stream.send('state', state({ phase: null, lanes: [] }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Cats and dogs');
    expect(screen.getByText('The workshop has not started yet. This page changes by itself when it does.')).toBeTruthy();
  });

  it('keeps the focus in the field being typed in while cards come and go around it', async () => {
    await joined();
    const field = screen.getByRole('textbox', { name: 'New sticky in Dev about Ops' }) as HTMLTextAreaElement;
    await userEvent.type(field, 'Still typing');
    expect(document.activeElement).toBe(field);
    const spotlight = { stickyId: 'sticky:ops-1', text: 'Dev ships on Fridays', byGroup: 'Ops', verdict: null, reactionText: '' };
    room.stream.send('state', state({ spotlight }));
    expect(screen.getByRole('region', { name: 'React to this item' })).toBeTruthy();
    room.stream.send('state', state());
    expect(screen.queryByRole('region', { name: 'React to this item' })).toBeNull();
    expect(document.activeElement).toBe(field);
    expect(field.value).toBe('Still typing');
  });

  it('shows “Reconnecting…” while the live connection is down', async () => {
    await joined();
    expect(screen.queryByText('Reconnecting… what you type stays here.')).toBeNull();
    room.stream.fail(0);
    expect(screen.getByText('Reconnecting… what you type stays here.').getAttribute('role')).toBe('status');
    room.stream.open();
    expect(screen.queryByText('Reconnecting… what you type stays here.')).toBeNull();
  });

  it('goes back to the groups when the live connection gives up and the session is gone', async () => {
    await joined();
    room.on('/api/state', () => ({ status: 401, body: {} }));
    room.stream.fail(2);
    expect(await screen.findByText('Your place in the room has ended. Join again.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Dev' })).toBeTruthy();
    expect(storage.getItem('outmodel-room-session')).toBeNull();
  });

  it('listens again when the live connection gives up but the session holds', async () => {
    await joined();
    room.on('/api/state', () => ({ status: 200, body: state({ phase: { kind: 'outmodel', title: 'Back again', instructions: '' } }) }));
    const first = room.stream;
    first.fail(2);
    await screen.findByRole('heading', { level: 1, name: 'Back again' });
    expect(room.to('/api/state')[0]!.headers.Authorization).toBe('Bearer token-1');
    expect(first.closed).toBe(true);
    // Not live yet: it listens again after a pause, so a stream that keeps failing is no tight loop.
    expect(screen.getByText('Reconnecting… what you type stays here.')).toBeTruthy();
    expect(room.streams).toHaveLength(1);
    pending.splice(0).forEach((run) => run());
    expect(room.streams).toHaveLength(2);
    room.stream.open();
    expect(screen.queryByText('Reconnecting… what you type stays here.')).toBeNull();
  });

  it('shows “room join is off” when the facilitator turns it off, and stops', async () => {
    await joined();
    const stream = room.stream;
    stream.send('closed');
    expect(screen.getByRole('heading', { name: 'Room join is off' })).toBeTruthy();
    expect(stream.closed).toBe(true);
    expect(storage.getItem('outmodel-room-session')).toBeNull();
    // Later events of the dead stream change nothing.
    stream.send('state', state());
    expect(screen.getByRole('heading', { name: 'Room join is off' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Join again' }));
    expect(screen.getByRole('textbox', { name: 'Room code' })).toBeTruthy();
  });

  it('keeps asking, after a pause, while the room does not answer', async () => {
    await joined();
    room.routes.delete('/api/state');
    room.stream.fail(2);
    await waitFor(() => expect(pending).toHaveLength(1));
    room.on('/api/state', () => ({ status: 200, body: state() }));
    pending.splice(0).forEach((run) => run());
    await waitFor(() => expect(pending).toHaveLength(1));
    pending.splice(0).forEach((run) => run());
    expect(room.streams).toHaveLength(2);
  });

  it('goes back to the groups when a post finds the session gone', async () => {
    await joined();
    room.on('/api/post', () => ({ status: 401, body: {} }));
    await userEvent.type(screen.getByRole('textbox', { name: 'New sticky in Dev about Ops' }), 'Hello{Enter}');
    expect(await screen.findByText('Your place in the room has ended. Join again.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Dev' })).toBeTruthy();
  });
});

describe('a reload', () => {
  it('goes straight back to the page with the kept session', async () => {
    storage.setItem('outmodel-room-session', JSON.stringify({ token: 'token-9', code: 'KM74QR' }));
    startPage();
    await screen.findByRole('heading', { level: 1, name: 'Outmodel' });
    expect(room.to('/api/lobby')).toEqual([]);
    expect(room.to('/api/state')[0]!.headers.Authorization).toBe('Bearer token-9');
    expect(room.stream.url).toBe('/api/events?token=token-9');
  });

  it('offers to try again when the room does not answer', async () => {
    storage.setItem('outmodel-room-session', JSON.stringify({ token: 'token-9', code: 'KM74QR' }));
    room.routes.delete('/api/state');
    startPage();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The room’s laptop did not answer. Check that this phone is on the room’s Wi-Fi, then try again.'));
    room.on('/api/state', () => ({ status: 200, body: state() }));
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { level: 1, name: 'Outmodel' });
    expect(room.streams).toHaveLength(1);
  });

  it('goes back to the group screen when the kept session is dead', async () => {
    storage.setItem('outmodel-room-session', JSON.stringify({ token: 'dead', code: 'KM74QR' }));
    room.on('/api/state', () => ({ status: 401, body: {} }));
    startPage();
    expect(await screen.findByText('Your place in the room has ended. Join again.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ops' })).toBeTruthy();
    expect(room.streams).toEqual([]);
  });
});

// ── Reactions ────────────────────────────────────────────────────────────────────────────────

describe('reacting to the spotlight', () => {
  const spotlight = { stickyId: 'sticky:ops-1', text: 'Dev ships on Fridays', byGroup: 'Ops', verdict: null, reactionText: '' };

  it('chooses a verdict, asks for the words it needs, sends, and follows the group’s recorded reaction', async () => {
    await joined(state({ phase: { kind: 'reactions', title: 'Reactions', instructions: '' }, lanes: [], spotlight }));
    const card = screen.getByRole('region', { name: 'React to this item' });
    expect(within(card).getByText('Dev ships on Fridays')).toBeTruthy();
    expect(within(card).getByText('Presented by Ops')).toBeTruthy();
    expect(within(card).getByText('Your group has not reacted yet.')).toBeTruthy();
    const verdicts = within(card).getByRole('group', { name: 'Your reaction' });
    expect(within(verdicts).getAllByRole('button').map((b) => b.textContent)).toEqual(['Accept', 'Accept if…', 'Reject', 'Needs clarification']);

    await userEvent.click(within(card).getByRole('button', { name: 'Send the reaction' }));
    expect(within(card).getByRole('alert').textContent).toBe('Choose a reaction first.');

    await userEvent.click(within(verdicts).getByRole('button', { name: 'Accept if…' }));
    expect(within(verdicts).getByRole('button', { name: 'Accept if…' }).getAttribute('aria-pressed')).toBe('true');
    const field = within(card).getByRole('textbox', { name: 'On what condition' });
    await userEvent.click(within(card).getByRole('button', { name: 'Send the reaction' }));
    expect(within(card).getByRole('alert').textContent).toBe('Say on what condition your group accepts.');

    await userEvent.click(within(verdicts).getByRole('button', { name: 'Reject' }));
    expect(within(card).getByRole('textbox', { name: 'Why not' })).toBe(field);
    await userEvent.click(within(card).getByRole('button', { name: 'Send the reaction' }));
    expect(within(card).getByRole('alert').textContent).toBe('Say why your group rejects it.');
    expect(room.to('/api/react')).toEqual([]);

    await userEvent.click(within(verdicts).getByRole('button', { name: 'Accept if…' }));
    await userEvent.type(field, 'tested on staging');
    await userEvent.click(within(card).getByRole('button', { name: 'Send the reaction' }));
    await waitFor(() => expect(within(card).getByRole('status').textContent).toBe('Reaction sent.'));
    expect(room.to('/api/react')[0]!.body).toEqual({ stickyId: 'sticky:ops-1', verdict: 'accept-if', text: 'tested on staging' });
    expect(room.to('/api/react')[0]!.headers.Authorization).toBe('Bearer token-1');

    room.stream.send('state', state({ phase: { kind: 'reactions', title: 'Reactions', instructions: '' }, lanes: [], spotlight: { ...spotlight, verdict: 'accept-if', reactionText: 'tested on staging' } }));
    expect(within(card).getByText('Your group’s reaction: Accept if…')).toBeTruthy();
    expect(within(card).getAllByText('tested on staging')).toHaveLength(1);
    expect(within(card).getByRole('button', { name: 'Change the reaction' })).toBeTruthy();

    // Another phone of the group changes it: an untouched card follows.
    room.stream.send('state', state({ phase: { kind: 'reactions', title: 'Reactions', instructions: '' }, lanes: [], spotlight: { ...spotlight, verdict: 'accept', reactionText: '' } }));
    expect(within(verdicts).getByRole('button', { name: 'Accept' }).getAttribute('aria-pressed')).toBe('true');
    expect((field as HTMLTextAreaElement).value).toBe('');
  });

  it('keeps what was changed on the card while the reaction before was on its way', async () => {
    await joined(state({ phase: { kind: 'reactions', title: 'Reactions', instructions: '' }, lanes: [], spotlight }));
    const card = screen.getByRole('region', { name: 'React to this item' });
    let answer!: () => void;
    room.on('/api/react', () => new Promise<Answer>((resolve) => (answer = () => resolve({ status: 200, body: { ok: true } }))));
    await userEvent.click(within(card).getByRole('button', { name: 'Accept if…' }));
    const field = within(card).getByRole('textbox', { name: 'On what condition' });
    await userEvent.type(field, 'tested on staging');
    await userEvent.click(within(card).getByRole('button', { name: 'Send the reaction' }));
    await waitFor(() => expect(room.to('/api/react')).toHaveLength(1));
    // While the room is slow to answer, the group thinks better of it.
    await userEvent.type(field, ' and on a Monday');
    answer();
    await waitFor(() => expect(within(card).getByRole('status').textContent).toBe('Reaction sent.'));
    // The room records the first reaction: the card keeps the change, for the group to send.
    room.stream.send('state', state({ phase: { kind: 'reactions', title: 'Reactions', instructions: '' }, lanes: [], spotlight: { ...spotlight, verdict: 'accept-if', reactionText: 'tested on staging' } }));
    expect(within(card).getByText('Your group’s reaction: Accept if…')).toBeTruthy();
    expect((field as HTMLTextAreaElement).value).toBe('tested on staging and on a Monday');
    expect(within(card).getByRole('button', { name: 'Accept if…' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('sends a clarification without words, and shows a refusal', async () => {
    await joined(state({ phase: { kind: 'reactions', title: 'Reactions', instructions: '' }, lanes: [], spotlight }));
    const card = screen.getByRole('region', { name: 'React to this item' });
    room.on('/api/react', () => ({ status: 409, body: { refusal: 'nothingToReact' } }));
    await userEvent.click(within(card).getByRole('button', { name: 'Needs clarification' }));
    expect(within(card).getByRole('textbox', { name: 'What needs clarifying (optional)' })).toBeTruthy();
    await userEvent.click(within(card).getByRole('button', { name: 'Send the reaction' }));
    await waitFor(() => expect(within(card).getByRole('alert').textContent).toBe('There is no item to react to right now.'));
    expect(room.to('/api/react')[0]!.body).toEqual({ stickyId: 'sticky:ops-1', verdict: 'clarify', text: '' });
  });
});

// ── Voting ───────────────────────────────────────────────────────────────────────────────────

describe('voting', () => {
  const items = [
    { id: 'sticky:a', text: 'Shared on-call', authorName: null },
    { id: 'sticky:b', text: 'Deploy on Fridays', authorName: null },
  ];
  const round = { id: 'round:1', budget: 5, perItemCap: 2, perPerson: false, items };
  const voting = (ballot: Record<string, number>, r: Partial<typeof round> = {}, name: string | null = null) =>
    state({ phase: { kind: 'requirements', title: 'Ranking', instructions: '' }, lanes: [], round: { ...round, ...r } }, { ballot, name });
  const row = (text: string) => screen.getAllByRole('listitem').find((li) => li.textContent!.includes(text))!;

  it('shows the dots left, sends + and −, and stops at the budget and the per-item cap', async () => {
    await joined(voting({ 'sticky:a': 2, 'sticky:b': 1 }));
    const card = screen.getByRole('region', { name: 'Vote with your dots' });
    expect(within(card).getByText('2 dots left of 5')).toBeTruthy();
    expect(within(card).getByText('At most 2 on one item. Your group shares these dots.')).toBeTruthy();
    const addA = within(row('Shared on-call')).getByRole('button', { name: 'Add a dot to “Shared on-call”' }) as HTMLButtonElement;
    expect(addA.disabled).toBe(true);
    expect(within(row('Shared on-call')).getByText('2 dots on this item')).toBeTruthy();

    await userEvent.click(within(row('Deploy on Fridays')).getByRole('button', { name: 'Add a dot to “Deploy on Fridays”' }));
    await waitFor(() => expect(room.to('/api/vote')).toHaveLength(1));
    expect(room.to('/api/vote')[0]!.body).toEqual({ roundId: 'round:1', stickyId: 'sticky:b', delta: 1 });
    await userEvent.click(within(row('Shared on-call')).getByRole('button', { name: 'Take a dot back from “Shared on-call”' }));
    await waitFor(() => expect(room.to('/api/vote')).toHaveLength(2));
    expect(room.to('/api/vote')[1]!.body).toEqual({ roundId: 'round:1', stickyId: 'sticky:a', delta: -1 });

    // The counts are the room's: they change with the next state.
    room.stream.send('state', voting({ 'sticky:a': 1, 'sticky:b': 2 }));
    expect(within(card).getByText('2 dots left of 5')).toBeTruthy();
    expect(addA.disabled).toBe(false);
    expect(row('Deploy on Fridays').querySelector('.count')!.textContent).toBe('2');

    room.stream.send('state', voting({ 'sticky:a': 1, 'sticky:b': 2 }, { budget: 3 }));
    expect(within(card).getByText('0 dots left of 3')).toBeTruthy();
    expect(addA.disabled).toBe(true);
    expect((within(row('Shared on-call')).getByRole('button', { name: 'Take a dot back from “Shared on-call”' }) as HTMLButtonElement).disabled).toBe(false);
    expect((within(row('Deploy on Fridays')).getByRole('button', { name: /Take a dot back/ }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows the room’s refusal of a dot', async () => {
    await joined(voting({}));
    room.on('/api/vote', () => ({ status: 409, body: { refusal: 'budgetSpent' } }));
    await userEvent.click(within(row('Shared on-call')).getByRole('button', { name: /Add a dot/ }));
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Vote with your dots' })).getByRole('alert').textContent).toBe('You have no dots left. Take one back from another item first.'));
  });

  it('says a per-person round needs a name, and offers no buttons that cannot work', async () => {
    await joined(voting({}, { perPerson: true }));
    const card = screen.getByRole('region', { name: 'Vote with your dots' });
    expect(within(card).getByText('In this round each person has their own dots, so voting needs a name. Join again and give your name.')).toBeTruthy();
    expect(within(card).getAllByRole('button').every((b) => (b as HTMLButtonElement).disabled)).toBe(true);
    expect(within(card).getByText('At most 2 on one item.')).toBeTruthy();

    room.stream.send('state', voting({}, { perPerson: true }, 'Dana'));
    expect(within(card).queryByText(/voting needs a name/)).toBeNull();
    expect((within(row('Shared on-call')).getByRole('button', { name: /Add a dot/ }) as HTMLButtonElement).disabled).toBe(false);
  });
});

// ── Hostile text and languages ───────────────────────────────────────────────────────────────

describe('text from people and the server', () => {
  const hostile = '<img src=x onerror=alert(1)>\u202Egnp.exe';

  it('is shown as text, never as markup', async () => {
    room.on('/api/lobby', () => ({ status: 200, body: lobby({ title: hostile, groups: [{ ...DEV, name: hostile, colour: 'red;background:url(x)' }, OPS] }) }));
    const root = startPage({ hash: '#KM74QR' });
    const button = await screen.findByRole('button', { name: hostile });
    expect(root.querySelector('img')).toBeNull();
    // A colour that is not #rrggbb never reaches an attribute or a style.
    expect(button.querySelector('path')!.getAttribute('fill')).toBe('#6b7280');

    room.on('/api/join', () => ({
      status: 200,
      body: {
        token: 't',
        state: state(
          {
            workshopTitle: hostile,
            group: { ...DEV, name: hostile },
            phase: { kind: 'reactions', title: hostile, instructions: hostile },
            lanes: [{ key: 'k', kind: 'outmodel', title: hostile, items: [{ id: 'sticky:x', text: hostile, authorName: hostile }] }],
            spotlight: { stickyId: 'sticky:y', text: hostile, byGroup: hostile, verdict: 'reject', reactionText: hostile },
            round: { id: 'round:1', budget: 2, perItemCap: 1, perPerson: false, items: [{ id: 'sticky:x', text: hostile, authorName: null }] },
          },
          { name: hostile },
        ),
      },
    }));
    await userEvent.click(button);
    await screen.findByRole('heading', { level: 1, name: hostile });
    expect(root.querySelector('img, script, [onerror]')).toBeNull();
    expect(root.textContent!.split(hostile).length - 1).toBeGreaterThanOrEqual(8);
    // Each person's text is isolated for bidirectional layout.
    for (const bdi of root.querySelectorAll('bdi')) expect(bdi.getAttribute('dir')).toBe('auto');
    expect(screen.getByRole('region', { name: hostile })).toBeTruthy();
    expect(screen.getByRole('button', { name: `Add a dot to “${hostile}”` })).toBeTruthy();
  });
});

describe('the workshop’s language', () => {
  it('speaks Hebrew right to left when the workshop is in Hebrew', async () => {
    room.on('/api/lobby', () => ({ status: 200, body: lobby({ language: 'he', title: 'חתולים וכלבים' }) }));
    const round = { id: 'round:1', budget: 5, perItemCap: 2, perPerson: false, items: [{ id: 'sticky:a', text: 'תורנות משותפת', authorName: null }] };
    room.on('/api/join', () => ({ status: 200, body: { token: 't', state: state({ language: 'he', workshopTitle: 'חתולים וכלבים', lanes: [], round }, { ballot: { 'sticky:a': 3 } }) } }));
    startPage({ hash: '#KM74QR' });
    expect(await screen.findByRole('heading', { name: 'לאיזו קבוצה אתם שייכים?' })).toBeTruthy();
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('he');
    await userEvent.click(screen.getByRole('button', { name: 'Dev' }));
    expect(await screen.findByText('נשארו שתי נקודות מתוך 5')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'הוספת נקודה ל„תורנות משותפת”' })).toBeTruthy();
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('uses the phone’s language before the workshop’s is known, and English otherwise', () => {
    startPage({ languages: ['he-IL', 'en'] });
    expect(screen.getByRole('textbox', { name: 'קוד החדר' })).toBeTruthy();
    expect(document.documentElement.dir).toBe('rtl');
    document.body.replaceChildren();
    startPage({ languages: ['fr-FR'] });
    expect(screen.getByRole('textbox', { name: 'Room code' })).toBeTruthy();
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('translates with plural forms and placeholders', () => {
    const he = translator('he');
    expect(he('phone.vote.dotsLeft', { count: 1, budget: 3 })).toBe('נשארה נקודה אחת מתוך 3');
    expect(he('phone.vote.dotsLeft', { count: 2, budget: 3 })).toBe('נשארו שתי נקודות מתוך 3');
    expect(he('phone.vote.dotsLeft', { count: 7, budget: 9 })).toBe('נשארו 7 נקודות מתוך 9');
    const en = translator('en');
    expect(en('phone.vote.dotsLeft', { count: 1, budget: 3 })).toBe('1 dot left of 3');
    expect(en('phone.vote.dotsLeft', { count: 0, budget: 3 })).toBe('0 dots left of 3');
    // A value is text: its own braces are not placeholders.
    expect(en('phone.page.postingAs', { name: '{{name}} <b>' })).toBe('Posting as {{name}} <b>');
  });
});

describe('kept in step with the app', () => {
  it('bundles only its own code and zod-free shared data: the room constants, the catalogs it speaks, limits and marks (no zod, React, Dexie or i18next)', () => {
    const root = resolve(__dirname, '../..');
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      // Type-only imports vanish from the bundle; every other import is code the phone loads.
      for (const m of readFileSync(file, 'utf8').matchAll(/^(?:import|export) (?!type )[^;]*?from '([^']+)';/gms)) {
        const target = m[1]!;
        expect(target.startsWith('.'), `${relative(root, file)} imports the package ${target}`).toBe(true);
        visit(join(dirname(file), `${target}.ts`));
      }
    };
    visit(join(root, 'renderer/phone/main.ts'));
    const outside = [...seen].map((f) => relative(root, f)).filter((f) => !f.startsWith('renderer/phone/'));
    // Plain data and one rule, shared with the app from zod-free modules.
    expect(outside.sort()).toEqual([
      'shared/facilitation/verdicts.ts',
      'shared/i18n/phone.en.ts',
      'shared/i18n/phone.he.ts',
      'shared/i18n/words.en.ts',
      'shared/i18n/words.he.ts',
      'shared/model/labels.ts',
      'shared/model/limits.ts',
      'shared/model/mark-shapes.ts',
      'shared/room/constants.ts',
    ]);
  });

});
