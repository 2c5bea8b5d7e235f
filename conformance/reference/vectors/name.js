#!/usr/bin/env node
// Expected blocklet name behaviour, recorded from the reference.
//
//   NODE_PATH=<install of @blocklet/meta 1.17.12>/node_modules node conformance/reference/vectors/name.js \
//     > blocklet-meta/src/test/resources/org/blocklet4j/meta/name/name-vectors.jsonl
//
// One JSON object per line:
//   {input, npm: {errors, warnings, validForNewPackages, validForOldPackages} | {threw: message},
//    validateName: message | null, validateNameNoDidCheck: message | null}
// npm is validate-npm-package-name(input); validateName is the message validateName(input) throws (null when
// it accepts), with {checkDid: false} for the last field. The inputs come from a seeded generator.
'use strict';

const validate = require('validate-npm-package-name');
const builtins = require('builtins');
const Did = require('@arcblock/did');
const { types } = require('@ocap/mcrypto');
const { toBlockletDid } = require('@blocklet/meta/lib/did');
const { validateName } = require('@blocklet/meta/lib/name');
const { seeded, unique, Output } = require('./lib');

const { int, pick } = seeded(8011);
const hex = (n) => Array.from({ length: n }, () => int(256).toString(16).padStart(2, '0')).join('');

const inputs = [];
const add = (s) => inputs.push(s);

// Each rule on its own.
['', '.', '.a', '..', '_', '_a', 'a_', 'a.', ' a', 'a ', ' ', '\ta', 'a\n', '\u00a0a', 'a\u3000', '\ufeffa',
  'a\u2028', '\u001ca', 'a\u0085', '\u180ea', 'a\u200b', 'a b', 'node_modules', 'NODE_MODULES', 'Node_Modules',
  'favicon.ico', 'FAVICON.ICO', 'favicon.ICO', '@s/node_modules', 'node_modules/x', '.node_modules', '_favicon.ico',
  ' node_modules', 'node_modules ', 'a/b', '@s/p', '@/p', '@s/', '@s/p/q', 's/p', '@@s/p', '@s p/x', '@s/p q',
  '@s/p~', '@s~/p', '@s/(p)', "@s/p'", '@S/p', '@s/P', '@s/.p', '@s/_p', '@.s/p', '@', '@s', '/', '/p', 'p/',
  '@s//p', '@s/%', '%40s/p', 'a%20b', 'a+b', 'a:b', 'a@b', 'a#b', 'a?b', 'a&b', 'a=b', 'a,b', 'a;b', 'a$b',
  'Abc', 'ABC', 'abC', 'ß', 'İ', 'ı', 'Σ', 'σς', 'Ａ', 'ａ', 'é', 'É', '中文', '中文名', '😀', 'a😀', '\ud800', 'a\udc00b',
  '\udc00\ud800', '\ud83d\ude00', ' \ud800', '.\ud800', 'node\ud800', 'HTTP\ud800', '\u2c2f', '\ua7c0', '\ud801\udd70',
  '\u1c89', 'ǅ', 'ǆ', 'Ǆ', 'ﬀ', 'K', 'k', 'Å', '~', "'", '!', '(', ')', '*', 'a~b', "a'b", 'a!b', 'a(b)', 'a*',
  '~a/b', '@s/~', 'x/~', 'blocklet', 'my-blocklet', 'static-demo', 'example', '@arcblock/did-connect',
  '@blocklet/ai-kit', 'a-b.c_d~e', 'a--b', '-a', 'a-', '0', '00', '0x', '0xabc', 'z', 'z8', 'did:abt:x',
  'did:abt:', 'null', 'undefined', 'true', 'constructor', '__proto__', 'toString', 'hasOwnProperty',
].forEach(add);

// Lengths around 32 and 214 (UTF-16 units).
for (const n of [1, 31, 32, 33, 64, 213, 214, 215, 216, 300]) {
  add('a'.repeat(n));
  add(`@s/${'b'.repeat(Math.max(1, n - 3))}`);
  add('A'.repeat(n));
  add(`${'c'.repeat(n - 1)}!`);
}
add('😀'.repeat(16));
add('😀'.repeat(17));
add('中'.repeat(32));
add('中'.repeat(33));

// Core module names in every case and shape.
for (const b of builtins) {
  add(b);
  add(b.toUpperCase());
  add(b[0].toUpperCase() + b.slice(1));
  add(`@s/${b}`);
  add(`${b}-x`);
  add(` ${b}`);
  if (int(2)) add(`_${b}`);
}

// Every printable ASCII character alone, inside a name, as a scope and as a package.
for (let c = 0x20; c < 0x7f; c++) {
  const ch = String.fromCharCode(c);
  add(ch);
  add(`a${ch}b`);
  add(`@s${ch}/p`);
  add(`@s/p${ch}`);
}
for (let c = 0; c < 0x20; c++) add(`a${String.fromCharCode(c)}b`);

// Random names from an alphabet rich in rule triggers.
const POOL = [...'abcdefghijklmnopqrstuvwxyz0123456789', ...'ABCXYZ', ...'-_.~!*()\'@/ %+:', '\u00a0', '\u3000',
  '\t', 'é', 'Σ', '中', '😀', '\ud800', '\udc00', 'İ'];
for (let i = 0; i < 250; i++) {
  const n = int(4) === 0 ? int(60) : 1 + int(12);
  add(Array.from({ length: n }, () => pick(POOL)).join(''));
}
const SAFE = 'abcdefghijklmnopqrstuvwxyz0123456789-_.';
for (let i = 0; i < 80; i++) {
  const w = (k) => Array.from({ length: k }, () => pick(SAFE)).join('');
  add(int(2) ? `@${w(1 + int(10))}/${w(1 + int(30))}` : w(1 + int(40)));
}

// DIDs: a name that is a DID must have role ROLE_BLOCKLET (unless checkDid is false).
for (let i = 0; i < 20; i++) {
  const blocklet = Did.fromPublicKey(`0x${hex(32)}`, { role: types.RoleType.ROLE_BLOCKLET });
  add(blocklet);
  add(`did:abt:${blocklet}`);
  add(blocklet.slice(0, -1));
  const hexForm = Did.fromPublicKey(`0x${hex(32)}`, { role: types.RoleType.ROLE_BLOCKLET, address: 0 });
  add(hexForm);
  add(`did:abt:${hexForm}`);
  const any = toBlockletDid(`name-${i}`);
  add(any);
  add(`did:abt:${any}`);
  add(Did.fromPublicKey(`0x${hex(32)}`, { role: pick(Object.values(types.RoleType)) }));
  add(Did.fromPublicKey(`0x${hex(64)}`, 'eth'));
}

const message = (fn) => {
  try {
    fn();
    return null;
  } catch (e) {
    return e.message;
  }
};
const out = new Output();
for (const input of unique(inputs)) {
  let npm;
  try {
    const r = validate(input);
    npm = {
      errors: r.errors || [],
      warnings: r.warnings || [],
      validForNewPackages: r.validForNewPackages,
      validForOldPackages: r.validForOldPackages,
    };
  } catch (e) {
    npm = { threw: e.message };
  }
  out.add({
    input,
    npm,
    validateName: message(() => validateName(input)),
    validateNameNoDidCheck: message(() => validateName(input, { checkDid: false })),
  });
}
out.print();
