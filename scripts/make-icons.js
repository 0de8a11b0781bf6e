#!/usr/bin/env node
/**
 * Generates the add-in icons (assets/icon-16/20/24/32/40/48/64/80/128.png) with Node built-ins only (zlib, no network):
 * a dark-teal rounded square with three white bars (a tariff breakdown). Run: node scripts/make-icons.js
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y, size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const TEAL = [0x0b, 0x5a, 0x6b, 255];
const WIT = [255, 255, 255, 255];
const LEEG = [0, 0, 0, 0];

/** Rounded square background with three white bars (a tariff breakdown). */
function pixel(x, y, s) {
  const r = Math.max(2, Math.round(s * 0.18));
  const cx = Math.min(Math.max(x, r), s - 1 - r);
  const cy = Math.min(Math.max(y, r), s - 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return LEEG;
  const u = x / s;
  const v = y / s;
  const bars = [[0.2, 0.36, 0.55], [0.42, 0.58, 0.38], [0.64, 0.8, 0.22]];
  for (const [x0, x1, top] of bars) if (u >= x0 && u < x1 && v >= top && v < 0.8) return WIT;
  return TEAL;
}

const uit = path.join(__dirname, "..", "assets");
fs.mkdirSync(uit, { recursive: true });
for (const size of [16, 20, 24, 32, 40, 48, 64, 80, 128]) {
  fs.writeFileSync(path.join(uit, `icon-${size}.png`), png(size, pixel));
}
console.log("Iconen geschreven naar", uit);
