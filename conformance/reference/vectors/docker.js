#!/usr/bin/env node
// Expected behaviour of the `docker:` section, recorded from the reference.
//
//   NODE_PATH=<install of @blocklet/meta 1.17.12>/node_modules node conformance/reference/vectors/docker.js \
//     > blocklet-meta/src/test/resources/org/blocklet4j/meta/internal/rules/docker-vectors.jsonl
//
// One JSON object per line, of two kinds.
//
// {"kind":"schema", input, valid, value, errors, firstError}: dockerSchema of @abtnode/docker-utils validating
// `input` with {abortEarly: false, stripUnknown: true} (createBlockletSchema passes stripUnknown down; our engine
// collects every error, as abortEarly: false does). `errors` are {type, path, message}; `firstError` is the one
// error the default abortEarly: true gives. `input`/`value` are absent for undefined.
//
// {"kind":"manifest", options, docker, files, error, value}: a whole manifest through createBlockletSchema with
// `options`, for the docker part of its top-level custom rule. `error` is the list of {type, path, message}
// (null when valid); `value` is {docker, files, lastKey} of the validated manifest.
//
// Values that JSON cannot hold are tagged: {"$date": iso} for a Date, {"$number": "NaN"|"Infinity"|"-Infinity"}.
// Strings the reference's command regex would backtrack on for seconds (long runs of its characters before a
// failing one) are not recorded: the reference hangs on them, we answer at once.
// The inputs come from hand-written cases and a seeded generator, so the output is the same on every run.
'use strict';

const { dockerSchema } = require('@abtnode/docker-utils');
const { createBlockletSchema } = require('@blocklet/meta/lib/schema');
const { toBlockletDid } = require('@blocklet/meta/lib/did');
const { seeded, Output } = require('./lib');

const { random, int, pick } = seeded(20250301);

function encode(v) {
  // Joi's clone of a Date used as an object has Date's prototype but is no Date: it is a plain object then.
  if (Object.prototype.toString.call(v) === '[object Date]') return { $date: v.toISOString() };
  if (typeof v === 'number' && !Number.isFinite(v)) return { $number: String(v) };
  if (Array.isArray(v)) return v.map(encode);
  if (v && typeof v === 'object') {
    const out = {};
    for (const k of Object.keys(v)) out[k] = encode(v[k]);
    return out;
  }
  return v;
}

const details = (error) => (error ? error.details.map((d) => ({ type: d.type, path: d.path, message: d.message })) : []);

const out = new Output();
function record(input) {
  const all = dockerSchema.validate(input, { abortEarly: false, stripUnknown: true });
  const first = dockerSchema.validate(input, { stripUnknown: true });
  const line = { kind: 'schema' };
  if (input !== undefined) line.input = encode(input);
  line.valid = !all.error;
  if (all.value !== undefined) line.value = encode(all.value);
  line.errors = details(all.error);
  line.firstError = first.error ? details(first.error)[0] : null;
  out.add(line);
}

// --- Value pools --------------------------------------------------------------------------------------------
const WS = ['\t', '\n', '\u000b', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029',
  '\u202f', '\u205f', '\u3000', '\ufeff'];
const NOT_WS = ['\u001c', '\u001f', '\u0085', '\u180e', '\u200b'];
const strings = ['a', 'node:18', ' padded ', '', ' ', '\t\n', '\u00a0x\u00a0', '\ufeffy', 'x\u0085', 'ä', '日本',
  'a b', 'a\tb', 'x\u001c', '\ud83d\ude00', 'a\u2028b', 'null', 'true', '0'];
const others = [null, true, false, 0, 1, -1.5, 1e21, [], ['a'], {}, { a: 1 }, new Date(Date.UTC(2020, 0, 2)), NaN,
  Infinity];
const anyValue = () => (random() < 0.6 ? pick(strings) : pick(others));

const stringKeys = ['workdir', 'shell', 'script', 'tmpfs', 'env', 'attach', 'quiet', 'entrypoint', 'cidfile',
  'detachKeys', 'disableContentTrust', 'domainname', 'expose', 'ip', 'linkLocalIp', 'platform'];
const boolKeys = ['installNodeModules', 'skipWrapDockerfile', 'runBaseScript'];
const arrayKeys = ['volumes', 'publish', 'volume'];
const unknownKeys = ['dockerfile', 'network', 'foo', 'Image', 'ports', 'detach-keys', 'link_local_ip'];

// --- Not an object ------------------------------------------------------------------------------------------
[undefined, null, 'x', '', 0, 1, true, false, [], [{ image: 'x' }], new Date(0), {}].forEach(record);

// --- Every string key with every value ----------------------------------------------------------------------
for (const key of stringKeys) {
  for (const v of [...strings, ...others]) record({ [key]: v });
}

// --- image: trimmed, then /^[^\s]+$/ ------------------------------------------------------------------------
const images = ['nginx', 'nginx:1.25', 'docker.io/library/nginx:latest', ' nginx ', 'a b', 'a  b', '', '   ',
  'x y z', 'quote"d', 'back\\slash', 'new\nline', '\u0085', 'a\u0085b', 'a\u180eb', 'a\u200bb', '\u001cx\u001f'];
for (const w of WS) {
  images.push(`a${w}b`, `${w}a${w}`, `${w}`);
}
for (const w of NOT_WS) images.push(`a${w}b`, `${w}a`);
for (const v of [...images, ...others]) record({ image: v });
record({ image: 'x'.repeat(3000) });
record({ image: `${'x'.repeat(3000)} y` });

// --- command: no trim, allow(''), default(''), dockerCmdValidator -------------------------------------------
const commands = ['', ' ', '  ', 'npm start', 'node server.js --port=3000', 'python -m http.server 8080',
  './run.sh', '/bin/app serve', 'a-b_c.d/e:f=g', 'ABC xyz 012', '@a', '@@a', '@@@a', '@', '@@', 'a@', 'a@b',
  'a@@b', '@_x', '@1', '@a@b', '@@a@@b', 'x @@y1 z', '@ a', 'a @', '@@_', '@A9_', 'mail@host',
  'rm file', 'rm', 'xrm y', 'RM file', 'Rm x', 'sudo ls', 'SUDO ls', 'pseudo x', 'sudo', 'a rm', 'arm b',
  'a -- b', 'a --b', '-- a', 'a --', ' -- ', '--help', 'a ~ b', '~', 'a&b', 'a && b', 'a|b', 'a || b', 'a>b',
  'a<b', '{a}', '[a]', 'a;b', '$HOME', 'a!', 'a*', '100%', 'a,b', 'a#b', 'a\'b', 'a"b', 'a`b`', 'a^b', 'a?b',
  'a+b', 'a\\b', 'a\\nb', 'a\\tb', 'a\\\nb', 'a\nb', 'a\tb', 'a\rb', 'a\u000bb', 'a\fb', 'a\u00a0b', 'a\u3000b',
  'a\ufeffb', 'a\u2028b', 'ä', 'aé', '日本', '\ud83d\ude00', 'a\u0085b', '\u001c', 'a\u0130', 'İ rm', 'x\u0000'];
for (const w of WS) commands.push(`a${w}b`, `${w}`, `${w}cmd${w}`);
for (const v of [...commands, ...others]) record({ command: v });
record({ command: 'node app.js '.repeat(300) });
record({ command: `${'a'.repeat(3000)}~` });
record({ command: `${'a '.repeat(1500)}rm x` });
record({ command: '@a'.repeat(1500) });
record({ command: `${'@@a'.repeat(1000)}@@@b` });
record({ command: `${'@a'.repeat(1500)}#` }); // '@' breaks every run, so the reference does not backtrack long

// --- booleans -----------------------------------------------------------------------------------------------
for (const key of boolKeys) {
  for (const v of [true, false, 'true', 'false', 'TRUE', 'False', ' true', 'yes', 'on', '1', 1, 0, null, '', [],
    {}]) record({ [key]: v });
}

// --- arrays: volumes (plain), publish (plain), volume (with the --volume validator) -------------------------
const volumeItems = ['$BLOCKLET_APP_DIR/x:/x', '$BLOCKLET_DATA_DIR/db:/var/lib/db', '$BLOCKLET_DATA_DIR/../x:/y',
  '$BLOCKLET_APP_DIR/a..b', '$BLOCKLET_APP_DIR:/x', '$BLOCKLET_DATA_DIR', '$BLOCKLETX/y', '$BLOCKLET/x',
  '/data:/data', './data:/data', '../data:/data', '~/data:/data', '~', '/', './', '../', 'named:/data',
  'named', 'a..b', 'a:..', ':b', ':', '::', '  /x  ', ' $BLOCKLET_APP_DIR/x ', '$BLOCKLET_APP_DIR/', '.',
  '..', 'data/./x', '.hidden:/x', 'x:/y:ro', '', ' ', null, 1, true, [], {}, 'ä:/x', '\u00a0/x'];
for (const item of volumeItems) {
  record({ volume: [item] });
  record({ volumes: [item] });
  record({ publish: [item] });
}
for (const key of arrayKeys) {
  for (const v of ['x', '', null, 1, {}, true, [], ['a', 'b'], ['a', 'a'], [' a ', 'b ', ''], [null, 'x', 2]]) {
    record({ [key]: v });
  }
}
record({ volume: volumeItems });
record({ volume: ['x'.repeat(3000)] });
record({ volume: [`/${'.'.repeat(2999)}`] });
record({ volume: [`$BLOCKLET_DATA_DIR/${'x:'.repeat(1500)}`] });

// --- unknown keys (stripped) --------------------------------------------------------------------------------
for (const k of unknownKeys) {
  record({ [k]: 'x' });
  record({ image: 'img', [k]: 'y', command: 'run' });
}
record({ image: 'x', dockerfile: 'Dockerfile', network: 'host' });

// --- realistic sections ---------------------------------------------------------------------------------------
record({ image: 'example/app', shell: 'gosu', workdir: '/var/lib/blocklet', installNodeModules: true,
  runBaseScript: true, command: '' });
record({ image: 'example/app:1.2', command: 'node /app/index.js --port=8080', env: 'NODE_ENV=production',
  publish: ['8080:80'], volume: ['$BLOCKLET_DATA_DIR/data:/data', 'cache:/cache'], skipWrapDockerfile: 'false' });
record({ script: 'npm ci && npm run build', tmpfs: '/tmp', platform: 'linux/amd64', entrypoint: '/bin/sh' });

// --- several errors at once, key order kept -----------------------------------------------------------------
record({ command: 'rm x', image: 'a b', workdir: '', volume: ['/x', 3], installNodeModules: 'maybe', env: 1 });
record({ platform: ' linux/amd64 ', zzz: 1, image: ' a ', aaa: 2, command: 'go' });
record({ runBaseScript: 'true', tmpfs: ' /tmp ', volumes: [' a ', ' b '] });

// --- seeded random objects ----------------------------------------------------------------------------------
const allKeys = ['image', 'command', ...stringKeys, ...boolKeys, ...arrayKeys, ...unknownKeys];
const randomCommand = () => {
  if (random() < 0.3) return pick(commands);
  // short enough that the reference's backtracking stays fast
  const alphabet = ['a', 'Z', '0', '-', '_', '.', '/', ':', '=', ' ', '@', '@@', 'rm ', '~', '\t', ',', 'é'];
  let s = '';
  const n = int(8);
  for (let i = 0; i < n; i++) s += pick(alphabet);
  return s;
};
const valueFor = (key) => {
  if (key === 'command') return randomCommand();
  if (key === 'image') return random() < 0.7 ? pick(images) : anyValue();
  if (boolKeys.includes(key)) return pick([true, false, 'true', 'FALSE', 'no', 1, null]);
  if (arrayKeys.includes(key)) {
    if (random() < 0.15) return anyValue();
    const n = int(4);
    return Array.from({ length: n }, () => (random() < 0.8 ? pick(volumeItems) : anyValue()));
  }
  return anyValue();
};
for (let i = 0; i < 300; i++) {
  const obj = {};
  const n = 1 + int(6);
  for (let j = 0; j < n; j++) {
    const key = pick(allKeys);
    obj[key] = valueFor(key);
  }
  record(obj);
}

// --- whole manifests: the top-level rule --------------------------------------------------------------------
const base = { name: 'docker-demo', did: toBlockletDid('docker-demo'), version: '1.0.0', description: 'Docker demo' };
const dockers = [{ image: 'x', dockerfile: 'y' }, { network: 'host' }, { dockerfile: 'Dockerfile' },
  { dockerfile: '' }, { dockerfile: 0 }, { dockerfile: ['a'] }, { dockerfile: { a: 1 } }, { network: '' },
  { network: false }, { network: 1 }, { image: 'x' }, { image: 'x', network: 'bridge' },
  { dockerfile: 'D', network: 'n' }, { dockerfile: 'D', network: 'n', image: 'i' }, { command: 'rm x' }, {}];
for (const options of [{}, { stripUnknown: false, allowUnknown: true }]) {
  for (const docker of dockers) {
    for (const files of [undefined, [], ['a.js']]) {
      const manifest = { ...base, docker };
      if (files) manifest.files = files;
      const r = createBlockletSchema(null, options).validate(manifest, { abortEarly: false });
      const keys = Object.keys(r.value);
      const line = { kind: 'manifest', options, docker, error: r.error ? details(r.error) : null };
      if (files) line.files = files;
      line.value = { docker: r.value.docker, lastKey: keys[keys.length - 1] };
      if (r.value.files) line.value.files = r.value.files;
      out.add(line);
    }
  }
}

out.print();
