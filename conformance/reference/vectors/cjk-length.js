#!/usr/bin/env node
// Expected cjk-length results, recorded from the reference's dependency (cjk-length 1.0.0).
//
//   NODE_PATH=<install of @blocklet/meta 1.17.12>/node_modules node conformance/reference/vectors/cjk-length.js \
//     > blocklet-meta/src/test/resources/org/blocklet4j/meta/internal/text/cjk-length-vectors.jsonl
//
// One JSON object per line: {input, length}, where length is cjkLength(input) as @blocklet/meta calls it
// (require('cjk-length').default). The inputs come from a seeded generator.
'use strict';

const cjkLength = require('cjk-length').default;
const { charsWide, charsFullWidth } = require('cjk-length/characters');
const { seeded, unique, Output } = require('./lib');

const { int, pick } = seeded(1100);

const inputs = ['', 'a', 'abcdeＡＢＣＤＥ', '中文名', 'Blocklet 标题', 'あいうえお', 'アイウエオ', '한국어', '一所懸命',
  '😀', '𠀀', '\ud800', '\udc00', '\ud83d\ude00中', 'ｱｲｳ', '　', '\u3000\u3000x', 'ﾟ', '\ufffd', '\uffff'];

// Both ends of every range and their neighbours.
const ranges = [...charsWide, ...charsFullWidth].map((r) => [r.charCodeAt(0), r.charCodeAt(2)]);
for (const [lo, hi] of ranges) {
  for (const c of [lo - 1, lo, lo + 1, hi - 1, hi, hi + 1]) inputs.push(String.fromCharCode(c));
  inputs.push(String.fromCharCode(lo, hi, lo - 1, hi + 1));
}

// Random strings: ASCII, anything in the BMP, the wide ranges, astral characters and lone surrogates.
const wide = () => {
  const [lo, hi] = pick(ranges);
  return String.fromCharCode(lo + int(hi - lo + 1));
};
for (let i = 0; i < 250; i++) {
  const n = int(30);
  let s = '';
  for (let k = 0; k < n; k++) {
    switch (int(5)) {
      case 0: s += String.fromCharCode(0x20 + int(0x5f)); break;
      case 1: s += String.fromCharCode(int(0x10000)); break;
      case 2: s += String.fromCodePoint(0x10000 + int(0x100000)); break;
      default: s += wide();
    }
  }
  inputs.push(s);
}

const out = new Output();
for (const input of unique(inputs)) {
  out.add({ input, length: cjkLength(input) });
}
out.print();
