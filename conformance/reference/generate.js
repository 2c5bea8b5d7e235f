#!/usr/bin/env node
/*
 * Records what the reference implementation (@blocklet/meta 1.17.12) does with every case of the
 * blocklet4j conformance suite.
 *
 *   cd conformance/reference && npm ci && TZ=UTC node generate.js
 *
 * Reads   ../cases/<id>/       (blocklet.yml or blocklet.yaml, optional parse-options.json)
 *         ../cases-meta/<id>/  (blocklet.json, optional options.json)
 * Writes  ../expected.jsonl       one line per parse case
 *         ../expected-meta.jsonl  one line per tree (validateMeta) case
 *
 * Each line is {"id","valid","value","errors":[{"pointer","type","message"}],"stage"}:
 * - valid/value are exactly the outcome of the reference call (value = JSON.parse(JSON.stringify(v)),
 *   null when the call threw or returned nothing JSON can hold);
 * - errors list EVERY Joi error: the schema is run a second time, on a copy of the very input the
 *   reference validated, with abortEarly:false;
 * - stage is ok | schema | fix | read (see ../README.md).
 * Exits non-zero when a case directory is malformed or the recorded outcome is inconsistent.
 */
'use strict';

// Everything below must see UTC (Date keys and Date.prototype.toString depend on the zone).
process.env.TZ = 'UTC';

const fs = require('fs');
const path = require('path');
const cloneDeep = require('lodash/cloneDeep');

const META_LIB = path.dirname(require.resolve('@blocklet/meta/lib/parse'));
const schemaModule = require('@blocklet/meta/lib/schema');
const { parse } = require('@blocklet/meta/lib/parse');
const { validateMeta } = require('@blocklet/meta/lib/validate');
const { validateBlockletMeta } = require('@blocklet/resolver');
// the very js-yaml instance that parse() uses
const jsYaml = require(require.resolve('js-yaml', { paths: [META_LIB] }));

const ROOT = path.resolve(__dirname, '..');
const CASES = path.join(ROOT, 'cases');
const CASES_META = path.join(ROOT, 'cases-meta');
const OUT = path.join(ROOT, 'expected.jsonl');
const OUT_META = path.join(ROOT, 'expected-meta.jsonl');

const META_FILE = 'blocklet.yml';
const META_FILE_ALT = 'blocklet.yaml';
const READ_ERROR_MARKER = 'expect-read-error';
const PARSE_OPTION_KEYS = ['ensureFiles', 'ensureDist', 'ensureComponentStore', 'defaultStoreUrl', 'fix', 'extraRawAttrs', 'schemaOptions'];
const META_OPTION_KEYS = ['validator', 'options'];
const VALIDATORS = ['validateMeta', 'validateBlockletMeta'];
const CASE_ID = /^[0-9]{4}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

if (new Date(0).getTimezoneOffset() !== 0 || !String(new Date(0)).includes('GMT+0000')) {
  console.error('generate.js must run in UTC: TZ=UTC node generate.js');
  process.exit(2);
}

/* ------------------------------------------------------------------ probes */

// What the current reference call went through. Set around each call, null otherwise.
let probe = null;

const realLoad = jsYaml.load;
jsYaml.load = function load(...args) {
  try {
    const v = realLoad.apply(this, args);
    if (probe) probe.loaded = { value: v };
    return v;
  } catch (e) {
    if (probe) probe.yamlError = e;
    throw e;
  }
};

const realCreateBlockletSchema = schemaModule.createBlockletSchema;
schemaModule.createBlockletSchema = function createBlockletSchema(baseDir, opts = {}) {
  const schema = realCreateBlockletSchema(baseDir, opts);
  if (!probe) return schema;
  const every = realCreateBlockletSchema(baseDir, { ...opts, abortEarly: false });
  const current = probe;
  current.schemaCalls += 1;
  return {
    validate(value, ...rest) {
      const copy = cloneDeep(value);
      const result = schema.validate(value, ...rest);
      const all = every.validate(copy);
      current.schemaFailed = Boolean(result.error);
      current.details = all.error ? all.error.details : [];
      return result;
    },
  };
};

const newProbe = () => ({ schemaCalls: 0, schemaFailed: false, details: null, yamlError: null, loaded: null });

/* ------------------------------------------------------------------ helpers */

const problems = [];
const fail = (id, msg) => problems.push(`${id}: ${msg}`);

const listCases = (dir) => {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
};

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

// RFC 6901 pointer of a Joi path; the root (empty path) is recorded as "/", as in the shared corpus.
const toPointer = (p) => (p.length ? `/${p.map((s) => String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}` : '/');

const toJson = (v) => {
  const s = JSON.stringify(v);
  return s === undefined ? null : JSON.parse(s);
};

const schemaErrors = (details) => details.map((d) => ({ pointer: toPointer(d.path), type: d.type, message: d.message }));

// js-yaml puts a code excerpt after the first line; keep "reason (line:column)".
const yamlMessage = (e) => String(e.message).split('\n')[0];

const quietly = (fn) => {
  const { error } = console;
  console.error = () => {};
  try {
    return fn();
  } finally {
    console.error = error;
  }
};

const line = (id, valid, value, errors, stage) => JSON.stringify({ id, valid, value, errors, stage });

/* ------------------------------------------------------------------ parse cases */

function runParseCase(id) {
  const dir = path.join(CASES, id);
  const hasYml = fs.existsSync(path.join(dir, META_FILE));
  const hasYaml = fs.existsSync(path.join(dir, META_FILE_ALT));
  const expectReadError = fs.existsSync(path.join(dir, READ_ERROR_MARKER));
  if (!CASE_ID.test(id)) fail(id, 'case directory name must look like NNNN-short-slug');
  if (!hasYml && !hasYaml && !expectReadError) {
    fail(id, `no ${META_FILE} or ${META_FILE_ALT} and no ${READ_ERROR_MARKER} marker`);
    return null;
  }

  let options = {};
  const optionsFile = path.join(dir, 'parse-options.json');
  if (fs.existsSync(optionsFile)) {
    options = readJson(optionsFile);
    const unknown = Object.keys(options).filter((k) => !PARSE_OPTION_KEYS.includes(k));
    if (unknown.length) fail(id, `unknown parse options ${unknown.join(', ')}`);
  }

  // parse() is given the case id, relative to the cases folder (the working directory), so that the
  // default description does not depend on where the repository is checked out.
  probe = newProbe();
  const current = probe;
  let value;
  let thrown = null;
  try {
    value = quietly(() => parse(id, cloneDeep(options)));
  } catch (e) {
    thrown = e;
  } finally {
    probe = null;
  }

  let record;
  if (!thrown) {
    const v = toJson(value);
    if (v && typeof v === 'object' && v.description === `Blocklet from ${id}`) v.description = 'Blocklet from <dir>';
    if (current.details && current.details.length) fail(id, 'parse() succeeded but the full validation found errors');
    record = { valid: true, value: v, errors: [], stage: 'ok' };
  } else if (!hasYml && !hasYaml) {
    record = { valid: false, value: null, errors: [{ pointer: '', type: 'read', message: thrown.message }], stage: 'read' };
  } else if (current.yamlError) {
    record = {
      valid: false,
      value: null,
      errors: [{ pointer: '', type: 'read', message: yamlMessage(current.yamlError) }],
      stage: 'read',
    };
  } else if (current.schemaCalls === 0) {
    // the document loaded; it is a read failure when it was empty (nothing to assign to), a fix failure otherwise
    const empty = current.loaded && (current.loaded.value === undefined || current.loaded.value === null) && hasYml;
    const stage = empty ? 'read' : 'fix';
    record = { valid: false, value: null, errors: [{ pointer: '', type: stage, message: thrown.message }], stage };
  } else {
    if (!current.schemaFailed) fail(id, `parse() threw after a successful validation: ${thrown.message}`);
    if (!current.details || !current.details.length) fail(id, 'the full validation found no errors');
    record = { valid: false, value: null, errors: schemaErrors(current.details || []), stage: 'schema' };
  }

  if (expectReadError && record.stage !== 'read') fail(id, `has the ${READ_ERROR_MARKER} marker but ended at stage ${record.stage}`);
  if (!expectReadError && record.stage === 'read') fail(id, `ended at stage read (${record.errors[0].message}) without the ${READ_ERROR_MARKER} marker`);
  return line(id, record.valid, record.value, record.errors, record.stage);
}

/* ------------------------------------------------------------------ tree (validateMeta) cases */

function runMetaCase(id) {
  const dir = path.join(CASES_META, id);
  if (!CASE_ID.test(id)) fail(id, 'case directory name must look like NNNN-short-slug');
  const file = path.join(dir, 'blocklet.json');
  if (!fs.existsSync(file)) {
    fail(id, 'no blocklet.json');
    return null;
  }
  let config = { validator: 'validateMeta', options: {} };
  const optionsFile = path.join(dir, 'options.json');
  if (fs.existsSync(optionsFile)) {
    const o = readJson(optionsFile);
    const unknown = Object.keys(o).filter((k) => !META_OPTION_KEYS.includes(k));
    if (unknown.length) fail(id, `unknown keys in options.json: ${unknown.join(', ')}`);
    config = { ...config, ...o };
  }
  if (!VALIDATORS.includes(config.validator)) fail(id, `validator must be one of ${VALIDATORS.join(', ')}`);
  const meta = readJson(file);

  probe = newProbe();
  const current = probe;
  let value;
  let thrown = null;
  try {
    value =
      config.validator === 'validateBlockletMeta'
        ? validateBlockletMeta(meta, cloneDeep(config.options || {}))
        : validateMeta(meta, cloneDeep(config.options || {}));
  } catch (e) {
    thrown = e;
  } finally {
    probe = null;
  }

  let record;
  if (!thrown) {
    if (current.details && current.details.length) fail(id, 'validation succeeded but the full validation found errors');
    record = { valid: true, value: toJson(value), errors: [], stage: 'ok' };
  } else if (current.schemaCalls === 0) {
    record = { valid: false, value: null, errors: [{ pointer: '', type: 'fix', message: thrown.message }], stage: 'fix' };
  } else {
    if (!current.schemaFailed) fail(id, `threw after a successful validation: ${thrown.message}`);
    record = { valid: false, value: null, errors: schemaErrors(current.details || []), stage: 'schema' };
  }
  return line(id, record.valid, record.value, record.errors, record.stage);
}

/* ------------------------------------------------------------------ main */

function summarize(label, lines) {
  const counts = { ok: 0, schema: 0, fix: 0, read: 0 };
  let invalid = 0;
  for (const l of lines) {
    const o = JSON.parse(l);
    counts[o.stage] += 1;
    if (!o.valid) invalid += 1;
  }
  const n = lines.length;
  const pct = n ? ((100 * invalid) / n).toFixed(1) : '0.0';
  console.log(
    `${label}: ${n} cases, ${n - invalid} valid, ${invalid} invalid (${pct}%) · stages ok ${counts.ok} · schema ${counts.schema} · fix ${counts.fix} · read ${counts.read}`
  );
}

function main() {
  process.chdir(CASES);
  const parseLines = listCases(CASES).map(runParseCase).filter(Boolean);
  const metaLines = listCases(CASES_META).map(runMetaCase).filter(Boolean);

  for (const [label, dir] of [['cases', CASES], ['cases-meta', CASES_META]]) {
    const seen = new Map();
    for (const id of listCases(dir)) {
      const n = id.slice(0, 4);
      if (seen.has(n)) fail(id, `number ${n} is also used by ${label}/${seen.get(n)}`);
      seen.set(n, id);
    }
  }

  fs.writeFileSync(OUT, parseLines.map((l) => `${l}\n`).join(''));
  fs.writeFileSync(OUT_META, metaLines.map((l) => `${l}\n`).join(''));
  summarize('expected.jsonl', parseLines);
  summarize('expected-meta.jsonl', metaLines);

  if (problems.length) {
    console.error(`\n${problems.length} problem(s):`);
    problems.forEach((p) => console.error(`  ${p}`));
    process.exit(1);
  }
}

main();
