#!/usr/bin/env node
// Draws the Outward icon (a white arrow pointing up and out of a teal tile: attention leaving
// the writer and going to the reader) as icons/icon.svg and as PNGs at the sizes the browsers
// ask for. The PNGs are rasterised here from the same geometry, so no image tool is needed;
// run it after changing the design and commit the results.
import { writeFileSync } from 'node:fs';
import { deflateSync, crc32 } from 'node:zlib';

const TILE = { color: [15, 118, 110], radius: 0.22 };
const INK = [255, 255, 255];
// Segments of the arrow in a unit square, with the stroke half-width.
const STROKE = 0.075;
const SEGMENTS = [
  [0.3, 0.7, 0.69, 0.31],
  [0.69, 0.31, 0.42, 0.31],
  [0.69, 0.31, 0.69, 0.58],
];

function roundedRectDistance(x, y, r) {
  const qx = Math.abs(x - 0.5) - (0.5 - r);
  const qy = Math.abs(y - 0.5) - (0.5 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

function segmentDistance(px, py, [ax, ay, bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function render(size) {
  const samples = 6;
  const pixels = Buffer.alloc(size * size * 4);
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      let tile = 0;
      let ink = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (column + (sx + 0.5) / samples) / size;
          const y = (row + (sy + 0.5) / samples) / size;
          if (roundedRectDistance(x, y, TILE.radius) <= 0) {
            tile++;
            if (Math.min(...SEGMENTS.map((s) => segmentDistance(x, y, s))) <= STROKE) ink++;
          }
        }
      }
      const total = samples * samples;
      const alpha = tile / total;
      const inkShare = tile ? ink / tile : 0;
      const offset = (row * size + column) * 4;
      for (let channel = 0; channel < 3; channel++) {
        pixels[offset + channel] = Math.round(TILE.color[channel] * (1 - inkShare) + INK[channel] * inkShare);
      }
      pixels[offset + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row++) {
    raw[row * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, row * (size * 4 + 1) + 1, row * size * 4, (row + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const hex = (rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128" role="img" aria-label="Outward">
  <rect width="128" height="128" rx="${TILE.radius * 128}" fill="${hex(TILE.color)}"/>
  <path d="${SEGMENTS.map(([ax, ay, bx, by]) => `M${ax * 128} ${ay * 128}L${bx * 128} ${by * 128}`).join('')}" stroke="${hex(INK)}" stroke-width="${STROKE * 2 * 128}" stroke-linecap="round" stroke-linejoin="round" fill="none"/>
</svg>
`;
writeFileSync('icons/icon.svg', svg);
for (const size of [16, 32, 48, 128]) writeFileSync(`icons/icon-${size}.png`, png(size, render(size)));
console.log('wrote icons/icon.svg and icons/icon-{16,32,48,128}.png');
