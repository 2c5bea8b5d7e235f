'use strict';
// Derives the per-code-point data of the IDNA step that the reference's `new URL('http://' + domain)` runs
// (ada 2.9.2 in Node 20: UTS 46 non-transitional mapping, CheckJoiners and ada's CheckBidi) by asking that
// URL parser about single code points in fixed contexts. Run with the reference's Node:
//   node conformance/reference/tables/idna.js [outFile]
// Output: blocklet-meta/src/main/resources/org/blocklet4j/meta/internal/idna/idna.txt

const fs = require('fs');
const path = require('path');
const punycode = require('punycode'); // eslint-disable-line n/no-deprecated-api

const outFile = process.argv[2] || path.join(__dirname,
  '../../../blocklet-meta/src/main/resources/org/blocklet4j/meta/internal/idna/idna.txt');

function host(s) {
  try {
    return new URL(`http://${s}`).host;
  } catch (e) {
    return null;
  }
}

const ok = (s) => host(`${s}.com`) !== null;

// The Unicode text of the first labels of a host ending in ".com".
function unicodeOf(h) {
  return h.slice(0, -4).split('.').map((l) => (l.startsWith('xn--') ? punycode.decode(l.slice(4)) : l)).join('.');
}

const SHIN = '\u05e9'; // Hebrew letter, Bidi R, composes with nothing
const Q = 'q'; // Latin letter, Bidi L, composes with nothing

// 1. Mapping: what each code point becomes; null when it never survives (disallowed, or mapped to a character
//    the URL host forbids).
function mapping(cp) {
  const c = String.fromCodePoint(cp);
  for (const [before, after] of [[Q, ''], [SHIN, ''], [SHIN, SHIN], [Q, Q]]) {
    const h = host(`${before}${c}${after}.com`);
    if (h !== null) {
      const u = unicodeOf(h);
      if (!u.startsWith(before) || !u.endsWith(after)) throw new Error(`unexpected ${cp.toString(16)} ${u}`);
      return u.slice(before.length, u.length - after.length);
    }
  }
  return null;
}

const status = new Map(); // cp -> 'V' | 'I' | 'X' | [codepoints]
for (let cp = 0x80; cp <= 0x10ffff; cp++) {
  if (cp >= 0xd800 && cp <= 0xdfff) continue;
  if (cp === 0x200c || cp === 0x200d) {
    status.set(cp, 'V'); // deviation characters, kept by non-transitional processing; judged by CheckJoiners
    continue;
  }
  const m = mapping(cp);
  if (m === null) status.set(cp, 'X');
  else if (m === '') status.set(cp, 'I');
  else if (m === String.fromCodePoint(cp)) status.set(cp, 'V');
  else status.set(cp, Array.from(m).map((ch) => ch.codePointAt(0)));
}

const valid = [];
for (const [cp, s] of status) if (s === 'V' && cp !== 0x200c && cp !== 0x200d) valid.push(cp);

// 2. Bidi class as ada's label check sees it, from probes (see the Java side for the groups):
//    L, R (R or AL), A (AN), E (EN), N (NSM), U (ES, CS, ET, ON, BN), O (anything else).
function bidi(c) {
  const p1 = ok(`${Q}${c}${SHIN}`);
  const p2 = ok(`${SHIN}${c}${SHIN}`);
  if (!p2) return p1 ? 'L' : 'O';
  if (!p1) return ok(`${SHIN}1${c}${SHIN}`) ? 'R' : 'A';
  if (!ok(`${SHIN}${c}`)) return 'U';
  return ok(`${SHIN}-${c}`) ? 'E' : 'N';
}

const classes = new Map();
for (const cp of valid) classes.set(cp, bidi(String.fromCodePoint(cp)));

// 3. Combining marks (a label must not begin with one), viramas and joining types (CheckJoiners).
const combining = [];
const virama = [];
const joinLeft = []; // Joining_Type L or D: may stand before a ZWNJ
const joinRight = []; // Joining_Type R or D: may stand after a ZWNJ
for (const cp of valid) {
  const c = String.fromCodePoint(cp);
  const cls = classes.get(cp);
  const follower = cls === 'R' || cls === 'A' ? SHIN : Q;
  if (!ok(`${c}${follower}`) && ok(`${Q}${c}${follower}`)) combining.push(cp);
  if (ok(`${Q}${c}\u200d`)) virama.push(cp);
  if (ok(`${Q}${c}\u200c\u0628`)) joinLeft.push(cp);
  if (ok(`\u0628\u200c${c}`)) joinRight.push(cp);
}

// A virama right before a ZWNJ satisfies the rule by itself; it is not a joining character.
const viramas = new Set(virama);
const joinLeftOnly = joinLeft.filter((cp) => !viramas.has(cp));

// Output: ranges of equal values, hex.
const hex = (n) => n.toString(16);
const lines = ['# IDNA data of ada 2.9.2 (Node 20), derived by conformance/reference/tables/idna.js; do not edit.'];

lines.push('[map]');
let runStart = -1;
let runValue = null;
let last = -1;
const flush = () => {
  if (runStart >= 0) lines.push(`${hex(runStart)}${last > runStart ? `-${hex(last)}` : ''} ${runValue}`);
};
for (const [cp, s] of status) {
  const value = Array.isArray(s) ? `M ${s.map(hex).join(' ')}` : s;
  if (runStart >= 0 && cp === last + 1 && value === runValue && !value.startsWith('M')) {
    last = cp;
    continue;
  }
  flush();
  runStart = cp;
  runValue = value;
  last = cp;
}
flush();

function ranges(name, cps, valueOf = () => '') {
  lines.push(`[${name}]`);
  let start = -1;
  let prev = -1;
  let value = null;
  const emit = () => {
    if (start >= 0) lines.push(`${hex(start)}${prev > start ? `-${hex(prev)}` : ''}${value ? ` ${value}` : ''}`);
  };
  for (const cp of cps) {
    const v = valueOf(cp);
    if (start >= 0 && cp === prev + 1 && v === value) {
      prev = cp;
      continue;
    }
    emit();
    start = cp;
    prev = cp;
    value = v;
  }
  emit();
}

ranges('bidi', valid.filter((cp) => classes.get(cp) !== 'O'), (cp) => classes.get(cp));
ranges('combining', combining);
ranges('virama', virama);
ranges('joinLeft', joinLeftOnly);
ranges('joinRight', joinRight);

fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, lines.join('\n') + '\n');
console.log(`${lines.length} lines; valid ${valid.length}, combining ${combining.length}, virama ${virama.length}, `
  + `joinLeft ${joinLeftOnly.length}, joinRight ${joinRight.length}`);
