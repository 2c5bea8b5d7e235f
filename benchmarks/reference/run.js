'use strict';
// The reference's side of the benchmark: the same generated inputs (written by org.blocklet4j.benchmarks.Inputs)
// through @blocklet/meta 1.17.12. Usage: node run.js INPUT_DIR > reference.json
// Prints one JSON array of {benchmark, params, nsPerOp, ops}. Each benchmark is warmed up for WARMUP_S seconds,
// then measured in ROUNDS rounds of at least ROUND_S seconds (and at least one call); the figure is the mean.
const fs = require('fs');
const path = require('path');
const yaml = require('js-yaml');
const { parse } = require('@blocklet/meta/lib/parse');
const { validateMeta } = require('@blocklet/meta/lib/validate');
const { toBlockletDid } = require('@blocklet/meta/lib/did');
const { getRequiredComponentsLayers } = require('@blocklet/meta/lib/get-required-components-layers');

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node run.js INPUT_DIR');
  process.exit(2);
}
const WARMUP_S = Number(process.env.REF_WARMUP_S || 2);
const ROUND_S = Number(process.env.REF_ROUND_S || 1);
const ROUNDS = Number(process.env.REF_ROUNDS || 5);
const only = process.env.REF_ONLY ? new RegExp(process.env.REF_ONLY) : null;

let sink = 0;
function consume(v) {
  sink ^= (v && typeof v === 'object' ? Object.keys(v).length : String(v).length);
}

function measure(fn) {
  const deadline = (s) => process.hrtime.bigint() + BigInt(Math.round(s * 1e9));
  let end = deadline(WARMUP_S);
  do {
    consume(fn());
  } while (process.hrtime.bigint() < end);
  let totalNs = 0n;
  let totalOps = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const start = process.hrtime.bigint();
    end = start + BigInt(Math.round(ROUND_S * 1e9));
    let now;
    do {
      consume(fn());
      totalOps++;
      now = process.hrtime.bigint();
    } while (now < end);
    totalNs += now - start;
  }
  return { nsPerOp: Number(totalNs) / totalOps, ops: totalOps };
}

const results = [];
function bench(benchmark, params, fn) {
  const key = benchmark + ' ' + JSON.stringify(params);
  if (only && !only.test(key)) {
    return;
  }
  const r = measure(fn);
  results.push({ benchmark, params, ...r });
  console.error(`${key}: ${(r.nsPerOp / 1e3).toFixed(1)} µs/op (${r.ops} ops)`);
}

for (const size of ['small', 'medium', 'large']) {
  const mdir = path.join(dir, 'manifests', size);
  const bytes = fs.readFileSync(path.join(mdir, 'blocklet.yml'));
  // parse(dir) as Blocklet Server calls it: reads the file, loads, fixes, validates.
  bench('ManifestBenchmark.parseFixValidate', { size }, () => parse(mdir));
  // What parse() does to load: Buffer.toString() and js-yaml with {json: true}.
  bench('ManifestBenchmark.yamlLoad', { size }, () => yaml.load(bytes.toString(), { json: true }));
  const normalised = JSON.parse(JSON.stringify(parse(mdir)));
  bench('ManifestBenchmark.validateTree', { size }, () => validateMeta(normalised));
}

const names = fs.readFileSync(path.join(dir, 'did-names.txt'), 'utf8').split('\n').filter(Boolean);
let next = 0;
bench('DidBenchmark.fromName', {}, () => {
  const name = names[next];
  next = (next + 1) % names.length;
  return toBlockletDid(name);
});

const graphDir = path.join(dir, 'graphs');
const files = fs.readdirSync(graphDir).filter((f) => f.endsWith('.json'));
const shapes = ['chain', 'fanout', 'layered', 'shared'];
files.sort((a, b) => {
  const [sa, na] = a.replace('.json', '').split('-');
  const [sb, nb] = b.replace('.json', '').split('-');
  return shapes.indexOf(sa) - shapes.indexOf(sb) || Number(na) - Number(nb);
});
for (const f of files) {
  const [shape, size] = f.replace('.json', '').split('-');
  const input = JSON.parse(fs.readFileSync(path.join(graphDir, f), 'utf8'));
  // `deep` covers the longest path, so that the reference layers every component (its default stops at 9 levels).
  bench('LayersBenchmark.layers', { shape, size }, () =>
    getRequiredComponentsLayers({ targetDid: input.targetDid, children: input.children, deep: input.deep }));
}

process.stdout.write(JSON.stringify(results, null, 1) + '\n');
if (sink === 0.5) {
  console.error(sink);
}
