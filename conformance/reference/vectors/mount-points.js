#!/usr/bin/env node
// Expected default mount points and store URLs, recorded from the reference (@blocklet/resolver 1.17.12 and the
// @blocklet/meta and ufo it uses).
//
//   NODE_PATH=<install of @blocklet/meta 1.17.12>/node_modules node conformance/reference/vectors/mount-points.js \
//     > blocklet-resolver/src/test/resources/org/blocklet4j/resolver/mount-points.jsonl
//
// One JSON object per line, either
//   {kind: "mountPoint", input, mountPoint}: `/${urlPathFriendly(input)}`.toLowerCase(), as parseComponents
//   computes the mount point of a component whose config names none (input is its title, else name, else DID);
// or
//   {kind: "storeUrl", store, name, version, url}: getSourceUrlsFromConfig({source: {store, name, version}})[0].
// The inputs are fixed cases and strings from a seeded generator.
'use strict';

const { urlPathFriendly } = require('@blocklet/meta/lib/url-path-friendly');
const { getSourceUrlsFromConfig } = require('@blocklet/meta/lib/util-meta');

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
const random = rng(4040);
const int = (n) => Math.floor(random() * n);
const pick = (xs) => xs[int(xs.length)];

const fixed = ['Hello World', '  Über Comp B  ', 'a//b', 'x...y', 'a - b', 'ABC_def.1', 'héllo wörld',
  '\u3000title\u00a0', 'a\u007fb', '中文', '--a--', 'a/./b', '', ' ', 'My App (beta)!', 'a\tb\nc', '/lead/', 'A.-./B',
  'z8iZps9NorfGdJKoABEoKpUhateNCqgTWcKCS', '\ud83d\ude00 smile', '\ud800x', 'x\ufeff', '\u2028a\u2029', 'üüü-',
  'snake_case__x', '...', '///', '-./-./'];
const alphabet = ['a', 'B', 'z', '0', '9', '-', '_', '.', '/', ' ', '\t', '!', '@', '#', '$', '%', '^', '&', '*', '(',
  ')', '+', '=', '~', '`', '"', "'", '\\', ':', ';', '?', ',', '<', '>', '\u007f', '\u0001', '\u00a0', '\u3000', 'é',
  '中', '\ud83d\ude00', '\ufeff', '\u2003'];
const inputs = fixed.slice();
for (let i = 0; i < 300; i++) {
  let s = '';
  const n = int(14);
  for (let j = 0; j < n; j++) s += pick(alphabet);
  inputs.push(s);
}
for (const input of inputs) {
  console.log(JSON.stringify({ kind: 'mountPoint', input, mountPoint: `/${urlPathFriendly(input)}`.toLowerCase() }));
}

const stores = ['https://store.blocklet.dev', 'https://store.blocklet.dev/', 'http://127.0.0.1:8090/prefix',
  'http://h/a/b//', 'https://s.example/./x'];
const names = ['image-bin', 'did-comments', 'a', '@scope/pkg', 'z8iZps9NorfGdJKoABEoKpUhateNCqgTWcKCS'];
const versions = [undefined, '', 'latest', '1.0.0', '^1.2.0', '>=1.0.0 <2.0.0', '1.x || 2.x', '/1.0.0', './2.0.0'];
for (const store of stores) {
  for (const name of names) {
    for (const version of versions) {
      const [url] = getSourceUrlsFromConfig({ source: { store, name, version } });
      console.log(JSON.stringify({ kind: 'storeUrl', store, name, version: version === undefined ? null : version, url }));
    }
  }
}
