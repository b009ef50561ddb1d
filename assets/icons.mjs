#!/usr/bin/env node
// Draws the app icons as real PNGs (no image tools needed): `node assets/icons.mjs`.
// manifest/color.png 192×192 (Teams colour icon), manifest/outline.png 32×32 (white on transparent), and the Outlook ribbon
// icons icon-16/32/80.png. The motif: two speech bubbles, a conversation between two people.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const ACCENT = [0x1e, 0x50, 0xa0, 255];
const WHITE = [255, 255, 255, 255];
const LIGHT = [0xa9, 0xc4, 0xf0, 255];
const CLEAR = [0, 0, 0, 0];

// Shapes in a unit square (0..1), so every size draws the same picture.
const bubbleA = {
  cx: 0.4,
  cy: 0.42,
  r: 0.25,
  tail: [
    [0.22, 0.58],
    [0.16, 0.78],
    [0.36, 0.64],
  ],
};
const bubbleB = {
  cx: 0.63,
  cy: 0.6,
  r: 0.22,
  tail: [
    [0.78, 0.72],
    [0.85, 0.88],
    [0.66, 0.79],
  ],
};

const inCircle = (x, y, c, grow = 0) => (x - c.cx) ** 2 + (y - c.cy) ** 2 <= (c.r + grow) ** 2;
function inTriangle(x, y, [a, b, c]) {
  const s = (p, q) => (x - q[0]) * (p[1] - q[1]) - (p[0] - q[0]) * (y - q[1]);
  const d1 = s(a, b),
    d2 = s(b, c),
    d3 = s(c, a);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}
const inBubble = (x, y, b, grow = 0) => inCircle(x, y, b, grow) || (grow === 0 && inTriangle(x, y, b.tail));

/** The colour picture: accent background, white bubble behind, light bubble in front with a gap. */
function colour(x, y) {
  if (inBubble(x, y, bubbleB)) return LIGHT;
  if (inCircle(x, y, bubbleB, 0.035)) return ACCENT;
  if (inBubble(x, y, bubbleA)) return WHITE;
  return ACCENT;
}

/** The outline picture: white rings on transparent (Teams wants only white and transparent). */
function outline(x, y) {
  const ring = (b, w) => inCircle(x, y, b) && !inCircle(x, y, b, -w);
  if (ring(bubbleB, 0.09)) return WHITE;
  if (inCircle(x, y, bubbleB, 0.05)) return CLEAR;
  if (ring(bubbleA, 0.09) || inTriangle(x, y, bubbleA.tail)) return WHITE;
  return CLEAR;
}

function draw(size, paint, samples = 4) {
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const c = paint((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          for (let i = 0; i < 3; i++) sum[i] += c[i] * c[3];
          sum[3] += c[3];
        }
      const alpha = sum[3] / (samples * samples);
      for (let i = 0; i < 3; i++) row[1 + px * 4 + i] = sum[3] ? Math.round(sum[i] / sum[3]) : 0;
      row[1 + px * 4 + 3] = Math.round(alpha);
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(width, height, raw) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// The two app icons go beside the manifest template, where the Agents Toolkit's zipAppPackage looks for them.
const files = {
  '../manifest/color.png': draw(192, colour),
  '../manifest/outline.png': draw(32, outline),
  'icon-16.png': draw(16, colour),
  'icon-32.png': draw(32, colour),
  'icon-80.png': draw(80, colour),
};
for (const [name, data] of Object.entries(files)) writeFileSync(join(here, name), data);
console.log(`icons: wrote ${Object.keys(files).join(', ')} (from assets/)`);
