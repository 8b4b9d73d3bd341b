import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listInterfaces } from '../../../electron/main/room';
import { loadPhoneFiles, pageReferences, PhoneFilesMissingError, scriptReferences, styleReferences } from '../../../electron/main/room/phone-files';
import { randomRoomCode, sameCode } from '../../../electron/main/room/room-code';
import { RoomCodeSchema } from '../../../shared/room';
import { makePhoneDir } from './room-fixtures';

describe('the files a phone may load', () => {
  let folder: { dir: string; remove: () => Promise<void> };
  beforeEach(async () => {
    folder = await makePhoneDir();
  });
  afterEach(() => folder.remove());

  it('are phone.html, its assets, and what those import, preload or use: nothing else', async () => {
    const files = await loadPhoneFiles(folder.dir);
    expect([...files.keys()].sort()).toEqual(
      ['/', ...['lazy-screen.js', 'noto.woff2', 'phone-main.js', 'phone.css', 'preloaded.js', 'shared-chunk.js', 'side-effect.js'].map((n) => `/assets/${n}`)].sort(),
    );
    expect(files.get('/assets/noto.woff2')?.contentType).toBe('font/woff2');
  });

  it('refuses to start without phone.html or a file it references', async () => {
    await rm(path.join(folder.dir, 'phone.html'));
    await expect(loadPhoneFiles(folder.dir)).rejects.toBeInstanceOf(PhoneFilesMissingError);
    await writeFile(path.join(folder.dir, 'phone.html'), '<script type="module" src="./assets/missing.js"></script>');
    await expect(loadPhoneFiles(folder.dir)).rejects.toThrow(/assets\/missing\.js/);
  });

  it('follows no symlink out of the folder, and no reference that climbs out', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'outmodel-room-outside-'));
    try {
      await writeFile(path.join(outside, 'secret.js'), 'export const s=1;');
      await symlink(path.join(outside, 'secret.js'), path.join(folder.dir, 'assets', 'linked.js'));
      await mkdir(path.join(folder.dir, 'assets', 'nested'));
      await writeFile(path.join(folder.dir, 'assets', 'nested', 'deep.js'), '');
      await writeFile(path.join(folder.dir, 'assets', 'phone-main.js'), 'import"./linked.js";import"../index.html";import"./nested/deep.js";import"./.hidden.js";');
      const files = await loadPhoneFiles(folder.dir);
      expect([...files.keys()].filter((k) => /linked|index|deep|hidden|secret/.test(k))).toEqual([]);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('reads references the way Vite writes them', () => {
    expect(pageReferences(`<script type="module" crossorigin src="./assets/a.js"></script><link rel=modulepreload href=/assets/b.js><link rel="icon" href='data:,'>`)).toEqual(['./assets/a.js', '/assets/b.js', 'data:,']);
    expect(scriptReferences('import{a as e}from"./x-1.js";import"./y.js";import(`./z.js`);m.f=["./p.js","assets/q.js"];new URL(`chime-7j.wav`,import.meta.url);"./no/dir.js"')).toEqual([
      './x-1.js',
      './y.js',
      './z.js',
      './p.js',
      'assets/q.js',
      './chime-7j.wav',
    ]);
    expect(styleReferences(`src:url(./a.woff2) format("woff2"),url("b.woff");@import './c.css';background:url(data:image/png;base64,AA==)`)).toEqual([
      './a.woff2',
      'b.woff',
      'data:image/png;base64,AA==',
      './c.css',
    ]);
  });
});

describe('room codes', () => {
  it('are random, from the alphabet, and compared without regard to case', () => {
    const codes = new Set(Array.from({ length: 50 }, randomRoomCode));
    expect(codes.size).toBeGreaterThan(45);
    for (const code of codes) expect(RoomCodeSchema.safeParse(code).success).toBe(true);
    expect(sameCode(' k7hp3q ', 'K7HP3Q')).toBe(true);
    expect(sameCode('K7HP3', 'K7HP3Q')).toBe(false);
    expect(sameCode('K7HP3QQ', 'K7HP3Q')).toBe(false);
  });
});

describe('the interfaces room join can listen on', () => {
  it('lists each IPv4 address of a network, and this computer only last', () => {
    const list = listInterfaces({
      lo: [{ address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' }],
      wlan0: [
        { address: '192.168.1.20', netmask: '255.255.255.0', family: 'IPv4', mac: 'aa:bb:cc:dd:ee:ff', internal: false, cidr: '192.168.1.20/24' },
        { address: 'fe80::1', netmask: 'ffff:ffff:ffff:ffff::', family: 'IPv6', mac: 'aa:bb:cc:dd:ee:ff', internal: false, cidr: 'fe80::1/64', scopeid: 3 },
      ],
      eth0: [{ address: '10.0.0.5', netmask: '255.0.0.0', family: 'IPv4', mac: '11:22:33:44:55:66', internal: false, cidr: '10.0.0.5/8' }],
    });
    expect(list).toEqual([
      { name: 'wlan0 (192.168.1.20)', address: '192.168.1.20' },
      { name: 'eth0 (10.0.0.5)', address: '10.0.0.5' },
      { name: 'This computer only (127.0.0.1)', address: '127.0.0.1' },
    ]);
    expect(listInterfaces().at(-1)?.address).toBe('127.0.0.1');
  });
});
