// Room join under a full room: 60 phones post 20 stickies each at once, while the facilitator's
// window keeps publishing, against the real room server on 127.0.0.1. The window's part is a
// stand-in that commits one write at a time (COMMIT_MS each, as a database transaction would).
// Prints the p50/p95/max write latency a phone sees (request sent → 200 received) and checks
// that every acknowledged sticky was written exactly once.
// Run `node scripts/bench-room-server.mjs`; PHONES=60 POSTS=20 COMMIT_MS=1 change the defaults.
// Not part of `npm test`. Each phone calls from its own loopback address (127.0.0.2, .3, ...), as
// phones on a Wi-Fi have their own: Linux has them all; on macOS add them first
// (`sudo ifconfig lo0 alias 127.0.0.2 up`, and so on).
//
// The server is TypeScript: Vite's build API bundles it for Node (scripts/lib/bundle-for-node.mjs).
import http from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importTypeScript } from './lib/bundle-for-node.mjs';

const PHONES = Number(process.env.PHONES ?? 60);
const POSTS = Number(process.env.POSTS ?? 20);
const COMMIT_MS = Number(process.env.COMMIT_MS ?? 1);
const CODE = 'K7HP3Q';
const GROUPS = ['group:sales', 'group:ops', 'group:legal', 'group:it'];

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};

function canCallFrom(localAddress) {
  return new Promise((resolve) => {
    const server = net.createServer((socket) => socket.destroy()).listen(0, '127.0.0.1', () => {
      const socket = net.connect({ host: '127.0.0.1', port: server.address().port, localAddress });
      socket.once('connect', () => (socket.destroy(), server.close(), resolve(true)));
      socket.once('error', () => (server.close(), resolve(false)));
    });
  });
}

function call(port, path, { agent, token, body }) {
  const text = body === undefined ? undefined : JSON.stringify(body);
  const headers = { ...(text ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) } : {}), ...(token ? { Authorization: `Bearer ${token}` } : {}) };
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method: text ? 'POST' : 'GET', headers, agent }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (data += chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, json: data ? JSON.parse(data) : null }));
    });
    req.on('error', reject);
    req.end(text);
  });
}

function view(groupId, items) {
  return {
    workshopTitle: 'Bench',
    language: 'en',
    group: { id: groupId, name: groupId.slice(6), colour: '#1f6feb', mark: 'circle' },
    phase: { kind: 'write', title: 'Write', instructions: '' },
    lanes: [{ key: `${groupId}/outmodel`, kind: 'outmodel', title: 'Outmodel', items }],
    spotlight: null,
    round: null,
  };
}

if (!(await canCallFrom(`127.0.0.${PHONES + 1}`))) {
  console.error(`This benchmark calls from 127.0.0.2 to 127.0.0.${PHONES + 1}, one address per phone, and this computer does not have them. On macOS: sudo ifconfig lo0 alias 127.0.0.2 up (and so on).`);
  process.exit(1);
}

const { RoomServer } = await importTypeScript('electron/main/room/index.ts');
const phoneDir = mkdtempSync(join(tmpdir(), 'outmodel-bench-room-'));
mkdirSync(join(phoneDir, 'assets'));
writeFileSync(join(phoneDir, 'phone.html'), '<!doctype html><title>Phone</title>');

// The window: one write at a time, each taking COMMIT_MS; the board it keeps is what phones see.
const board = new Map(GROUPS.map((g) => [g, []]));
const written = new Map();
let commits = Promise.resolve();
const handle = (command) => {
  if (command.kind === 'join') return Promise.resolve({ ok: true, participantId: null });
  const done = commits.then(
    () =>
      new Promise((resolve) =>
        setTimeout(() => {
          const { text } = command.request;
          written.set(text, (written.get(text) ?? 0) + 1);
          board.get(command.who.groupId).push({ id: `sticky:${written.size}`, text, authorName: null });
          resolve({ ok: true });
        }, COMMIT_MS),
      ),
  );
  commits = done;
  return done;
};

const server = new RoomServer({ address: '127.0.0.1', phoneDir, code: CODE, handle });
const { port } = await server.start();
let publishes = 0;
const publish = () => {
  publishes += 1;
  server.publish({
    groups: GROUPS.map((id) => ({ id, name: id.slice(6), colour: '#1f6feb', mark: 'circle' })),
    askNames: false,
    views: Object.fromEntries(GROUPS.map((g) => [g, view(g, board.get(g).slice(-500))])),
    ballots: {},
  });
};
publish();
// The facilitator keeps working: a publish after every change, at most every 20 ms.
const facilitator = setInterval(publish, 20);

const latencies = [];
const acknowledged = [];
const refused = new Map();
let retried = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: PHONES }, async (_, phone) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1, localAddress: `127.0.0.${phone + 2}` });
    const joined = await call(port, '/api/join', { agent, body: { code: CODE, groupId: GROUPS[phone % GROUPS.length] } });
    for (let i = 0; i < POSTS; i++) {
      const text = `phone ${phone} sticky ${i}`;
      const sent = performance.now();
      let reply = await call(port, '/api/post', { agent, token: joined.json.token, body: { laneKey: 'k', text } });
      // Past a token's burst (20 posts), a phone waits as the server says, and that wait counts.
      while (reply.status === 429) {
        retried += 1;
        await new Promise((resolve) => setTimeout(resolve, Number(reply.headers['retry-after'] ?? 1) * 1000));
        reply = await call(port, '/api/post', { agent, token: joined.json.token, body: { laneKey: 'k', text } });
      }
      if (reply.status === 200) {
        latencies.push(performance.now() - sent);
        acknowledged.push(text);
      } else refused.set(reply.status, (refused.get(reply.status) ?? 0) + 1);
    }
    agent.destroy();
  }),
);
const seconds = (performance.now() - started) / 1000;
clearInterval(facilitator);
await server.stop();
rmSync(phoneDir, { recursive: true, force: true });

const once = acknowledged.every((text) => written.get(text) === 1);
const fmt = (ms) => `${ms.toFixed(1)} ms`;
console.log(`Room server: ${PHONES} phones × ${POSTS} posts, the window committing one write at a time (${COMMIT_MS} ms each), ${publishes} publishes meanwhile.`);
console.log(`  acknowledged ${acknowledged.length} of ${PHONES * POSTS} in ${seconds.toFixed(2)} s (${Math.round(acknowledged.length / seconds)} posts/s)${refused.size ? `; refused: ${[...refused].map(([s, n]) => `${n}× ${s}`).join(', ')}` : ''}`);
if (retried) console.log(`  ${retried} posts were over a phone's rate (${POSTS} posts each) and waited for Retry-After`);
console.log(`  write latency: p50 ${fmt(percentile(latencies, 50))}, p95 ${fmt(percentile(latencies, 95))}, max ${fmt(Math.max(...latencies))}`);
console.log(`  every acknowledged sticky written exactly once: ${once ? 'yes' : 'NO'}`);
process.exit(once && acknowledged.length === PHONES * POSTS ? 0 : 1);
