// Writes assets/sounds/chime.wav: the end-of-phase chime, synthesised here so that its origin is
// plain (two soft bell partials with a long decay). Run once: `node scripts/make-chime.mjs`.
import { writeFileSync } from 'node:fs';

const rate = 22050;
const seconds = 1.8;
const n = Math.round(rate * seconds);
const samples = new Int16Array(n);
const notes = [
  { at: 0, freq: 880, gain: 0.45 },
  { at: 0.28, freq: 1318.5, gain: 0.4 },
];
for (let i = 0; i < n; i++) {
  const t = i / rate;
  let v = 0;
  for (const note of notes) {
    const local = t - note.at;
    if (local < 0) continue;
    const attack = Math.min(1, local / 0.01);
    const decay = Math.exp(-local * 3.2);
    // A bell: the fundamental and a quieter inharmonic partial.
    v += note.gain * attack * decay * (Math.sin(2 * Math.PI * note.freq * local) + 0.3 * Math.sin(2 * Math.PI * note.freq * 2.76 * local));
  }
  samples[i] = Math.max(-1, Math.min(1, v * 0.7)) * 32767;
}

const header = Buffer.alloc(44);
header.write('RIFF', 0);
header.writeUInt32LE(36 + samples.byteLength, 4);
header.write('WAVEfmt ', 8);
header.writeUInt32LE(16, 16);
header.writeUInt16LE(1, 20); // PCM
header.writeUInt16LE(1, 22); // mono
header.writeUInt32LE(rate, 24);
header.writeUInt32LE(rate * 2, 28);
header.writeUInt16LE(2, 32);
header.writeUInt16LE(16, 34);
header.write('data', 36);
header.writeUInt32LE(samples.byteLength, 40);
writeFileSync(new URL('../assets/sounds/chime.wav', import.meta.url), Buffer.concat([header, Buffer.from(samples.buffer)]));
console.log(`assets/sounds/chime.wav: ${seconds} s, ${rate} Hz`);
