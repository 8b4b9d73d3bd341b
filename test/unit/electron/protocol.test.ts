import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  createAppRequestHandler,
  registerAppScheme,
  resolveAppRequest,
  serveAppFiles,
} from '../../../electron/main/protocol';
import { app, protocol, reset } from '../../fakes/electron';

let tempDir: string;
let rootDir: string;
const INDEX_HTML = '<!doctype html><title>Outmodel</title><script type="module" src="./assets/index.js"></script>';
const SECRET = 'the secret beside the app folder';

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'outmodel-protocol-'));
  rootDir = path.join(tempDir, 'dist-renderer');
  await mkdir(path.join(rootDir, 'assets', 'fonts'), { recursive: true });
  await writeFile(path.join(rootDir, 'index.html'), INDEX_HTML);
  await writeFile(path.join(rootDir, 'assets', 'index.js'), 'console.log("board");');
  await writeFile(path.join(rootDir, 'assets', 'index.css'), 'body { margin: 0; }');
  await writeFile(path.join(rootDir, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(path.join(rootDir, 'assets', 'chime.mp3'), new Uint8Array([0xff, 0xfb]));
  await writeFile(path.join(rootDir, 'assets', 'fonts', 'inter.woff2'), new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(path.join(rootDir, 'assets', 'blob.bin'), new Uint8Array([1, 2, 3]));
  await writeFile(path.join(tempDir, 'secret.txt'), SECRET);
});

afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

function get(url: string, init?: RequestInit): Promise<Response> {
  return createAppRequestHandler(rootDir)(new Request(url, init));
}

describe('resolveAppRequest', () => {
  it('maps the root to index.html and ignores query and hash', () => {
    for (const url of ['app://outmodel/', 'app://outmodel', 'app://outmodel/?role=audience#top']) {
      expect(resolveAppRequest(url, rootDir)?.filePath).toBe(path.join(rootDir, 'index.html'));
    }
  });

  it('maps a path inside the folder to that file', () => {
    expect(resolveAppRequest('app://outmodel/assets/fonts/inter.woff2', rootDir)).toEqual({
      filePath: path.join(rootDir, 'assets', 'fonts', 'inter.woff2'),
      contentType: 'font/woff2',
    });
  });

  it.each([
    'app://outmodel/..%2fsecret.txt',
    'app://outmodel/%2e%2e%2fsecret.txt',
    'app://outmodel/%2E%2E%2Fsecret.txt',
    'app://outmodel/assets/..%2f..%2fsecret.txt',
    'app://outmodel/..%5csecret.txt',
    'app://outmodel//etc/passwd',
    'app://outmodel/%2fetc%2fpasswd',
    'app://outmodel/C:/Windows/win.ini',
    'app://outmodel/assets/%00.js',
    'app://outmodel/%E0%A4%A',
    'app://outmodel/assets/',
  ])('refuses %s', (url) => {
    expect(resolveAppRequest(url, rootDir)).toBeNull();
  });

  it.each(['app://evil.example/index.html', 'app://outmodel.evil.example/', 'app://outmodel:8080/', 'file:///index.html', 'https://outmodel/index.html'])(
    'refuses another origin: %s',
    (url) => {
      expect(resolveAppRequest(url, rootDir)).toBeNull();
    },
  );
});

describe('the app: protocol handler', () => {
  it('serves index.html for / with the strict CSP', async () => {
    const response = await get('app://outmodel/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(INDEX_HTML);
  });

  it('states a policy that allows nothing from outside the app', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it.each([
    ['assets/index.js', 'text/javascript; charset=utf-8'],
    ['assets/index.css', 'text/css; charset=utf-8'],
    ['assets/logo.svg', 'image/svg+xml'],
    ['assets/chime.mp3', 'audio/mpeg'],
    ['assets/fonts/inter.woff2', 'font/woff2'],
    ['assets/blob.bin', 'application/octet-stream'],
  ])('serves %s as %s', async (file, contentType) => {
    const response = await get(`app://outmodel/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves the exact bytes of a file', async () => {
    const response = await get('app://outmodel/assets/fonts/inter.woff2');
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([0x77, 0x4f, 0x46, 0x32]);
  });

  it.each([
    'app://outmodel/../secret.txt',
    'app://outmodel/%2e%2e/secret.txt',
    'app://outmodel/..%2fsecret.txt',
    'app://outmodel/%2e%2e%2fsecret.txt',
    'app://outmodel/assets/..%2f..%2fsecret.txt',
    'app://outmodel/secret.txt',
  ])('answers 404 to the traversal %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404 to another host, a missing file and a folder', async () => {
    expect((await get('app://evil.example/index.html')).status).toBe(404);
    expect((await get('app://outmodel/assets/missing.js')).status).toBe(404);
    expect((await get('app://outmodel/assets')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses writes', async () => {
    const head = await get('app://outmodel/index.html', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await head.text()).toBe('');
    expect((await get('app://outmodel/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
  });
});

describe('registering the scheme', () => {
  beforeEach(reset);

  it('makes app: standard and secure, with fetch and code cache, and no CSP bypass', () => {
    registerAppScheme(protocol);
    expect(protocol.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
  });

  it('serves the folder through protocol.handle once the app is ready', async () => {
    app.markReady();
    serveAppFiles(protocol, rootDir);
    const response = await protocol.request('app://outmodel/index.html');
    expect(await response.text()).toBe(INDEX_HTML);
  });
});
