#!/usr/bin/env node
// Expected results for org.blocklet4j.meta.internal.yaml, produced by what the reference really runs:
// js-yaml 4.3.2's load(text, {json: true}) for YAML, JSON.parse for JSON, Buffer#toString for UTF-8.
//
//   NODE_PATH=/path/to/node_modules node conformance/reference/vectors/yaml.js [outputDir]
//
// NODE_PATH must point at an install of @blocklet/meta 1.17.12. The output (JSON lines) goes to
// blocklet-meta/src/test/resources/org/blocklet4j/meta/internal/yaml/ unless another directory is given.
//
// Each value is written in a canonical text that keeps what JSON would lose: N(...) is a number as String()
// prints it (N(-0) for negative zero), D(...) a Date as its ISO string, B(...) a Uint8Array's bytes, CYCLE a
// value that contains itself; objects list their keys in Object.keys order.
'use strict'

const path = require('path')
const yaml = require('js-yaml')
const { writeJsonLines, outputDir } = require('./lib')

const pkg = require('js-yaml/package.json')
if (pkg.version !== '4.3.2') {
  throw new Error('expected js-yaml 4.3.2, found ' + pkg.version + '; set NODE_PATH to an install of @blocklet/meta 1.17.12')
}

const outDir = outputDir('internal', 'yaml')

function enc (v, seen) {
  if (v === undefined) return 'U'
  if (v === null) return 'null'
  if (typeof v === 'number') return 'N(' + (Object.is(v, -0) ? '-0' : String(v)) + ')'
  if (typeof v === 'string') return JSON.stringify(v)
  if (typeof v === 'boolean') return String(v)
  if (v instanceof Date) return 'D(' + v.toISOString() + ')'
  if (v instanceof Uint8Array) return 'B(' + Array.from(v).join(',') + ')'
  if (seen.has(v)) return 'CYCLE'
  seen.add(v)
  let r
  if (Array.isArray(v)) {
    r = '[' + v.map(x => enc(x, seen)).join(',') + ']'
  } else {
    r = '{' + Object.keys(v).map(k => JSON.stringify(k) + ':' + enc(v[k], seen)).join(',') + '}'
  }
  seen.delete(v)
  return r
}

function run (load, input) {
  try {
    return { value: enc(load(input), new Set()) }
  } catch (e) {
    return { error: e.message.split('\n')[0] }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// YAML

const scalars = ['yes', 'no', 'on', 'off', 'y', 'n', 'True', 'FALSE', 'true', 'false', 'TRUE', '012', '08', '0o12',
  '0x1F', '-0x1F', '-0o12', '0b101', '1_000', '+12', '1e3', '1.0', '0.1', '1.2', '.5', '.inf', '-.Inf', '+.inf',
  '.nan', '.NaN', '-.nan', '1e400', '~', 'Null', 'null', 'NULL', '2022-01-01', '2022-01-01T10:00:00Z', '2022-13-45',
  '0099-01-01', '2022-1-1 1:00:00', '2022-01-01 10:00:00.123456', '2022-01-01t10:00:00.5Z',
  '2022-01-01 \t10:00:00 \t-5', '2022-01-01T10:00:00+05:30', '2022-01-01T10:00:00-05:30', '2022-00-00',
  '2022-01-01 10:00:00.', '9999-99-99 99:99:99.123456 +99:99', '2022-1-1', '"123"', "'1.0'",
  '1180591620717411303424', '9007199254740993', '0X1F', '0B1', '-0', '-00', '-0x0', '0', '00', '+0', '-', '+', '0b',
  '0x', '0o', '1.', '1.e5', '-.5', '+.5', '.5e1', '1e', 'e1', '0x20000000000001',
  '0b100000000000000000000000000000000000000000000000000001', '0o400000000000000001', '<<', "'<<'", '!!str <<',
  'inf', 'nan', '-1_0', '1,000', '12abc', '0x1g', "'abc'", '"a\\tb"', '"\\u00e9"', '"\\x41"', '"\\U0001F600"',
  '9'.repeat(400), '0x' + 'f'.repeat(300), '0.' + '0'.repeat(400) + '1', '1e-400', '-1e-400', '4.9e-324',
  '1.7976931348623157e308', '1.7976931348623159e308', '1e21', '1e-7', '123456789012345678901', '0.000001',
  '1152921504606846976', '0b1000000000000000000000000000000000000000000000000000000001', '9007199254740992',
  '18014398509481988', '-1152921504606846976']

const documents = [
  // streams
  '', '\n', ' ', '  \n', '\ufeff', '\n\n', '# c', '\t', '\r\n', '---', '...', '...\n...\n', 'a: 1\n---\n',
  'a: 1\n---\nb: 2', '--- a\n--- b', 'a: 1\n...\n', 'a: 1\n...\n---\n', '---\n...\n', '%YAML 1.2\n---\na: 1',
  '%YAML 1.1\n---\na: yes', 'a: 1\n...\n# c\n', '\ufeffa: 1', 'a: 1\r\nb: 2\r\n', 'a:\t1', 'a:\n\tb: 1',
  'a: b\n\tc: d', '- a\n-\tb', 'a: 1 # c\n#d\nb: 2', ' a: 1', '  - 1\n  - 2',
  // keys and their order
  'b: 1\n1: a\n0: x\n-1: y\n01: z\n4294967295: big\n4294967294: max\n1.5: f\n2: two\na: 1\nb: 2',
  'a: 1\na: 2', 'a: 1\nb: 2\na: 3', '1: a\n01: b', '~: a\nnull: b', 'true: a\nTrue: b', '1.50: a', '0x10: a',
  '-0.0: a', '? [1, 2]\n: a', '? [1, [2]]\n: a', '? {a: 1}\n: b',
  '? [{a: 1}, ~, 2022-01-01, !!binary AQID]\n: v', '? !!binary AQID\n: v', '2022-01-01: v', '9999-99-99: v',
  '[1e400, 1e309]: v', '? [.nan, -0, .inf]\n: v', '? []\n: v', '? [~]\n: v', "? [a, '']\n: v",
  '__proto__: 1\nb: 2', 'constructor: 1', 'toString: x', "a: 'x'\n'a': y", '"a": 1\na: 2', '1e21: a', '100: a\n99: b',
  // anchors
  'a: &x 1\nb: *x', 'a: &x [1, 2]\nb: *x\nc: *x', 'a: &x {p: 1}\nb: *x', '*a : 1', '&a [*a]', 'a: &x {b: *x}',
  '[&a [&a 1], *a]', '- &a [&a 1, *a]\n- *a', 'a: &x\nb: *x', '&x a: b\n*x : c',
  // merge keys
  'base: &b {x: 1, y: 2}\nd:\n  <<: *b\n  y: 3', 'd:\n  y: 3\n  <<: {x: 1, y: 2}',
  'p: &p {a: 1}\nq: &q {a: 2, b: 2}\nd:\n  <<: [*p, *q]', "'<<': {x: 1}", '<<: foo', '<<: ~', '<<: []',
  '<<: [~]', '<<: "str"', '<<: [[1,2]]', '<<: 2022-01-01', '<<: !!binary AQID', '? <<\n: {a: 1}',
  '{<<: {a: 1}, b: 2}', '{? <<: {a: 1}}', '[<<: {a: 1}]', '<<: {a: 1}\n<<: {b: 2}', 'a: 1\n<<: {a: 2, b: 3}',
  '<<: {a: 2, b: 3}\na: 1', 'x: &a {1: a, b: b}\ny:\n  <<: *a\n  0: c', '&m <<: {a: 1}', '!!str <<: {a: 1}', 'a: <<',
  '!!merge <<', '? !!merge\n: {a: 1}', '!!merge a: 1', '<<: [' + Array(100).fill('{}').join(', ') + ']',
  '<<: [' + Array(101).fill('{}').join(', ') + ']',
  // tags
  '!!set {a, b}', '!!set {a: 1}', '!!set [a]', '!!omap [a: 1, b: 2]', '!!omap [a: 1, a: 2]', '!!omap [{a: 1, b: 2}]',
  '!!omap [1]', '!!pairs [a: 1, a: 2]', '!!pairs [a: 1, {b: 1, c: 2}]', '!!pairs [1]', '!foo bar', '! 12', 'a: !',
  'a: ! ""', '!!str [1]', '!!map ""', '!!map', '!!seq', '!!binary', '!!str', '!!null', '!!null ""', '!!bool yes',
  '!!bool True', '!!int 1.0', '!!int 0x1F', '!!int', '!!float 1', '!!float .nan', '!!float 1e400',
  '!!timestamp 2022-01-01', '!!timestamp x', '!!str 012', '!!binary "AQID AQ"', '!!binary |\n  AQID\n  BA==',
  '!!binary AB==CD', '!!binary ""', '!!binary A===', '!!int 0x', '!<tag:yaml.org,2002:str> 12', '!!map {a: 1}',
  '!!seq [1]', '!!seq {a: 1}', '!!map [1]', '!<!> 12', '%TAG !e! tag:yaml.org,2002:\n---\n!e!int 12',
  '!!str &a x\nb: *a', '- !!str\n- !!int 1',
  // scalars and collections
  'a: |\n  x\n  y\n', 'a: >\n  x\n  y\n', 'a: |-\n  x\n', 'a: |+\n  x\n\n', "a: 'it''s'", 'a: "multi\n  line"',
  'a: plain\n  continued', 'a: [1, 2, {b: c}]', '{a: [b, {c: d}]}', '[a, b]: c', '- - 1\n  - 2\n- 3', 'a:\n- 1\n- 2',
  'a:\n  - 1', '[1, 2]', '{}', '[]', 'a:', '? a', '? a\n? b\n: c', 'a: b #c', 'a: b#c', "a: 'b' #c", '- - - a',
  // characters
  'a: "\u007f"', '# \u0001 x\na: 1', 'a: "\u0085"', 'a: \u007f', 'a: "\u0080"', 'a: \u0080', "a: '\u0001'",
  'a: "\u0001"', 'a: "\ufffe"', 'a: \ufffe', 'a: "\ud800"', 'a: \ud800', 'a: "\u00a0"', 'a: \u2028', 'a: b\u0085c',
  'a-: "\n  \u0085"', 'x: \u0085[', 'a: "x\n  \u2028 y"', '\u0085: \u0085', 'a: |\n  \u0085\n  x\n',
  '# \u0085 a: 1\nb: 2', '[\u0085, \u2029]',
  'a: "\\0"', 'a: "\\N\\_"', 'a: "\\e\\a\\v"', 'a: "\\L\\P"', 'a: "😀"', '😀: "x"', 'a: "\\ud83d\\ude00"',
  // syntax errors
  'a: 1\n b: 2', 'a: [1, 2', 'a: {b', '- a\nb: c', 'key: value: x', '@a', '`a', 'a: @b', '&a', '*', 'a: *unknown',
  ': a', 'x: - a', 'a: "\\x4"', 'a: "\\q"', "'a", '"a', 'a: |0\n  x', '%FOO bar\n--- a', '%YAML 2.0\n--- a',
  // long keys: js-yaml has no limit, snakeyaml-engine 1024 characters
  'k'.repeat(1024) + ': v', 'k'.repeat(1025) + ': v', '1'.repeat(5000) + ': v'
]

// Depth: js-yaml's maxDepth of 100 as each layout meets it.
function blockMaps (n, leaf) {
  let s = ''
  for (let i = 0; i < n; i++) s += '  '.repeat(i) + 'k:\n'
  return s + '  '.repeat(n) + leaf
}
function blockMapsInline (n) {
  let s = ''
  for (let i = 0; i < n - 1; i++) s += '  '.repeat(i) + 'k:\n'
  return s + '  '.repeat(n - 1) + 'k: x'
}
for (const n of [98, 99, 100, 101]) {
  documents.push(blockMaps(n, 'x'), blockMapsInline(n), '['.repeat(n) + ']'.repeat(n),
    '['.repeat(n) + '1' + ']'.repeat(n), 'v: ' + '['.repeat(n) + ']'.repeat(n), 'v:\n  ' + '['.repeat(n) + ']'.repeat(n),
    '- '.repeat(n) + 'x', '{a: '.repeat(n) + '1' + '}'.repeat(n), '- ' + '['.repeat(n) + ']'.repeat(n),
    '? ' + '['.repeat(n) + ']'.repeat(n) + '\n: v')
}

const yamlCases = []
for (const s of scalars) yamlCases.push('v: ' + s, s + ': v')
yamlCases.push(...documents)

// ---------------------------------------------------------------------------------------------------------------
// JSON and UTF-8

const jsonCases = ['{}', '[]', '1', '-0', '1e400', '"a"', ' {"a": 1, "a": 2} ', '{"b":1,"1":2,"0":3,"a":4,"4294967295":5}',
  '{"__proto__": 1, "x": 2}', '\ufeff{}', '', ' ', '{"a":1,}', '[1,]', '01', '1.', '.5', '+1', 'NaN', '{"a":1} x',
  '1 2', '"\\u00e9\\ud800"', '"a\u2028b"', '"\u0001"', '\u00a0{}', '{"a"\t:\r\n1}', '9007199254740993',
  '1'.repeat(5000), '0.' + '0'.repeat(400) + '1', '['.repeat(100) + ']'.repeat(100), '"\\x"', "{'a':1}", '// c\n{}',
  'true', 'null', 'tru', '{"a":[1,{"b":null}]}', '123456789012345678901234567890', '-1e-400', '1E+2', '[1e309]',
  '{"a": {"b": [true, false, null, "x"]}}', '"\\/\\b\\f\\n\\r\\t"']

const utf8Cases = ['c3', 'c328', 'e282', 'e28228', 'f09f98', 'f09f9828', 'eda080', 'edbfbf', 'c080', 'c1bf',
  'f5808080', 'f4908080', '80', 'bf80', 'fe', 'ff', 'e08080', 'e09fbf', 'f08fbfbf', 'f888808080', 'efbbbf61',
  'e282ac', 'f09f988080', '613a20c3', 'efbbbf613a2031', '613a2022eda08022']

// ---------------------------------------------------------------------------------------------------------------

function write (name, rows) {
  writeJsonLines(path.join(outDir, name), rows)
}

write('yaml-vectors.jsonl', yamlCases.map(s => ({ yaml: s, ...run(t => yaml.load(t, { json: true }), s) })))
write('json-vectors.jsonl', jsonCases.map(s => ({ json: s, ...run(JSON.parse, s) })))
write('utf8-vectors.jsonl', utf8Cases.map(hex => {
  const text = Buffer.from(hex, 'hex').toString()
  return {
    bytes: hex,
    codePoints: Array.from(text).map(c => c.codePointAt(0)),
    ...run(t => yaml.load(t, { json: true }), text)
  }
}))
