#!/usr/bin/env node
// The DID of a public key, recorded from the reference (fromPublicKey of @arcblock/did, and the address of an
// @ocap/wallet made from a secret key).
//
//   NODE_PATH=<install of @blocklet/meta 1.17.12>/node_modules node conformance/reference/vectors/did-from-public-key.js \
//     > blocklet-meta/src/test/resources/org/blocklet4j/meta/did/from-public-key-vectors.jsonl
//
// One JSON object per line: {publicKey, type, did} or {publicKey, type, error}. publicKey is the key's bytes as
// lowercase hex without 0x; type is the {role, pk, hash, address} object given to fromPublicKey (every field
// present); did is the result, error the message DidType throws for a code no enum has. The keys come from a
// seeded generator, so the output is the same on every run.
'use strict';

const Did = require('@arcblock/did');
const Wallet = require('@ocap/wallet');
const { types } = require('@ocap/mcrypto');
const { seeded, Output } = require('./lib');

const { int, pick } = seeded(20250117);
const bytes = (n) => Buffer.from(Array.from({ length: n }, () => int(256)));
const hex = (b) => Buffer.from(b).toString('hex');

const ROLES = Object.values(types.RoleType);
const KEYS = Object.values(types.KeyType);
const HASHES = Object.values(types.HashType);
const ENCODINGS = Object.values(types.EncodingType);
const SIZES = [0, 1, 20, 32, 33, 64, 65, 100];

const out = new Output();
function record(pk, type) {
  const row = { publicKey: hex(pk), type };
  try {
    row.did = Did.fromPublicKey(`0x${hex(pk)}`, type);
  } catch (e) {
    row.error = e.message;
  }
  out.add(row);
}

// Every role, key type, hash type and encoding, each with a random key of a usual or unusual length.
for (const role of ROLES) {
  for (const pk of KEYS) {
    for (const hash of HASHES) {
      for (const address of ENCODINGS) {
        record(bytes(pick(SIZES)), { role, pk, hash, address });
      }
    }
  }
}

// Codes no enum has: DidType throws.
record(bytes(32), { role: 25, pk: 0, hash: 1, address: 1 });
record(bytes(32), { role: 62, pk: 0, hash: 1, address: 1 });
record(bytes(32), { role: 0, pk: 4, hash: 1, address: 1 });
record(bytes(32), { role: 0, pk: 0, hash: 7, address: 1 });
record(bytes(32), { role: 0, pk: 0, hash: 31, address: 1 });
record(bytes(32), { role: 0, pk: 0, hash: 1, address: 2 });

// Wallets made from secret keys the way a signer makes them (a 32-byte ED25519 key, an uncompressed 65-byte
// secp256k1 key, a 64-byte Ethereum key without its 04 prefix): the wallet's address is fromPublicKey of its key.
const walletTypes = [
  { role: types.RoleType.ROLE_ACCOUNT, pk: types.KeyType.ED25519, hash: types.HashType.SHA3, address: 1 },
  { role: types.RoleType.ROLE_BLOCKLET, pk: types.KeyType.ED25519, hash: types.HashType.SHA3, address: 1 },
  { role: types.RoleType.ROLE_APPLICATION, pk: types.KeyType.ED25519, hash: types.HashType.SHA3, address: 1 },
  { role: types.RoleType.ROLE_ACCOUNT, pk: types.KeyType.SECP256K1, hash: types.HashType.SHA3, address: 1 },
  { role: types.RoleType.ROLE_ACCOUNT, pk: types.KeyType.SECP256K1, hash: types.HashType.KECCAK, address: 1 },
  { role: types.RoleType.ROLE_NODE, pk: types.KeyType.ED25519, hash: types.HashType.SHA3, address: 1 },
  { role: types.RoleType.ROLE_ACCOUNT, pk: types.KeyType.ETHEREUM, hash: types.HashType.KECCAK, address: 0 },
  { role: types.RoleType.ROLE_APPLICATION, pk: types.KeyType.ETHEREUM, hash: types.HashType.KECCAK, address: 0 },
  { role: types.RoleType.ROLE_ACCOUNT, pk: types.KeyType.ED25519, hash: types.HashType.SHA2, address: 0 },
];
for (const type of walletTypes) {
  for (let i = 0; i < 8; i++) {
    const wallet = Wallet.fromSecretKey(`0x${hex(bytes(32))}`, type);
    const pk = Buffer.from(wallet.publicKey.replace(/^0x/, ''), 'hex');
    out.add({ publicKey: hex(pk), type, did: wallet.address });
  }
}

out.print();
