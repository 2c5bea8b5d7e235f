#!/usr/bin/env node
/*
 * Derives the DIDs that the conformance cases use, with the reference's own libraries.
 *
 *   node dids.js NAME...
 *
 * For each NAME, one JSON line:
 *   name       the input
 *   nameDid    toBlockletDid(NAME): ROLE_ANY + ED25519 + SHA3 over the trimmed UTF-8 name, what a
 *              manifest's `did` must be when it keeps an npm-style `name`
 *   blocklet   the same public key as a ROLE_BLOCKLET DID (a "new" blocklet DID, which fixName
 *              copies into `name`)
 *   account    the same public key as a ROLE_ACCOUNT DID (valid DID, wrong role for a blocklet)
 *   keccak     ROLE_BLOCKLET with the KECCAK hash (valid, role 15)
 *   hex        the BASE16 form of `blocklet` (0x + 52 hex digits; also a valid DID)
 */
'use strict';

const { fromPublicKey, isValid, toTypeInfo } = require('@arcblock/did');
const { types } = require('@ocap/mcrypto');
const { toHex, fromBase58 } = require('@ocap/util');
const { toBlockletDid } = require('@blocklet/meta/lib/did');

const { RoleType, HashType } = types;

for (const name of process.argv.slice(2)) {
  const pk = toHex(Buffer.from(name.trim()));
  const blocklet = fromPublicKey(pk, { role: RoleType.ROLE_BLOCKLET });
  const out = {
    name,
    nameDid: toBlockletDid(name),
    blocklet,
    account: fromPublicKey(pk, { role: RoleType.ROLE_ACCOUNT }),
    keccak: fromPublicKey(pk, { role: RoleType.ROLE_BLOCKLET, hash: HashType.KECCAK }),
    hex: `0x${Buffer.from(fromBase58(blocklet)).toString('hex')}`,
  };
  for (const k of ['nameDid', 'blocklet', 'account', 'keccak', 'hex']) {
    if (out[k] && !isValid(out[k])) throw new Error(`${k} of ${name} is not a valid DID`);
  }
  out.roles = Object.fromEntries(['nameDid', 'blocklet', 'account', 'keccak', 'hex'].map((k) => [k, toTypeInfo(out[k]).role]));
  console.log(JSON.stringify(out));
}
