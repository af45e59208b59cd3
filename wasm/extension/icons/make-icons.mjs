// Draws the extension icons (a warm orange disc with a white smile) as PNGs with no dependencies.
// Run: node wasm/extension/icons/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function icon(size) {
  const ss = 4; // supersampling
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      let disc = 0;
      let white = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const px = (x + (sx + 0.5) / ss - c) / c;
          const py = (y + (sy + 0.5) / ss - c) / c;
          const r = Math.hypot(px, py);
          if (r <= 0.96) {
            disc++;
            // Smile: an arc of a ring below the centre; eyes: two dots.
            const sr = Math.hypot(px, py + 0.05);
            const smile = py > 0.12 && sr > 0.42 && sr < 0.6;
            const eye = Math.hypot(px + 0.28, py + 0.22) < 0.12 || Math.hypot(px - 0.28, py + 0.22) < 0.12;
            if (smile || eye) white++;
          }
        }
      }
      const n = ss * ss;
      const a = disc / n;
      const w = white / Math.max(1, disc);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = Math.round(0xf0 + (0xff - 0xf0) * w);
      raw[o + 1] = Math.round(0x8a + (0xff - 0x8a) * w);
      raw[o + 2] = Math.round(0x24 + (0xff - 0x24) * w);
      raw[o + 3] = Math.round(255 * a);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(join(here, `icon-${size}.png`), icon(size));
