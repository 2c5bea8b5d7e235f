#!/usr/bin/env node
// Expected DID behaviour, recorded from the reference.
//
//   NODE_PATH=<install of @blocklet/meta 1.17.12>/node_modules node conformance/reference/vectors/did.js \
//     > blocklet-meta/src/test/resources/org/blocklet4j/meta/did/did-vectors.jsonl
//
// One JSON object per line: {input, isValid, toBlockletDid, toAddress, typeInfo, validateNewDid}.
// typeInfo is what toTypeInfo(input) returns ({} when it cannot read the string); validateNewDid is the
// message validateNewDid(input) throws, or null. The inputs come from a seeded generator, so the output is
// the same on every run.
'use strict';

const Did = require('@arcblock/did');
const { types, getHasher, Hasher } = require('@ocap/mcrypto');
const bs58 = require('bs58');
const { toBlockletDid } = require('@blocklet/meta/lib/did');
const { validateNewDid } = require('@blocklet/meta/lib/name');
const { seeded, unique, Output } = require('./lib');

const { int, pick } = seeded(20240611);
const bytes = (n) => Buffer.from(Array.from({ length: n }, () => int(256)));
const hex = (b) => Buffer.from(b).toString('hex');

const inputs = [];
const add = (s) => inputs.push(s);

// --- Names of all kinds ---------------------------------------------------------------------------------------
[
  'example', 'static-demo', 'my-blocklet', ' padded-name ', '中文名', '', '0xabc', '@scope/pkg', 'a', 'A', 'UPPER',
  'blocklet', 'node_modules', 'http', '@arcblock/did-connect', 'did:abt:', 'did:abt:example', 'z', 'z1', 'zz',
  '0x', '0X', '-0x', '0x0', '1', '11111111111111111111111111', 'z11111111111111111111111111', 'did:', 'did::z',
  '\u00a0example\u00a0', '\u3000example', 'example\u2028', '\ufeffexample', 'exa mple', '\t\n', ' ', 'x'.repeat(33),
  'x'.repeat(300), 'z'.repeat(60), '😀', 'a😀b', '\ud800', 'a\udc00', '\udc00\ud800', '\ufffd', 'é', 'e\u0301',
  'null', 'undefined', 'true', '[object Object]', 'did:abt:did:abt:', 'DID:abt:z', 'did:ABT:z', 'did:a-b:z',
].forEach(add);

const ASCII = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~!*()@/ ';
const WS = ['\t', '\n', '\u000b', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029',
  '\u202f', '\u205f', '\u3000', '\ufeff', '\u001c', '\u0085', '\u180e', '\u200b'];
const UNI = ['中', '文', 'あ', 'ア', '한', 'é', 'ß', 'Σ', 'ı', 'İ', 'ﬀ', '😀', '𝒜', '\u0000', '\u007f', '\u0301',
  'Ａ', '\ud83d', '\ude00'];
const word = (n, alphabet) => Array.from({ length: n }, () => pick(alphabet)).join('');
for (let i = 0; i < 150; i++) add(word(1 + int(20), ASCII));
for (let i = 0; i < 60; i++) add(word(1 + int(8), [...ASCII, ...UNI]));
for (let i = 0; i < 60; i++) add(pick(WS) + word(1 + int(10), ASCII.slice(0, 62)) + (int(2) ? pick(WS) : ''));
for (let i = 0; i < 20; i++) add('0x' + word(int(50), '0123456789abcdefABCDEF'));
for (let i = 0; i < 20; i++) add('z' + word(int(40), '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'));

// --- Valid DIDs of every known role, key and hash (fromPublicKey), in both encodings --------------------------
const made = [];
for (const role of Object.values(types.RoleType)) {
  for (const pk of Object.values(types.KeyType)) {
    const hash = pick(Object.values(types.HashType));
    const address = int(4) === 0 ? types.EncodingType.BASE16 : types.EncodingType.BASE58;
    try {
      made.push(Did.fromPublicKey(`0x${hex(bytes(32))}`, { role, pk, hash, address }));
    } catch (e) {
      // DidType rejects some combinations; they cannot occur.
    }
  }
}
for (const hash of Object.values(types.HashType)) {
  for (const address of Object.values(types.EncodingType)) {
    made.push(Did.fromPublicKey(`0x${hex(bytes(33))}`, { role: types.RoleType.ROLE_ACCOUNT, pk: 0, hash, address }));
  }
}
// Blocklet DIDs proper: role ROLE_BLOCKLET, the way a blocklet's own DID is made.
for (let i = 0; i < 30; i++) {
  made.push(Did.fromPublicKey(`0x${hex(bytes(32))}`, { role: types.RoleType.ROLE_BLOCKLET }));
}
// Ethereum addresses (EIP-55 checksummed by fromPublicKey).
for (let i = 0; i < 15; i++) {
  made.push(Did.fromPublicKey(`0x${hex(bytes(64))}`, 'eth'));
}

// Built by hand: unassigned role, key or hash codes, which DidType refuses to make but isValid accepts
// (hash excepted), and payloads longer or shorter than 26 bytes.
const hashers = Object.fromEntries(Object.entries(types.HashType).map(([k, v]) => [v, getHasher(v)]));
function handMade(role, key, hash, { extra = 0, body = 20 } = {}) {
  const type = (role << 10) | (key << 5) | hash;
  const head = Buffer.concat([Buffer.from([type >> 8, type & 0xff]), bytes(body)]);
  const fn = hashers[hash] || hashers[types.HashType.SHA3];
  const sum = Buffer.from(fn(`0x${hex(head)}`, 1).slice(2, 10), 'hex');
  const all = Buffer.concat([head, sum, bytes(extra)]);
  return { b58: `z${bs58.encode(all)}`, hex: `0x${hex(all)}` };
}
for (let i = 0; i < 40; i++) {
  const d = handMade(25 + int(38), int(32), int(7));
  made.push(d.b58);
  if (i % 4 === 0) made.push(d.hex);
}
for (let i = 0; i < 10; i++) made.push(handMade(int(64), int(4), 7 + int(25)).b58);
for (let i = 0; i < 10; i++) made.push(handMade(int(64), int(4), int(7), { extra: 1 + int(4) }).b58);
for (let i = 0; i < 10; i++) made.push(handMade(int(64), int(4), int(7), { extra: 1 + int(4) }).hex);
for (let i = 0; i < 10; i++) made.push(handMade(int(64), int(4), int(7), { body: int(20) }).b58);
// Leading zero bytes: role 0 with a small key type gives a leading '1' in base58.
for (let i = 0; i < 10; i++) made.push(handMade(0, 0, int(7)).b58);
made.push(handMade(0, 0, 0).b58.replace(/^z/, 'z1'));

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function corrupt(d) {
  const out = [];
  const i = 1 + int(d.length - 1);
  const c = d[i];
  const alphabet = d.startsWith('0x') ? '0123456789abcdef' : B58;
  let r = pick(alphabet);
  if (r === c) r = alphabet[(alphabet.indexOf(r) + 1) % alphabet.length];
  out.push(d.slice(0, i) + r + d.slice(i + 1));
  out.push(d.slice(0, -1));
  out.push(d + pick(alphabet));
  out.push(` ${d}`, `${d} `, `${d}\n`, `\u00a0${d}`);
  out.push(d.toUpperCase(), d.toLowerCase());
  out.push(`did:abt:${d}`, `did:xyz:${d}`, `did:abt:did:abt:${d}`, `did:abt:did:abt:did:abt:${d}`, `DID:abt:${d}`,
    `did:ABT:${d}`, `did::${d}`, `did:a-b:${d}`, `did:abt${d}`, `did:web3:${d}`);
  if (d.startsWith('0x')) out.push(`0X${d.slice(2)}`, `-${d}`, d.slice(2), `0x0${d.slice(2)}`);
  if (d.startsWith('z')) out.push(d.slice(1), `z1${d.slice(1)}`);
  return out;
}
for (const d of made) {
  add(d);
  const variants = corrupt(d);
  for (let k = 0; k < 6; k++) add(pick(variants));
  if (int(8) === 0) variants.forEach(add);
}

// --- Ethereum addresses in every case ----------------------------------------------------------------------
const eth = (d) => d.slice(2);
for (let i = 0; i < 20; i++) {
  const addr = Did.fromPublicKey(`0x${hex(bytes(64))}`, 'eth');
  const body = eth(addr);
  const flip = (s) => {
    const letters = [...s].map((ch, k) => (/[a-fA-F]/.test(ch) ? k : -1)).filter((k) => k >= 0);
    if (!letters.length) return s;
    const k = pick(letters);
    const ch = s[k] === s[k].toLowerCase() ? s[k].toUpperCase() : s[k].toLowerCase();
    return s.slice(0, k) + ch + s.slice(k + 1);
  };
  [addr, body, `0x${body.toLowerCase()}`, `0x${body.toUpperCase()}`, `0X${body}`, `0X${body.toUpperCase()}`,
    body.toLowerCase(), body.toUpperCase(), `0x${flip(body)}`, flip(body), `did:abt:${addr}`,
    `did:abt:did:abt:${addr}`, `did:eth:${body.toLowerCase()}`, `0x${body.slice(1)}`, `0x${body}0`,
    `0x${body.slice(0, 39)}g`].forEach(add);
}
add('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed');
add('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD');
add('z11BCJGGk3psmxSSv1arb9s8jbKBj2KannYJ');
add('z89aVkQFu8HF3VkLiP4uMgrtaZC4ZoxfNxwf');

const out = new Output();
for (const input of unique(inputs)) {
  let newDid = null;
  try {
    validateNewDid(input);
  } catch (e) {
    newDid = e.message;
  }
  out.add({
    input,
    isValid: Did.isValid(input),
    toBlockletDid: toBlockletDid(input),
    toAddress: Did.toAddress(input),
    typeInfo: Did.toTypeInfo(input),
    validateNewDid: newDid,
  });
}
out.print();
