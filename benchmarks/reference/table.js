'use strict';
// Merges JMH's JSON results and run.js's into one Markdown table: per row our time and allocation per operation,
// the reference's time, and how many times faster we are; then the ratios the targets are stated in.
// Usage: node table.js jmh.json reference.json
const fs = require('fs');

const [jmhFile, refFile] = process.argv.slice(2);
if (!jmhFile || !refFile) {
  console.error('usage: node table.js jmh.json reference.json');
  process.exit(2);
}
const jmh = JSON.parse(fs.readFileSync(jmhFile, 'utf8'));
const ref = JSON.parse(fs.readFileSync(refFile, 'utf8'));

const NS = { 'ns/op': 1, 'us/op': 1e3, 'ms/op': 1e6, 's/op': 1e9 };
const key = (benchmark, params) => benchmark + ' ' + Object.keys(params || {}).sort()
  .map((k) => `${k}=${params[k]}`).join(' ');

const ours = new Map();
for (const r of jmh) {
  const benchmark = r.benchmark.replace(/^org\.blocklet4j\.benchmarks\./, '');
  const unit = r.primaryMetric.scoreUnit;
  const alloc = r.secondaryMetrics && r.secondaryMetrics['gc.alloc.rate.norm'] || r.secondaryMetrics
    && r.secondaryMetrics['·gc.alloc.rate.norm'];
  ours.set(key(benchmark, r.params), {
    benchmark, params: r.params || {}, ns: r.primaryMetric.score * NS[unit],
    errNs: (Number.isFinite(r.primaryMetric.scoreError) ? r.primaryMetric.scoreError : 0) * NS[unit],
    alloc: alloc ? alloc.score : undefined,
  });
}
const theirs = new Map(ref.map((r) => [key(r.benchmark, r.params), r]));

function time(ns) {
  if (ns === undefined) return '—';
  if (ns >= 1e9) return (ns / 1e9).toPrecision(3) + ' s';
  if (ns >= 1e6) return (ns / 1e6).toPrecision(3) + ' ms';
  if (ns >= 1e3) return (ns / 1e3).toPrecision(3) + ' µs';
  return ns.toPrecision(3) + ' ns';
}
function bytes(b) {
  if (b === undefined) return '—';
  if (b >= 1 << 20) return (b / (1 << 20)).toPrecision(3) + ' MiB';
  if (b >= 1 << 10) return (b / (1 << 10)).toPrecision(3) + ' KiB';
  return Math.round(b) + ' B';
}
const ratio = (x) => (x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toPrecision(3)) + '×';

const rows = [];
const keys = [...new Set([...ours.keys(), ...theirs.keys()])];
for (const k of keys) {
  const o = ours.get(k);
  const t = theirs.get(k);
  const benchmark = o ? o.benchmark : t.benchmark;
  const params = o ? o.params : t.params;
  rows.push([benchmark, Object.values(params).join(' '), o ? time(o.ns) + (o.errNs ? ' ± ' + time(o.errNs) : '') : '—',
    o ? bytes(o.alloc) : '—', t ? time(t.nsPerOp) : '—', o && t ? ratio(t.nsPerOp / o.ns) : '—']);
}
const header = ['benchmark', 'params', 'blocklet4j (time/op)', 'blocklet4j (alloc/op)', 'reference (time/op)',
  'reference ÷ blocklet4j'];
const out = [];
out.push('| ' + header.join(' | ') + ' |');
out.push('|' + header.map((h, i) => (i >= 2 ? '---:' : '---')).join('|') + '|');
for (const r of rows) out.push('| ' + r.join(' | ') + ' |');

out.push('');
out.push('| size | parse + fix + validate ÷ YAML load (blocklet4j) | reference parse() ÷ blocklet4j parse |');
out.push('|---|---:|---:|');
for (const size of ['small', 'medium', 'large']) {
  const p = ours.get(key('ManifestBenchmark.parseFixValidate', { size }));
  const y = ours.get(key('ManifestBenchmark.yamlLoad', { size }));
  const t = theirs.get(key('ManifestBenchmark.parseFixValidate', { size }));
  out.push(`| ${size} | ${p && y ? ratio(p.ns / y.ns) : '—'} | ${p && t ? ratio(t.nsPerOp / p.ns) : '—'} |`);
}

out.push('');
out.push('| shape | time per component at 10k | at 1M | 1M ÷ 10k | 1M total |');
out.push('|---|---:|---:|---:|---:|');
for (const shape of ['chain', 'fanout', 'layered', 'shared']) {
  const a = ours.get(key('LayersBenchmark.layers', { shape, size: '10000' }));
  const b = ours.get(key('LayersBenchmark.layers', { shape, size: '1000000' }));
  out.push(`| ${shape} | ${a ? time(a.ns / 1e4) : '—'} | ${b ? time(b.ns / 1e6) : '—'} | `
    + `${a && b ? ratio((b.ns / 1e6) / (a.ns / 1e4)) : '—'} | ${b ? time(b.ns) : '—'} |`);
}
process.stdout.write(out.join('\n') + '\n');
