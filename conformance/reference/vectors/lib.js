'use strict';
// What the vector scripts in this folder share: the seeded generator that makes every run draw the same inputs,
// and the writers of their JSON-lines output. Each script loads it with require('./lib').

const fs = require('fs');
const path = require('path');

/** mulberry32: a small, seedable, deterministic source of numbers in [0, 1). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seeded source with the helpers the scripts draw with: random() in [0, 1), int(n) in [0, n), pick(xs) one
 * element, chance(p) true with probability p. Each helper takes one number from the same sequence.
 */
function seeded(seed) {
  const random = rng(seed);
  const int = (n) => Math.floor(random() * n);
  const pick = (xs) => xs[int(xs.length)];
  const chance = (p) => random() < p;
  return { random, int, pick, chance };
}

/** The elements of xs without repeats, in the order they first appear. */
function unique(xs) {
  return [...new Set(xs)];
}

/** Rows as JSON-lines text: one JSON.stringify per line, each line ended by a newline. */
function jsonLines(rows) {
  return `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`;
}

/** Writes rows as JSON lines to file. */
function writeJsonLines(file, rows) {
  fs.writeFileSync(file, jsonLines(rows));
}

/**
 * Collects rows for standard output, each serialised when it is added (later changes to the object do not
 * show), and prints them all at the end.
 */
class Output {
  constructor() {
    this.lines = [];
  }

  add(row) {
    this.lines.push(JSON.stringify(row));
  }

  print() {
    process.stdout.write(`${this.lines.join('\n')}\n`);
  }
}

/**
 * The directory a script that writes several files writes to: its first argument, or else the test resources of
 * the Java package below org/blocklet4j/meta named by segments. It is created when missing.
 */
function outputDir(...segments) {
  const dir = process.argv[2] || path.join(__dirname, '..', '..', '..', 'blocklet-meta', 'src', 'test', 'resources',
    'org', 'blocklet4j', 'meta', ...segments);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

module.exports = { rng, seeded, unique, jsonLines, writeJsonLines, Output, outputDir };
