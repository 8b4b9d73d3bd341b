import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { PHONE_CSP } from '../../../electron/main/room/answers';
import { SESSIONS_PER_ADDRESS } from '../../../electron/main/room/sessions';
import { voterKey } from '../../../shared/facilitation/voting';
import { ROOM_LIMITS, type PhoneState, type RoomAnswer, type RoomCommand } from '../../../shared/room';
import { call, CODE, GROUP_A, GROUP_B, join, phoneView, recordingHandler, roomViews, startRoom, type Options, type Reply } from './room-fixtures';

let closers: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const close of closers) await close();
  closers = [];
});

async function room(options: Partial<Options> = {}) {
  const recorder = recordingHandler();
  const started = await startRoom({ handle: recorder.handle, ...options });
  closers.push(started.close);
  return { ...started, commands: recorder.commands };
}

async function publishedRoom(options: Partial<Options> = {}) {
  const r = await room(options);
  r.server.publish(roomViews());
  return r;
}

const POST = { laneKey: `${GROUP_A}/outmodel`, text: 'Quotes take two weeks' };

function expectProtected(reply: Reply) {
  expect(reply.headers['cache-control']).toBe('no-store');
  expect(reply.headers['x-content-type-options']).toBe('nosniff');
  expect(reply.headers['referrer-policy']).toBe('no-referrer');
  expect(reply.headers['x-frame-options']).toBe('DENY');
}

describe('the lobby', () => {
  it('is not ready before the window publishes, then shows the title, language and groups', async () => {
    const { server, port } = await room();
    expect(await call(port, '/api/lobby', { body: { code: CODE } })).toMatchObject({ status: 503, json: { error: 'notReady' } });
    server.publish(roomViews({ askNames: true }));
    const reply = await call(port, '/api/lobby', { body: { code: CODE } });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ title: 'Sales × Ops', language: 'en', askNames: true, groups: roomViews().groups });
  });

  it('refuses a wrong code and tells nothing about the room', async () => {
    const { port } = await publishedRoom();
    const reply = await call(port, '/api/lobby', { body: { code: 'AAAAAA' } });
    expect(reply).toMatchObject({ status: 403, json: { error: 'code' } });
    expect(reply.text).not.toContain('Sales');
  });
});

describe('joining', () => {
  it('joins with the room code (any case) and gets a token and its group’s state', async () => {
    const { server, port, commands } = await publishedRoom();
    const reply = await call(port, '/api/join', { body: { code: CODE.toLowerCase(), groupId: GROUP_A } });
    expect(reply.status).toBe(200);
    const { token, state } = reply.json as { token: string; state: PhoneState };
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(state).toEqual({ view: phoneView(GROUP_A), ballot: {}, name: null });
    expect(commands).toEqual([{ kind: 'join', groupId: GROUP_A, name: null }]);
    expect(server.status()).toMatchObject({ running: true, phones: 1, code: CODE });
  });

  it('refuses a join without the code, or with a wrong one, before asking the window', async () => {
    const { port, commands } = await publishedRoom();
    expect(await call(port, '/api/join', { body: { groupId: GROUP_A } })).toMatchObject({ status: 400, json: { error: 'malformed' } });
    expect(await call(port, '/api/join', { body: { code: '', groupId: GROUP_A } })).toMatchObject({ status: 403, json: { error: 'code' } });
    expect(await call(port, '/api/join', { body: { code: 'QQQQQQ', groupId: GROUP_A } })).toMatchObject({ status: 403, json: { error: 'code' } });
    expect(commands).toEqual([]);
  });

  it('refuses a group that is not published, before asking the window', async () => {
    const { port, commands } = await publishedRoom();
    expect(await call(port, '/api/join', { body: { code: CODE, groupId: 'group:nobody' } })).toMatchObject({ status: 409, json: { refusal: 'unknownGroup' } });
    expect(commands).toEqual([]);
  });

  it('refuses a group published without a view', async () => {
    const { server, port, commands } = await room();
    server.publish(roomViews({ views: { [GROUP_A]: phoneView(GROUP_A) } }));
    expect(await call(port, '/api/join', { body: { code: CODE, groupId: GROUP_B } })).toMatchObject({ status: 409, json: { refusal: 'unknownGroup' } });
    expect(commands).toEqual([]);
  });

  it(`holds at most ${ROOM_LIMITS.sessions} phones`, async () => {
    // The clock moves a tenth of a second per reading: the joins are not rate-limited.
    let clock = 0;
    const { server, port } = await publishedRoom({ now: () => (clock += 100) });
    // Five phones on each of a hundred addresses (one address may hold only a few sessions).
    const joins = Array.from({ length: ROOM_LIMITS.sessions }, (_, i) => call(port, '/api/join', { localAddress: `127.0.0.${2 + (i % 100)}`, body: { code: CODE, groupId: GROUP_A } }));
    expect((await Promise.all(joins)).every((r) => r.status === 200)).toBe(true);
    expect(await call(port, '/api/join', { body: { code: CODE, groupId: GROUP_B } })).toMatchObject({ status: 503, json: { error: 'full' } });
    expect(server.status()).toMatchObject({ phones: ROOM_LIMITS.sessions });
  });

  it(`lets one address hold ${SESSIONS_PER_ADDRESS} sessions: joining again ends its oldest, so one device cannot fill the room`, async () => {
    const { server, port } = await publishedRoom();
    const tokens: string[] = [];
    for (let i = 0; i <= SESSIONS_PER_ADDRESS; i++) tokens.push(await join(port, GROUP_A));
    expect(server.status()).toMatchObject({ phones: SESSIONS_PER_ADDRESS });
    expect(await call(port, '/api/state', { token: tokens[0] })).toMatchObject({ status: 401 });
    expect(await call(port, '/api/state', { token: tokens.at(-1) })).toMatchObject({ status: 200 });
    // Another address is another phone: it joins beside them.
    expect(await call(port, '/api/join', { localAddress: '127.0.0.9', body: { code: CODE, groupId: GROUP_A } })).toMatchObject({ status: 200 });
    expect(server.status()).toMatchObject({ phones: SESSIONS_PER_ADDRESS + 1 });
  });

  it('passes a name only when the room asks for names, and binds the participant the window found', async () => {
    const recorder = recordingHandler((c) => ({ ok: true, participantId: c.kind === 'join' && c.name ? ('participant:dana' as never) : null }));
    const { server, port } = await room({ handle: recorder.handle });
    server.publish(roomViews({ askNames: false }));
    await join(port, GROUP_A, { name: 'Dana' });
    server.publish(roomViews({ askNames: true }));
    const named = await call(port, '/api/join', { body: { code: CODE, groupId: GROUP_A, name: '  Dana  ' } });
    await join(port, GROUP_B, { name: '' });
    expect(recorder.commands).toEqual([
      { kind: 'join', groupId: GROUP_A, name: null },
      { kind: 'join', groupId: GROUP_A, name: 'Dana' },
      { kind: 'join', groupId: GROUP_B, name: null },
    ]);
    expect((named.json as { state: PhoneState }).state.name).toBe('Dana');
    await call(port, '/api/post', { token: (named.json as { token: string }).token, body: POST });
    expect(recorder.commands.at(-1)).toMatchObject({ kind: 'post', who: { groupId: GROUP_A, name: 'Dana', participantId: 'participant:dana' } });
  });

  it('passes the window’s refusal of a join through, and mints no token', async () => {
    const { server, port } = await room({ handle: async () => ({ ok: false, refusal: 'unknownGroup' }) });
    server.publish(roomViews());
    expect(await call(port, '/api/join', { body: { code: CODE, groupId: GROUP_A } })).toMatchObject({ status: 409, json: { refusal: 'unknownGroup' } });
    expect(server.status()).toMatchObject({ phones: 0 });
  });
});

describe('tokens', () => {
  it('refuses a missing, wrong or made-up token with 401', async () => {
    const { port } = await publishedRoom();
    const token = await join(port, GROUP_A);
    const forged = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const t of [undefined, forged, 'x', `${token}x`]) {
      expect(await call(port, '/api/state', { token: t })).toMatchObject({ status: 401, json: { error: 'token' } });
      expect(await call(port, '/api/post', { token: t, body: POST })).toMatchObject({ status: 401 });
    }
    expect(await call(port, '/api/state', { headers: { Authorization: `Basic ${token}` } })).toMatchObject({ status: 401 });
    expect(await call(port, '/api/events?token=nope')).toMatchObject({ status: 401 });
  });

  it('shows a token its own group’s view only, and its own voter’s dots only', async () => {
    const recorder = recordingHandler((c) => ({ ok: true, participantId: c.kind === 'join' && c.name === 'Dana' ? ('participant:dana' as never) : null }));
    const { server, port } = await room({ handle: recorder.handle });
    const round = { id: 'round:1' as never, budget: 3, perItemCap: 2, perPerson: true, items: [] };
    // Keyed as the app keys voters: voterKey({kind, id}), e.g. `participant:participant:dana`.
    const ballots: Record<string, Record<string, number>> = {
      [voterKey({ kind: 'participant', id: 'participant:dana' as never })]: { 'sticky:x': 2 },
      [voterKey({ kind: 'participant', id: 'participant:eli' as never })]: { 'sticky:y': 1 },
      [voterKey({ kind: 'group', id: GROUP_A as never })]: { 'sticky:z': 3 },
      [voterKey({ kind: 'group', id: GROUP_B as never })]: { 'sticky:w': 1 },
    };
    server.publish(roomViews({ askNames: true, ballots, views: { [GROUP_A]: phoneView(GROUP_A, { round }), [GROUP_B]: phoneView(GROUP_B) } }));
    const dana = await join(port, GROUP_A, { name: 'Dana' });
    const anonymous = await join(port, GROUP_A);
    const ops = await join(port, GROUP_B);

    const danaState = (await call(port, '/api/state', { token: dana })).json as PhoneState;
    expect(danaState.ballot).toEqual({ 'sticky:x': 2 });
    expect(danaState.view.group.id).toBe(GROUP_A);
    // A phone without a person votes as its group.
    expect(((await call(port, '/api/state', { token: anonymous })).json as PhoneState).ballot).toEqual({ 'sticky:z': 3 });

    const opsReply = await call(port, '/api/state', { token: ops });
    expect((opsReply.json as PhoneState).view).toEqual(phoneView(GROUP_B));
    expect((opsReply.json as PhoneState).ballot).toEqual({ 'sticky:w': 1 });
    expect(opsReply.text).not.toContain('Sales only');
    expect(opsReply.text).not.toContain('sticky:x');
    expectProtected(opsReply);
  });

  it('hands a post over with the token’s own group, whatever the body says', async () => {
    const { port, commands } = await publishedRoom();
    const ops = await join(port, GROUP_B);
    // The request has no group field: the strict schema refuses one.
    expect(await call(port, '/api/post', { token: ops, body: { ...POST, groupId: GROUP_A } })).toMatchObject({ status: 400, json: { error: 'malformed' } });
    expect(await call(port, '/api/post', { token: ops, body: POST })).toMatchObject({ status: 200, json: { ok: true } });
    expect(commands.at(-1)).toEqual({ kind: 'post', who: { groupId: GROUP_B, name: null, participantId: null }, request: POST });
  });
});

describe('commands', () => {
  async function phoneWith(answer: (command: RoomCommand) => RoomAnswer | Promise<RoomAnswer>, options: Partial<Options> = {}) {
    const recorder = recordingHandler((c) => (c.kind === 'join' ? { ok: true, participantId: null } : answer(c)));
    const r = await room({ handle: recorder.handle, ...options });
    r.server.publish(roomViews());
    return { ...r, token: await join(r.port, GROUP_A), commands: recorder.commands };
  }

  it('passes a refusal through: a post to a closed lane answers 409', async () => {
    const { port, token } = await phoneWith(() => ({ ok: false, refusal: 'laneClosed' }));
    expect(await call(port, '/api/post', { token, body: POST })).toMatchObject({ status: 409, json: { refusal: 'laneClosed' } });
  });

  it('hands over reactions and votes, validated', async () => {
    const { port, token, commands } = await phoneWith(() => ({ ok: true }));
    const react = { stickyId: 'sticky:ops-1', verdict: 'accept-if', text: 'If we get a week' };
    const vote = { roundId: 'round:1', stickyId: 'sticky:ops-1', delta: -1 };
    expect(await call(port, '/api/react', { token, body: react })).toMatchObject({ status: 200, json: { ok: true } });
    expect(await call(port, '/api/vote', { token, body: vote })).toMatchObject({ status: 200, json: { ok: true } });
    expect(await call(port, '/api/vote', { token, body: { ...vote, delta: 5 } })).toMatchObject({ status: 400 });
    expect(commands.slice(1).map((c) => c.kind === 'join' || c.request)).toEqual([react, vote]);
  });

  it('answers 400 for malformed JSON or a wrong shape, 415 for another content type', async () => {
    const { port, token, commands } = await phoneWith(() => ({ ok: true }));
    expect(await call(port, '/api/post', { token, raw: '{"laneKey": "a", "text": ' })).toMatchObject({ status: 400, json: { error: 'malformed' } });
    expect(await call(port, '/api/post', { token, raw: '' })).toMatchObject({ status: 400 });
    expect(await call(port, '/api/post', { token, body: { laneKey: 'x', text: '   ' } })).toMatchObject({ status: 400 });
    expect(await call(port, '/api/post', { token, body: [POST] })).toMatchObject({ status: 400 });
    const plain = await call(port, '/api/post', { token, raw: JSON.stringify(POST), headers: { 'Content-Type': 'text/plain' } });
    expect(plain).toMatchObject({ status: 415, json: { error: 'contentType' } });
    expect(await call(port, '/api/post', { token, raw: JSON.stringify(POST), headers: { 'Content-Type': 'application/json; charset=utf-8' } })).toMatchObject({ status: 200 });
    expect(commands.filter((c) => c.kind === 'post')).toHaveLength(1);
  });

  it('answers 504 when the window does not answer in time, 500 when it fails', async () => {
    const never = await phoneWith(() => new Promise<RoomAnswer>(() => undefined), { answerTimeoutMs: 30 });
    expect(await call(never.port, '/api/post', { token: never.token, body: POST })).toMatchObject({ status: 504, json: { error: 'timeout' } });
    const throws = await phoneWith(() => Promise.reject(new Error('disk full')));
    expect(await call(throws.port, '/api/post', { token: throws.token, body: POST })).toMatchObject({ status: 500, json: { error: 'failed' } });
    const nonsense = await phoneWith(() => ({ ok: 'yes' }) as unknown as RoomAnswer);
    expect(await call(nonsense.port, '/api/post', { token: nonsense.token, body: POST })).toMatchObject({ status: 500, json: { error: 'failed' } });
  });

  it('refuses an oversized body by its Content-Length, and a chunked one as it streams', async () => {
    const { port, token, commands } = await phoneWith(() => ({ ok: true }));
    const big = JSON.stringify({ ...POST, text: 'x'.repeat(9000) });
    expect(await call(port, '/api/post', { token, raw: big })).toMatchObject({ status: 413, json: { error: 'tooLarge' } });

    // Chunked, no length, and the client never finishes: the answer comes once the limit is passed.
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: '/api/post', method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write('{"laneKey":"a","text":"');
      for (let i = 0; i < 3; i++) req.write('y'.repeat(4096));
    });
    expect(status).toBe(413);
    expect(commands.filter((c) => c.kind === 'post')).toEqual([]);
    // Still serving.
    expect(await call(port, '/api/state', { token })).toMatchObject({ status: 200 });
  });
});

describe('what is served', () => {
  it('serves phone.html with the strict policy and only the assets it references', async () => {
    const { port } = await room();
    const page = await call(port, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(PHONE_CSP);
    expectProtected(page);
    expect(page.text).toContain('phone-main.js');
    expect((await call(port, '/?from=qr')).status).toBe(200);
    const head = await call(port, '/', { method: 'HEAD' });
    expect(head).toMatchObject({ status: 200, text: '' });
    expect(Number(head.headers['content-length'])).toBe(Buffer.byteLength(page.text));

    const served = ['phone-main.js', 'shared-chunk.js', 'side-effect.js', 'lazy-screen.js', 'preloaded.js', 'phone.css', 'noto.woff2'];
    for (const name of served) expect((await call(port, `/assets/${name}`)).status, name).toBe(200);
    expect((await call(port, '/assets/phone-main.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await call(port, '/assets/phone.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await call(port, '/assets/noto.woff2')).headers['content-type']).toBe('font/woff2');
  });

  it('serves nothing else: other assets, the app’s own page, paths that climb out', async () => {
    const { port } = await room();
    for (const p of ['/assets/other.js', '/assets/index-facilitator.js', '/index.html', '/phone.html', '/assets/', '/assets/../index.html', '/assets/%2e%2e/index.html', '/assets/..%2Findex.html', '/%2e%2e/%2e%2e/etc/passwd', '/api', '/api/unknown', '//', '/api/state/', '/API/state', '/assets/phone-main.js/']) {
      const reply = await call(port, p);
      expect(reply.status, p).toBe(404);
      expectProtected(reply);
    }
  });

  it('answers 405 to a wrong method', async () => {
    const { port } = await publishedRoom();
    expect(await call(port, '/', { method: 'POST', body: {} })).toMatchObject({ status: 405 });
    expect(await call(port, '/api/join', { method: 'GET' })).toMatchObject({ status: 405 });
    expect((await call(port, '/api/state', { method: 'DELETE' })).headers.allow).toBe('GET');
  });

  it('refuses another host name (DNS rebinding) and another origin', async () => {
    const { port } = await publishedRoom();
    for (const host of [`evil.example:${port}`, `localhost:${port}`, '127.0.0.1', `127.0.0.1:${port + 1}`]) {
      expect((await call(port, '/', { headers: { Host: host } })).status, host).toBe(421);
      expect((await call(port, '/api/lobby', { body: { code: CODE }, headers: { Host: host } })).status, host).toBe(421);
    }
    expect(await call(port, '/api/lobby', { body: { code: CODE }, headers: { Origin: 'http://evil.example' } })).toMatchObject({ status: 403, json: { error: 'origin' } });
    expect(await call(port, '/api/lobby', { body: { code: CODE }, headers: { Origin: 'null' } })).toMatchObject({ status: 403 });
    expect(await call(port, '/api/lobby', { body: { code: CODE }, headers: { Origin: `http://127.0.0.1:${port}` } })).toMatchObject({ status: 200 });
  });
});
