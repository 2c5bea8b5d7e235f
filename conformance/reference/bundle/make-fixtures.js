// Signed blocklet.json fixtures for the bundle check's signature step, each with the verdict of the reference's
// verifyMultiSig (@blocklet/meta 1.17.12) recorded next to it: "reference" on the meta as uploaded, as the store
// verifies it, and "server" on what validateMeta gives with { ensureDist: false, schemaOptions: { noDefaults: true,
// stripUnknown: true } }, as Blocklet Server's fixAndVerifyMetaFromStore verifies a meta it installs from a store
// ("invalid" when that validateMeta throws, so the server verifies nothing).
//
//   NODE_PATH=/tmp/ref/node_modules node make-fixtures.js > \
//     ../../../blocklet-bundle/src/test/resources/org/blocklet4j/bundle/signatures.json
//
// Keys are fixed, so the output is the same on every run (secp256k1 signatures are deterministic, RFC 6979).
// Delegation tokens carry fixed iat/nbf (2023) and exp (2100) times; the expired one an exp in 2020.
const { fromSecretKey } = require('@ocap/wallet');
const { types } = require('@ocap/mcrypto');
const { toBase58, toHex } = require('@ocap/util');
const { verifyMultiSig } = require('@blocklet/meta/lib/verify-multi-sig');
const { validateMeta } = require('@blocklet/meta/lib/validate');
const jwt = require('@arcblock/jwt');
const stableStringify = require('json-stable-stringify');
const omit = require('lodash/omit');
const { secp256k1 } = require('@noble/curves/secp256k1.js');

const account = (pk, hash) => ({ role: types.RoleType.ROLE_ACCOUNT, pk, hash, address: types.EncodingType.BASE58 });
const ED = account(types.KeyType.ED25519, types.HashType.SHA3);
const K1 = account(types.KeyType.SECP256K1, types.HashType.SHA3);
const seed = (byte) => `0x${byte.repeat(32)}`;

const developer = fromSecretKey(seed('11'), ED);
const secpDeveloper = fromSecretKey(seed('22'), K1);
const ethDeveloper = fromSecretKey(seed('33'), 'eth');
const store = fromSecretKey(seed('44'), ED);
const service = fromSecretKey(seed('55'), ED);
const attacker = fromSecretKey(seed('66'), ED);
const secpAttacker = fromSecretKey(seed('77'), K1);

const typeName = (w) => Object.keys(types.KeyType).find((k) => types.KeyType[k] === w.type.pk);
const CREATED = '2026-01-01T00:00:00.000Z';

const baseMeta = () => ({
  name: 'bundle-fixture',
  did: 'z8iZsDKFRzaFYjAwJGCtdgZAVPApCYuzneicj',
  version: '1.0.0',
  title: 'Bundle fixture \u00e9\u4e2d\ud83d\ude00',
  description: 'Signed meta "quoted", tab\t, newline\n, control \u0001',
  group: 'static',
  main: 'index.html',
  author: { name: 'Fixture', email: 'fixture@example.com' },
  keywords: ['b', 'a'],
  stats: { downloads: 0, ratio: 0.1, big: 1e21, small: 1e-7 },
  dist: {
    tarball: 'bundle-fixture-1.0.0.tgz',
    integrity: 'sha512-AAAA',
    size: 1234,
  },
});

// Signs as the Blocklet CLI does: the new signature goes first; it covers the meta minus its own excludes.
async function sign(meta, wallet, extra = {}) {
  const { signatures = [], ...rest } = meta;
  const signature = {
    type: typeName(wallet),
    name: meta.name,
    signer: wallet.address,
    pk: toBase58(wallet.publicKey),
    created: CREATED,
    ...extra,
  };
  // A deep copy: lodash's omit shares arrays with its source and would change the meta being signed.
  let signed = JSON.parse(JSON.stringify(rest));
  (signature.excludes || []).forEach((f) => {
    signed = omit(signed, f);
  });
  const signer = extra.delegateeWallet || wallet;
  delete signature.delegateeWallet;
  const message = stableStringify({ ...signed, signatures: [signature, ...signatures] });
  signature.sig = toBase58(await signer.sign(message));
  return { ...meta, signatures: [signature, ...signatures] };
}

async function delegate(from, to, { exp = '4102444800', permissions = ['publish_blocklet'], issuer = from } = {}) {
  return jwt.sign(issuer.address, issuer.secretKey,
    { from: from.address, to: to.address, permissions, iat: '1700000000', nbf: '1700000000', exp }, true, '1.1.0');
}

async function delegated(meta, delegator, delegatee, token, pkWallet = delegator) {
  return sign(meta, delegator, {
    pk: toBase58(pkWallet.publicKey),
    delegatee: delegatee.address,
    delegateePk: toBase58(delegatee.publicKey),
    delegation: token,
    delegateeWallet: delegatee,
  });
}

function highS(meta) {
  const copy = JSON.parse(JSON.stringify(meta));
  const der = Buffer.from(require('@ocap/util').toUint8Array(copy.signatures[0].sig));
  const sig = secp256k1.Signature.fromBytes(der, 'der');
  const flipped = new secp256k1.Signature(sig.r, secp256k1.Point.CURVE().n - sig.s);
  copy.signatures[0].sig = toBase58(flipped.toBytes('der'));
  return copy;
}

function tamper(meta, fn) {
  const copy = JSON.parse(JSON.stringify(meta));
  fn(copy);
  return copy;
}

async function verdict(meta) {
  try {
    return await verifyMultiSig(JSON.parse(JSON.stringify(meta)));
  } catch (e) {
    return 'throws';
  }
}

async function serverVerdict(meta) {
  let sanitized;
  try {
    sanitized = validateMeta(JSON.parse(JSON.stringify(meta)),
      { ensureDist: false, schemaOptions: { noDefaults: true, stripUnknown: true } });
  } catch (e) {
    return 'invalid';
  }
  return verdict(sanitized);
}

(async () => {
  const cases = [];
  const add = async (name, meta, forged = false) => {
    let v;
    try {
      v = validateMeta(JSON.parse(JSON.stringify(meta)));
    } catch (e) {
      v = { error: e };
    }
    cases.push({
      name,
      reference: await verdict(meta),
      forged,
      validateMeta: v.error ? 'invalid' : 'valid',
      server: await serverVerdict(meta),
      meta,
    });
  };

  const ed = await sign(baseMeta(), developer);
  const k1 = await sign(baseMeta(), secpDeveloper);
  const eth = await sign(baseMeta(), ethDeveloper);
  await add('ed25519', ed);
  await add('secp256k1', k1);
  await add('ethereum', eth);
  // Other digests the DID type bits can name: 64- and 48-byte digests are truncated by ECDSA, signed whole by
  // Ed25519; a validator's DID always names SHA2.
  await add('ed25519-keccak', await sign(baseMeta(), fromSecretKey(seed('81'), account(types.KeyType.ED25519, types.HashType.KECCAK))));
  await add('ed25519-sha3-512', await sign(baseMeta(), fromSecretKey(seed('82'), account(types.KeyType.ED25519, types.HashType.SHA3_512))));
  await add('secp256k1-sha3-512', await sign(baseMeta(), fromSecretKey(seed('83'), account(types.KeyType.SECP256K1, types.HashType.SHA3_512))));
  await add('secp256k1-keccak-384', await sign(baseMeta(), fromSecretKey(seed('84'), account(types.KeyType.SECP256K1, types.HashType.KECCAK_384))));
  await add('secp256k1-sha2', await sign(baseMeta(), fromSecretKey(seed('85'), account(types.KeyType.SECP256K1, types.HashType.SHA2))));
  await add('validator-role-sha2', await sign(baseMeta(), fromSecretKey(seed('86'),
    { role: types.RoleType.ROLE_VALIDATOR, pk: types.KeyType.ED25519, hash: types.HashType.SHA3, address: types.EncodingType.BASE58 })));

  // The developer excludes two fields the store fills in later; the store appends nftFactory and signs.
  const first = await sign(baseMeta(), secpDeveloper, { excludes: ['lastPublishedAt', 'stats.downloads'] });
  const published = tamper(first, (m) => {
    m.lastPublishedAt = '2026-01-02T00:00:00.000Z';
    m.stats.downloads = 42;
    m.nftFactory = 'z3CtLPXQdhFnvDCJgFBBdmsJe4vgadSLsWwD7';
  });
  const chain = await sign(published, store, { appended: ['nftFactory'] });
  await add('chain-excludes-appended', chain);
  await add('chain-excluded-field-changed', tamper(chain, (m) => { m.stats.downloads = 43; }));
  await add('chain-appended-field-changed', tamper(chain, (m) => { m.nftFactory = 'z3CtLPXQdhFnvDCJgFBBdmsJe4vgadSLsWwD8'; }));
  await add('chain-older-signed-field-changed', tamper(chain, (m) => { m.signatures[1].created = CREATED.replace('00.000', '01.000'); }));
  await add('chain-without-appended', tamper(chain, (m) => { delete m.signatures[0].appended; }));

  // lodash's omit shares arrays with the meta, so excluding an array element changes the meta that the older
  // signatures are verified against: the reference rejects this chain although both signers signed honestly.
  const older = await sign(baseMeta(), secpDeveloper);
  await add('chain-newer-excludes-array-element', await sign(older, store, { excludes: ['keywords[0]'] }));
  await add('chain-newer-excludes-object-field', await sign(older, store, { excludes: ['stats.ratio'] }));

  await add('delegation', await delegated(baseMeta(), developer, service, await delegate(developer, service)));
  await add('delegation-expired', await delegated(baseMeta(), developer, service,
    await delegate(developer, service, { exp: '1600000000' })));
  await add('delegation-without-permission', await delegated(baseMeta(), developer, service,
    await delegate(developer, service, { permissions: ['publish_nft'] })));
  await add('delegation-to-other', await delegated(baseMeta(), developer, service, await delegate(developer, attacker)));

  // A valid signature by the attacker's key, claiming the developer's address as signer.
  await add('forged-signer-ed25519', await sign(baseMeta(), attacker, { signer: developer.address }), true);
  await add('forged-signer-secp256k1', await sign(baseMeta(), secpAttacker, { signer: secpDeveloper.address }), true);
  // A token the attacker issued, "from" the developer, verified against the attacker's pk.
  await add('forged-delegation', await delegated(baseMeta(), developer, service,
    await delegate(developer, service, { issuer: attacker }), attacker), true);

  await add('tampered-description', tamper(ed, (m) => { m.description += '!'; }));
  await add('tampered-number', tamper(ed, (m) => { m.stats.ratio = 0.2; }));
  await add('tampered-key-order', tamper(ed, (m) => {
    const { name, ...rest } = m;
    Object.keys(m).forEach((k) => delete m[k]);
    Object.assign(m, rest, { name });
  }));
  await add('tampered-signature-name', tamper(k1, (m) => { m.signatures[0].name = 'other'; }));
  await add('tampered-sig', tamper(eth, (m) => {
    const bytes = require('@ocap/util').toUint8Array(m.signatures[0].sig);
    bytes[10] ^= 1;
    m.signatures[0].sig = toBase58(bytes);
  }));
  await add('hex-sig-and-pk', tamper(await sign(baseMeta(), developer, { pk: toHex(developer.publicKey) }), (m) => {
    m.signatures[0].sig = toHex(require('@ocap/util').toUint8Array(m.signatures[0].sig));
  }));
  await add('pk-rewritten-as-hex', tamper(ed, (m) => { m.signatures[0].pk = toHex(developer.publicKey); }));
  await add('secp256k1-high-s', highS(k1));
  await add('wrong-key-type-bits', tamper(k1, (m) => { m.signatures[0].signer = developer.address; }));
  await add('ethereum-lowercase-signer', await sign(baseMeta(), ethDeveloper, { signer: ethDeveloper.address.toLowerCase() }));
  await add('signature-not-object', tamper(chain, (m) => { m.signatures[1] = 'signed'; }));
  await add('pk-missing', tamper(ed, (m) => { delete m.signatures[0].pk; }));
  await add('appended-not-list', tamper(chain, (m) => { m.signatures[0].appended = 'nftFactory'; }));
  await add('excludes-not-list', tamper(ed, (m) => { m.signatures[0].excludes = 'stats'; }));
  await add('empty-signatures', tamper(ed, (m) => { m.signatures = []; }));
  await add('no-signatures', tamper(ed, (m) => { delete m.signatures; }));

  // Blocklet Server verifies the meta after validateMeta has stripped the keys the schema does not know (the stats
  // above hold three, so every fixture so far fails there) and trimmed the strings: a key added after signing
  // fails at the store and passes at the server; a key the schema does not know, signed, the other way round.
  const known = () => ({ ...baseMeta(), stats: { downloads: 0 } });
  const serverSigned = await sign(known(), developer);
  await add('server-signed', serverSigned);
  await add('server-unknown-key-added', tamper(serverSigned, (m) => { m.addedAfterSigning = 'x'; }));
  await add('server-unknown-nested-key-added', tamper(serverSigned, (m) => { m.author.addedAfterSigning = 'x'; }));
  await add('server-unknown-signature-key-added', tamper(serverSigned, (m) => {
    m.signatures[0].addedAfterSigning = 'x';
  }));
  await add('server-title-padded', tamper(serverSigned, (m) => { m.title = ` ${m.title} `; }));
  await add('server-unknown-key-signed', await sign({ ...known(), signedUnknown: 'x' }, developer));

  process.stdout.write(`${JSON.stringify(cases, null, 2)}\n`);
})();
