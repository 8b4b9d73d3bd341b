#!/usr/bin/env node
// Draws Outmodel's icon and writes it as PNG files in assets/icons/ (NxN.png, the names
// electron-builder reads for Linux; the 512 and 1024 px ones serve Windows and macOS).
// Run it again only to change the icon: the PNGs are committed.
//
// The picture: two groups, two circles, on a dark rounded square; where they overlap, the
// light of the common ground. Drawn with 4 × 4 samples per pixel for smooth edges, then
// written as 8-bit RGBA PNG with Node's zlib: no image library involved.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT_DIR = fileURLToPath(new URL('../assets/icons/', import.meta.url));
const SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];
const SAMPLES = 4;

const hex = (value) => [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16));
const TOP = hex('#2b4c61');
const BOTTOM = hex('#182b39');
const LEFT = hex('#f2a541');
const RIGHT = hex('#4fb3a9');
const SHARED = hex('#f6f4ef');

/** Inside a square of half-size `half` centred at (0.5, 0.5), with corners of radius `radius`. */
function inRoundedSquare(x, y, half, radius) {
  const dx = Math.max(Math.abs(x - 0.5) - (half - radius), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (half - radius), 0);
  return dx * dx + dy * dy <= radius * radius;
}

const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** The colour at a point of the unit square, or null outside the icon. */
function colourAt(x, y) {
  if (!inRoundedSquare(x, y, 0.42, 0.09)) return null;
  const left = inCircle(x, y, 0.4, 0.5, 0.2);
  const right = inCircle(x, y, 0.6, 0.5, 0.2);
  if (left && right) return SHARED;
  if (left) return LEFT;
  if (right) return RIGHT;
  const t = (y - 0.08) / 0.84;
  return TOP.map((top, i) => top + (BOTTOM[i] - top) * t);
}

function draw(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered += 1;
        }
      }
      const offset = (py * size + px) * 4;
      if (covered === 0) continue;
      pixels[offset] = Math.round(r / covered);
      pixels[offset + 1] = Math.round(g / covered);
      pixels[offset + 2] = Math.round(b / covered);
      pixels[offset + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  // Each scanline starts with its filter type: 0, none.
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  const file = join(OUT_DIR, `${size}x${size}.png`);
  writeFileSync(file, png(size, draw(size)));
  console.log(`wrote ${file}`);
}
