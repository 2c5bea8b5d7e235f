#!/usr/bin/env node
// Expected results for org.blocklet4j.meta.semver, produced by the semver that the reference really uses:
// joi-extension-semver 5.0.0's own copy of semver 6.3.2 (not the top-level semver 7).
//
//   NODE_PATH=/path/to/node_modules node conformance/reference/vectors/semver.js [outputDir]
//
// NODE_PATH must point at an install of @blocklet/meta 1.17.12. The output (JSON lines) goes to
// blocklet-meta/src/test/resources/org/blocklet4j/meta/semver/ unless another directory is given.
// Generated inputs come from a seeded generator, so a rerun gives the same files.
'use strict'

const fs = require('fs')
const path = require('path')
const crypto = require('crypto')
const { seeded, unique, writeJsonLines, outputDir } = require('./lib')

function loadSemver6 () {
  const tried = []
  const candidates = []
  try {
    // The copy joi-extension-semver itself resolves.
    const ext = path.dirname(require.resolve('joi-extension-semver/package.json'))
    candidates.push(require.resolve('semver', { paths: [ext] }))
  } catch (e) { tried.push('joi-extension-semver: ' + e.message) }
  try { candidates.push(require.resolve('joi-extension-semver/node_modules/semver')) } catch (e) { tried.push(e.message) }
  try { candidates.push(require.resolve('semver')) } catch (e) { tried.push(e.message) }
  for (const file of candidates) {
    const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(file), 'package.json'), 'utf8'))
    if (pkg.name === 'semver' && pkg.version === '6.3.2') {
      return require(file)
    }
    tried.push(file + ' is semver ' + pkg.version)
  }
  throw new Error('semver 6.3.2 not found; set NODE_PATH to an install of @blocklet/meta 1.17.12.\n  ' +
    tried.join('\n  '))
}

const semver = loadSemver6()
const outDir = outputDir('semver')

const { int, pick, chance } = seeded(0x5eed2024)
function digits (n) {
  let s = String(1 + int(9))
  while (s.length < n) s += String(int(10))
  return s
}

function attempt (fn) {
  try {
    return { ok: fn() }
  } catch (e) {
    return { error: e.constructor.name }
  }
}

function writeLines (name, rows) {
  const file = path.join(outDir, name)
  writeJsonLines(file, rows)
  console.log(file + ': ' + rows.length + ' rows')
}

const WS = ['\t', '\n', '\u000b', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028',
  '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff']
const NOT_WS = ['\u0085', '\u180e', '\u200b', '\u001c', '\u001f', '\u0000']

// ---- versions ----

const handVersions = [
  '', ' ', '1', '1.2', '1.2.3', '0.0.0', '00.0.0', '0.00.0', '0.0.00', '01.2.3', '1.02.3', '1.2.03', '1.2.3.4',
  'v1.2.3', 'V1.2.3', 'vv1.2.3', '=1.2.3', '==1.2.3', '=v1.2.3', 'v=1.2.3', 'v 1.2.3', '= 1.2.3', ' v1.2.3',
  '1.2.3-0', '1.2.3-00', '1.2.3-01', '1.2.3-0a', '1.2.3-a0', '1.2.3-alpha', '1.2.3-alpha.1', '1.2.3-alpha.01',
  '1.2.3-alpha..1', '1.2.3-.alpha', '1.2.3-alpha.', '1.2.3-', '1.2.3-+', '1.2.3+', '1.2.3+.', '1.2.3+a.',
  '1.2.3+.a', '1.2.3+a..b', '1.2.3+0', '1.2.3+00', '1.2.3+01', '1.2.3+build.1', '1.2.3-beta+build',
  '1.2.3-beta+build+more', '1.2.3-be_ta', '1.2.3-beta!', '1.2.3-βeta', '1.2.3-1.2.3', '1.2.3--', '1.2.3---',
  '1.2.3-x-y-z.--', '1.2.3-0.0.0', '1.2.3-0-0', '1.2.3alpha', '1.2.3.alpha', '1.2.3_alpha', '1.2.3 -alpha',
  '1.2.3- alpha', '1.2.3-alpha ', '1.2.3 ', ' 1.2.3', ' 1.2.3 ', '\t1.2.3\n', '1.2.3\n', '1.2.3\r\n', '\n1.2.3',
  '-1.2.3', '+1.2.3', '1.-2.3', '1.2.-3', '1.2.3-1.-2', 'a.b.c', 'x.x.x', '1.x.3', '*', '1.2.*', '1.2.3.x',
  '1.2.3-x', '1.2.3-X', '1.2.3-*', '1e3.0.0', '0x1.0.0', '1.0.0-0x1', '1,2,3', '1..3', '.1.2.3', '1.2.3.',
  'latest', 'next', 'null', 'undefined', 'NaN', 'Infinity.0.0', '٣.٢.١', '１.２.３', '1.2.3\u0000',
  '1.2.3-alpha\u0000', '\ud800', '1.2.3-\ud800', '1.2.3-\udc00\ud800', '1.0.0-🙂', '🙂',
  '9007199254740991.0.0', '9007199254740992.0.0', '9007199254740993.0.0', '0.9007199254740991.0',
  '0.9007199254740992.0', '0.0.9007199254740991', '0.0.9007199254740992', '90071992547409910.0.0',
  '18446744073709551615.0.0', '18446744073709551616.0.0', '1' + '0'.repeat(20) + '.0.0', '1' + '0'.repeat(255) + '.0.0',
  '1.0.0-9007199254740990', '1.0.0-9007199254740991', '1.0.0-9007199254740992', '1.0.0-99999999999999999999',
  '1.0.0-' + '9'.repeat(250), '1.0.0-a' + '9'.repeat(249), '1.0.0-' + 'a'.repeat(250), '1.0.0-' + 'a'.repeat(251),
  '1.0.0+' + 'a'.repeat(250), '1.0.0+' + 'a'.repeat(251), '1.0.0-' + '1'.repeat(256) + 'a',
  '1.0.0-' + '1'.repeat(257) + 'a', '1.0.0-' + '1'.repeat(257)
]
for (const w of WS.concat(NOT_WS)) {
  handVersions.push(w + '1.2.3', '1.2.3' + w, w + '1.2.3' + w, '1.2.3-a' + w + 'b', 'v' + w + '1.2.3')
}
// 256 and 257 characters, with and without surrounding white space.
for (const n of [250, 251, 252, 253, 254, 255]) {
  handVersions.push('1.2.3-' + 'a'.repeat(n - 6), '1.2.3+' + 'b'.repeat(n - 6))
}
for (const len of [255, 256, 257, 258]) {
  const body = '1.2.3-' + 'a.'.repeat(Math.floor((len - 7) / 2))
  let v = body + 'a'
  while (v.length < len) v += 'b'
  handVersions.push(v, ' ' + v.slice(1), v.slice(0, -1) + ' ', '1.2.3+' + 'x.'.repeat(125) + 'x'.repeat(len - 256 + 3))
  handVersions.push('1.2.3-' + 'a'.repeat(len - 6))
}

function genNumber () {
  return pick([
    () => '0', () => '1', () => '2', () => '3', () => '10', () => String(int(20)), () => String(int(1000)),
    () => digits(1 + int(18)), () => '0' + int(10), () => '00', () => 'x', () => '*', () => '',
    () => '9007199254740991', () => '9007199254740992', () => '9007199254740990', () => digits(256),
    () => digits(257), () => '-1', () => 'a'
  ])()
}
function genIdentifier () {
  return pick([
    () => 'alpha', () => 'beta', () => 'rc', () => 'RC', () => '0', () => '1', () => String(int(100)),
    () => '0' + int(10), () => '00', () => '-', () => '--', () => 'a-b', () => 'x', () => 'X', () => '1a', () => 'a1',
    () => '', () => '_', () => 'é', () => digits(1 + int(20)), () => '9007199254740991', () => '9007199254740990',
    () => 'a'.repeat(1 + int(260)), () => '1'.repeat(1 + int(260)), () => '0a', () => '*', () => ' '
  ])()
}
function genIdentifiers () {
  const n = 1 + int(4)
  const ids = []
  for (let i = 0; i < n; i++) ids.push(genIdentifier())
  return ids.join(chance(0.95) ? '.' : pick(['..', ',', '-', '+']))
}
function genVersion () {
  let v = ''
  if (chance(0.15)) v += pick(['v', '=', 'V', 'vv', '==', '=v', ' ', '\u00a0', 'v ', '\ufeff', '\u3000', '\u2028'])
  const parts = chance(0.85) ? 3 : pick([1, 2, 4])
  const nums = []
  for (let i = 0; i < parts; i++) nums.push(chance(0.8) ? String(int(chance(0.7) ? 5 : 30)) : genNumber())
  v += nums.join(chance(0.97) ? '.' : pick(['..', ',', ' . ']))
  if (chance(0.4)) v += (chance(0.9) ? '-' : pick(['', '_', '--', ' -'])) + genIdentifiers()
  if (chance(0.25)) v += (chance(0.9) ? '+' : pick(['++', '-+', '+-'])) + genIdentifiers()
  if (chance(0.1)) v += pick([' ', '\n', '\t', '\u00a0', '\ufeff', '\u2028', '\u3000', 'x', '.', '-', '+', '\u0085'])
  if (chance(0.05)) {
    const i = int(v.length + 1)
    v = v.slice(0, i) + pick(['.', '-', '+', ' ', 'a', '0', 'v', '=', '~', '^', '|']) + v.slice(i)
  }
  if (chance(0.03)) {
    const i = int(v.length)
    v = v.slice(0, i) + v.slice(i + 1)
  }
  return v
}

const genVersions = []
while (genVersions.length < 2200) genVersions.push(genVersion())
const versionInputs = unique(handVersions.concat(genVersions))

function describeVersion (v, loose) {
  const p = semver.parse(v, { loose })
  if (!p) return null
  return {
    version: p.version,
    major: p.major,
    minor: p.minor,
    patch: p.patch,
    prerelease: p.prerelease.map(String),
    build: p.build
  }
}

writeLines('valid.jsonl', versionInputs.map((v) => {
  const ctor = attempt(() => new semver.SemVer(v).version)
  return {
    input: v,
    valid: semver.valid(v),
    parsed: describeVersion(v, false),
    // new SemVer(v): what compare and satisfies accept (JS white space trimmed).
    constructed: ctor.error ? null : ctor.ok,
    looseValid: semver.valid(v, { loose: true }),
    looseParsed: describeVersion(v, true)
  }
}))

// ---- ranges ----

const tableRanges = [
  'latest', 'abc', '>>1', '>=1.2.3<2', '01.2.3', 'latest || ^1', '1.0.0 - ', 'x', '*.*.*', 'X.x.*', '^1.0.0 ||',
  '|| ^1', ' ', '', '>=1.0.0-0', '^1.2.3 ^2', '>= 1.0.0', '<=  1.2.3', '>1.0.0-beta', '~>1.0', '1.2.3 - 2',
  '~ 1.2', '^v1.2.3', ' ^1.0.0 ', '\u00a0^1.0.0', '^1.0.0\u00a0', '\ufeff^1.0.0', '\u3000^1.0.0', '\u2028^1.0.0',
  '^1.0.0\u2028', '^ 1.0.0', '~ 1.0.0', '~> 1.0.0', '> 1.0.0', '< 1.0.0', '>= 1.0.0 < 2', '> =1.0.0', '>= =1.0.0',
  '>=v1.0.0', '>= v1.0.0', '>=v 1.0.0', '= 1.0.0', '=1.0.0', '==1.0.0', '=>1.0.0', '=<1.0.0', '<>1.0.0', '!1.0.0',
  '!=1.0.0', '~^1.0.0', '^~1.0.0', '~~1.0.0', '^^1.0.0', '~>>1.0.0', '>~1.0.0', '>^1.0.0'
]
const ops = ['', '=', '<', '>', '<=', '>=', '~', '~>', '^', 'v', '==', '=>', '=<', '>>', '!', '~^', ' ', '> ', '>= ',
  '~ ', '^ ', '~> ', '<  ', '>=\u00a0', '^\u3000']
const partials = ['1', '1.2', '1.2.3', '0', '0.0', '0.0.0', '0.1', '0.1.2', '0.0.1', '2.x', '1.x.x', '1.2.x', '1.*',
  '1.2.*', '*', 'x', 'X', 'x.x', '*.*.*', '1.x.3', '1.2.3-beta', '1.2.3-beta.1', '1.2.3-0', '1.2.3+build',
  '1.2.3-beta+build', 'v1.2.3', '=1.2.3', 'v1', '1.2.3-alpha.10', '0.0.0-0', '10.20.30', '01', '1.02', '1.2.03',
  '1.2.3.4', 'a', 'a.b.c', '1.2.x-beta', '1.x-beta', '1.2-beta', '1.2.3-', '1.2.3+', '9007199254740991',
  '9007199254740990.1', '0.9007199254740991', '0.0.9007199254740991', '9007199254740992', '1e3', '99999999999999999999',
  '1.2.3beta', 'latest', '']
const allRanges = []
for (const o of ops) for (const p of partials) allRanges.push(o + p)
for (const a of partials) {
  for (const b of ['2', '2.3', '2.3.4', 'x', '*', '2.3.4-beta', '2.x', 'v2', '1.2.3+b', '']) {
    allRanges.push(a + ' - ' + b)
  }
}

function genPart () {
  return pick(partials.concat([String(int(5)) + '.' + int(5) + '.' + int(5),
    String(int(5)) + '.' + int(5) + '.' + int(5) + '-' + pick(['alpha', 'beta.1', '0', 'rc.2', 'x']),
    String(int(3)) + '.' + int(3), String(int(3))]))
}
function genComparator () {
  return pick(ops) + (chance(0.1) ? pick([' ', '  ', '\t', '\u00a0']) : '') + genPart()
}
function genSet () {
  if (chance(0.2)) {
    return genPart() + pick([' - ', ' - ', ' -', '- ', '  -  ', ' \u00a0- ', ' - - ']) + genPart()
  }
  const n = 1 + int(3)
  const comps = []
  for (let i = 0; i < n; i++) comps.push(genComparator())
  return comps.join(pick([' ', ' ', ' ', '  ', '\t', '\u00a0', '\n', ',', '']))
}
function genRange () {
  if (chance(0.05)) return pick(['', ' ', 'latest', '*', 'x', '||', ' || ', 'latest || ^1', '^1 || latest'])
  const n = chance(0.7) ? 1 : 2 + int(3)
  const sets = []
  for (let i = 0; i < n; i++) sets.push(chance(0.05) ? '' : genSet())
  let r = sets.join(pick(['||', ' || ', '|| ', ' ||', ' | ', '|||', ' ||  ']))
  if (chance(0.1)) r = pick([' ', '\u00a0', '\ufeff', '\t', '\u3000']) + r + pick(['', ' ', '\n', '\u2029'])
  return r
}
const genRanges = []
while (genRanges.length < 2000) genRanges.push(genRange())
// Long inputs (still small enough to store).
const longRanges = [
  '^1.0.0 '.repeat(60), '1.0.0 || '.repeat(60), '>=' + '1'.repeat(300) + '.0.0', '^' + '1'.repeat(257),
  '^' + '1'.repeat(256), '~' + '9'.repeat(16), '~' + '9'.repeat(17) + '.1', '>1.' + '9'.repeat(20), '<=1.' + '9'.repeat(300),
  'x.x.x-' + 'a.'.repeat(150) + 'a - 2', '1.2.3-' + 'a.'.repeat(150) + 'a - 2', 'v'.repeat(300) + '1.2.3',
  'v'.repeat(300) + 'x', '~>' + ' '.repeat(300) + '1', '> '.repeat(100) + '1', '1' + ' 1'.repeat(200),
  '||'.repeat(200), '-'.repeat(300), '0'.repeat(300), '1.' + '0'.repeat(300), '^1.2.3-' + 'a'.repeat(250),
  '^1.2.3-' + 'a'.repeat(251), '1.2.3 - 1.2.3-' + '1'.repeat(257) + 'a'
]
const rangeInputs = unique(tableRanges.concat(allRanges, genRanges, longRanges))

writeLines('valid-range.jsonl', rangeInputs.map((r) => ({
  input: r,
  range: semver.validRange(r),
  looseRange: semver.validRange(r, { loose: true }),
  includePrereleaseRange: semver.validRange(r, { includePrerelease: true })
})))

// ---- satisfies ----

const poolVersions = unique([
  '0.0.0', '0.0.0-0', '0.0.1', '0.0.2', '0.1.0', '0.1.2', '0.2.0', '1.0.0-0', '1.0.0-alpha', '1.0.0-alpha.1',
  '1.0.0-beta', '1.0.0', '1.0.1', '1.1.0', '1.2.0', '1.2.2', '1.2.3-0', '1.2.3-alpha', '1.2.3-beta', '1.2.3-beta.1',
  '1.2.3-beta.2', '1.2.3-beta.10', '1.2.3', '1.2.3+build', '1.2.4-alpha', '1.2.4', '1.2.99', '1.3.0-0', '1.3.0',
  '1.9.9', '1.99.0', '2.0.0-0', '2.0.0-rc.1', '2.0.0', '2.3.4-beta', '2.3.4', '2.3.5', '2.4.0', '3.0.0', '10.20.30',
  'v1.2.3', '=1.2.3', ' 1.2.3 ', '\u00a01.2.3', '1.2.3\n', '01.2.3', '1.2', 'x', '', 'latest', '1.2.3beta',
  '9007199254740991.0.0', '9007199254740990.0.0', '0.0.9007199254740991', '1.0.0-9007199254740991',
  '1.0.0-99999999999999999999'
].concat(genVersions.filter((v) => semver.valid(v, { loose: true })).slice(0, 80)))
const poolRanges = unique(tableRanges.concat(genRanges.slice(0, 400), [
  '*', '^1', '^1.2', '^1.2.3', '^0.1', '^0.0.1', '~1', '~1.2', '~1.2.3', '1.x', '1.2.x', '>=1.2.3 <2', '1.2.3 - 2.3.4',
  '1.2 - 2.3', '>1.2', '<=1.2', '<1.2.3-beta', '>=1.2.3-beta.1', '^1.2.3-beta.1', '~1.2.3-beta', '1.2.3-beta',
  '>=1.0.0 <1.2.3 || >=2', '<0.0.0-0', '>=0.0.0', '>*', '=1.2.3', '1.2.3'
]))
const pairs = []
for (const r of poolRanges.slice(0, 120)) for (const v of poolVersions.slice(0, 60)) if (chance(0.25)) pairs.push([v, r])
const validPoolRanges = poolRanges.filter((r) => semver.validRange(r) !== null)
const validPoolVersions = poolVersions.filter((v) => semver.valid(v) !== null)
while (pairs.length < 4000) {
  pairs.push(chance(0.5) ? [pick(poolVersions), pick(poolRanges)] : [pick(validPoolVersions), pick(validPoolRanges)])
}
writeLines('satisfies.jsonl', pairs.map(([v, r]) => ({
  version: v,
  range: r,
  satisfies: semver.satisfies(v, r),
  looseSatisfies: semver.satisfies(v, r, { loose: true }),
  includePrereleaseSatisfies: semver.satisfies(v, r, { includePrerelease: true })
})))

// ---- compare ----

const compareVersions = unique([
  '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1',
  '1.0.0', '1.0.0+build', '1.0.0+other', '1.0.0-1', '1.0.0-2', '1.0.0-10', '1.0.0-a', '1.0.0-A', '1.0.0--',
  '1.0.0-0a', '1.0.0-a.1', '1.0.0-a.1.0', '1.0.0-9007199254740990', '1.0.0-9007199254740991',
  '1.0.0-9007199254740992', '1.0.0-99999999999999999999', '1.0.0-99999999999999999998',
  '1.0.0-99999999999999999999.1', '1.0.0-99999999999999999998.2', '1.0.0-' + '9'.repeat(250),
  '9007199254740991.0.0', '9007199254740990.9007199254740991.0', '0.0.0', '0.0.0-0', 'v1.0.0', '=1.0.0',
  ' 1.0.0 ', '\u00a01.0.0\ufeff', '1.0', 'x', '', '1.0.0-01', '01.0.0', 'latest'
].concat(genVersions.filter((v) => semver.valid(v)).slice(0, 120), genVersions.slice(0, 30)))
const comparePairs = []
for (const a of compareVersions.slice(0, 42)) for (const b of compareVersions.slice(0, 42)) comparePairs.push([a, b])
while (comparePairs.length < 3000) comparePairs.push([pick(compareVersions), pick(compareVersions)])
writeLines('compare.jsonl', comparePairs.map(([a, b]) => {
  const c = attempt(() => semver.compare(a, b))
  return { a, b, compare: c.error ? null : c.ok }
}))

// ---- maxSatisfying / minSatisfying ----

const extremes = []
for (let i = 0; i < 300; i++) {
  const list = []
  const n = int(12)
  for (let j = 0; j < n; j++) list.push(pick(poolVersions))
  const r = chance(0.8) ? pick(validPoolRanges) : pick(poolRanges)
  extremes.push({
    versions: list,
    range: r,
    max: semver.maxSatisfying(list, r),
    min: semver.minSatisfying(list, r),
    includePrereleaseMax: semver.maxSatisfying(list, r, { includePrerelease: true }),
    includePrereleaseMin: semver.minSatisfying(list, r, { includePrerelease: true })
  })
}
extremes.push({ versions: ['1.0.0+b', '1.0.0+a', '1.0.0'], range: '*' })
extremes.push({ versions: ['1.0.0-99999999999999999999', '1.0.0-99999999999999999998'], range: '>=1.0.0-0' })
for (const e of extremes.slice(-2)) {
  e.max = semver.maxSatisfying(e.versions, e.range)
  e.min = semver.minSatisfying(e.versions, e.range)
  e.includePrereleaseMax = semver.maxSatisfying(e.versions, e.range, { includePrerelease: true })
  e.includePrereleaseMin = semver.minSatisfying(e.versions, e.range, { includePrerelease: true })
}
writeLines('extremes.jsonl', extremes)

// ---- adversarial inputs of about 100 000 characters, stored as recipes ----

function digest (s) {
  return s === null ? null : { length: s.length, sha256: crypto.createHash('sha256').update(s, 'utf8').digest('hex') }
}
const recipes = [
  ['', '1', ' 1', 50000, ''], ['', '', '||', 50000, ''], ['', '', '-', 100000, ''], ['', '', '0', 100000, ''],
  ['', '', '1', 100000, ''], ['x.x.x-', '', 'a.', 50000, 'a - 2.0.0'], ['1.x.x-', '', 'a.', 50000, 'a - 2'],
  ['', '', 'v', 100000, 'x - 2'], ['^1.x.x-', '', 'a.', 50000, 'a'], ['1.x.x+', '', 'a.', 50000, 'a'],
  ['', '', '>= ', 33333, '1'], ['', '', '~ ', 50000, '1'], ['', '', ' ', 100000, ''], ['', '', '\u00a0', 100000, '1'],
  ['1.2.3-', '', 'a.', 50000, 'a'], ['1.2.3-', '', 'a.', 50000, '!'], ['', '', '1.', 50000, ''],
  ['', '', '^1 ', 33333, ''], ['', '', '1.2.3 - ', 12500, '1'], ['', '', '<', 100000, '1'], ['', '', '=', 100000, '1'],
  ['', '', 'x', 100000, ''], ['', '', '*', 100000, ''], ['', '', 'x.', 50000, ''], ['', '', '*.', 50000, ''],
  ['>', '', '1', 100000, ''], ['1.0.0-', '', '1', 100000, ''], ['1.0.0+', '', 'a', 100000, ''],
  ['1.0.0-', '', '-', 100000, ''], ['', '', 'a', 100000, ''], ['', '', '1.0.0', 20000, ''],
  ['', '', '> 1.0.0 ', 12500, ''], ['', '', '1 - ', 25000, '1'], ['', '', '| ', 50000, ''],
  ['', '', '~>', 50000, '1'], ['', '', '^', 100000, '1'], ['', '', '1.2.3-a.', 25000, '1'],
  ['', '', 'v1.2.3 ', 14285, ''], ['', '', '9', 100000, '.0.0'], ['1.', '', '9', 100000, '.0'],
  ['', '', '1-', 50000, ''], ['', '', '0.', 50000, '0'], ['', '', '1.2.3+a.', 25000, ''],
  ['', '', '\u2028', 100000, '^1'], ['', '', '\ufeff', 100000, '^1']
]
writeLines('adversarial.jsonl', recipes.map(([prefix, first, unit, count, suffix]) => {
  const s = prefix + first + unit.repeat(count) + suffix
  return {
    prefix,
    first,
    unit,
    count,
    suffix,
    length: s.length,
    valid: semver.valid(s),
    validRange: digest(semver.validRange(s)),
    satisfies150: semver.satisfies('1.5.0', s),
    satisfiesAsVersion: semver.satisfies(s, '*'),
    looseValidRange: digest(semver.validRange(s, { loose: true }))
  }
}))
