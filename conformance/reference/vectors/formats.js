'use strict';
// Expected results for org.blocklet4j.meta.internal.format, produced by the reference's own packages.
// Run: NODE_PATH=<node_modules with @blocklet/meta 1.17.12> node conformance/reference/vectors/formats.js [outDir]
// Writes one JSON-lines file per rule. A line holds either "input" or "gen": [prefix, unit, count, suffix]
// (the input is prefix + unit repeated count times + suffix; used for the 100,000-character adversarial strings).

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const Joi = require('joi');
const isGlob = require('is-glob');
const isAbsoluteUrl = require('is-absolute-url');
const urlPathFriendlyModule = require('@blocklet/meta/lib/url-path-friendly');
const { rng, unique, writeJsonLines, outputDir } = require('./lib');

// checkUrlPath is not exported; evaluate the module's source to reach it.
const checkUrlPath = (() => {
  const file = require.resolve('@blocklet/meta/lib/url-path-friendly');
  const src = fs.readFileSync(file, 'utf8');
  const mod = { exports: {} };
  // eslint-disable-next-line no-new-func
  new Function('exports', 'require', 'module', `${src}\nexports.__checkUrlPath = checkUrlPath;`)(mod.exports, require, mod);
  return mod.exports.__checkUrlPath;
})();

const outDir = outputDir('internal', 'format');

// Each generator below draws from its own seeded rng (lib.js), so the files are reproducible.
function pick(r, arr) {
  return arr[Math.floor(r() * arr.length)];
}

function chars(s) {
  return Array.from(s);
}

// Random strings over an alphabet (array of strings), and mutations of seeds.
function generated(seed, count, alphabet, seeds, maxLen) {
  const r = rng(seed);
  const out = [];
  for (let i = 0; i < count; i++) {
    if (seeds.length && r() < 0.6) {
      let s = chars(pick(r, seeds));
      const edits = 1 + Math.floor(r() * 3);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(r() * (s.length + 1));
        const op = r();
        if (op < 0.4) s.splice(at, 0, pick(r, alphabet));
        else if (op < 0.7 && s.length) s.splice(Math.min(at, s.length - 1), 1);
        else if (s.length) s[Math.min(at, s.length - 1)] = pick(r, alphabet);
      }
      out.push(s.join(''));
    } else {
      const len = Math.floor(r() * maxLen);
      let s = '';
      for (let k = 0; k < len; k++) s += pick(r, alphabet);
      out.push(s);
    }
  }
  return out;
}


// Grammar-based generators: mostly well-formed inputs with occasional faults, to reach the accepting paths.
function grammar(seed, count, make) {
  const r = rng(seed);
  const out = [];
  for (let i = 0; i < count; i++) out.push(make(r));
  return out;
}
const int = (r, n) => Math.floor(r() * n);
const pad = (n, width) => String(n).padStart(width, '0');
const many = (r, max, f) => Array.from({ length: int(r, max + 1) }, () => f()).join('');

function ipv4Gen(r) {
  const octet = () => {
    const v = r() < 0.9 ? int(r, 256) : 256 + int(r, 50);
    return r() < 0.15 ? pad(v, 1 + int(r, 3)) : String(v);
  };
  return Array.from({ length: r() < 0.9 ? 4 : 3 + int(r, 3) }, octet).join('.');
}

function ipv6Gen(r) {
  const h16 = () => int(r, 0x10000).toString(16).slice(0, 1 + int(r, 4)) || '0';
  const total = r() < 0.8 ? 8 : 6 + int(r, 4);
  const groups = Array.from({ length: total }, h16);
  if (r() < 0.3) groups.splice(groups.length - 2, 2, ipv4Gen(r));
  if (r() < 0.6) {
    const at = int(r, groups.length + 1);
    const len = int(r, groups.length - at + 1);
    const left = groups.slice(0, at).join(':');
    const right = groups.slice(at + len).join(':');
    return `${left}::${right}`;
  }
  return groups.join(':');
}

function materialise(line) {
  if (line.gen) {
    const [prefix, unit, count, suffix] = line.gen;
    return prefix + unit.repeat(count) + suffix;
  }
  return line.input;
}

function write(name, inputs, adversarial, compute) {
  const lines = unique(inputs).map((input) => ({ input, ...compute(input) }));
  for (const [prefix, unit, count, suffix] of adversarial) {
    const line = { gen: [prefix, unit, Math.floor(count), suffix] };
    const started = Date.now();
    const result = compute(materialise(line));
    // Long string results are stored as their length and SHA-256 to keep the files small.
    for (const [k, v] of Object.entries(result)) {
      if (typeof v === 'string' && v.length > 1000) {
        result[k] = { length: v.length, sha256: crypto.createHash('sha256').update(v, 'utf16le').digest('hex') };
      }
    }
    Object.assign(line, result);
    const took = Date.now() - started;
    if (took > 2000) console.error(`${name}: slow adversarial input ${JSON.stringify(line.gen.slice(0, 2))}: ${took} ms`);
    lines.push(line);
  }
  writeJsonLines(path.join(outDir, `${name}.jsonl`), lines);
  console.log(`${name}: ${lines.length} lines`);
}

const N = 100000;
const valid = (schema, value) => !schema.validate(value).error;

// ---------------------------------------------------------------------------------------------------------------
// email: Joi.string().email({ tlds: false })
{
  const schema = Joi.string().email({ tlds: false });
  const hand = [
    '', 'a@b.co', 'a@b', 'a@b.c', 'user@example.com', 'user.name+tag@example.co.uk', 'user@sub.example.com',
    '"quoted"@example.com', '"a b"@example.com', 'a..b@example.com', '.a@example.com', 'a.@example.com',
    'a@@example.com', '@example.com', 'a@', 'a@.com', 'a@example..com', 'a@example.com.', 'a@-example.com',
    'a@example-.com', 'a@ex-ample.com', 'a@ex--ample.com', 'a@example.c0m', 'a@example.1com', 'a@example.123',
    'a@1.2.3.4', 'a@[1.2.3.4]', 'a@[IPv6:::1]', "!#$%&'*+-/=?^_`{|}~@example.com", 'a b@example.com',
    'a@exa mple.com', 'a@example.com ', ' a@example.com', 'a\t@example.com', 'a@example.com\n',
    'a(comment)@example.com', 'a@example.com(comment)', 'a\\b@example.com', 'a"b@example.com', 'a,b@example.com',
    'a;b@example.com', 'a:b@example.com', 'a<b@example.com', 'a>b@example.com', 'a[b@example.com',
    'x'.repeat(64) + '@example.com', 'x'.repeat(65) + '@example.com', 'a@' + 'b'.repeat(63) + '.com',
    'a@' + 'b'.repeat(64) + '.com', 'a@' + ('b'.repeat(60) + '.').repeat(4) + 'com',
    'a@' + ('b'.repeat(49) + '.').repeat(5) + 'com', 'x@' + 'a.'.repeat(125) + 'co', 'x@' + 'a.'.repeat(126) + 'co',
    'ü@example.com', 'üñîçøðé@example.com', 'user@bücher.de', 'user@BÜCHER.DE', 'user@xn--bcher-kva.de',
    'user@xn--bcher.de', 'user@xn--.de', 'user@xn--a.com', 'user@XN--BCHER-KVA.DE', 'user@xN--bcher-kva.de',
    'user@例え.テスト', 'user@例え。テスト', 'user@例え．テスト', 'user@例え｡テスト', '用户@例子.广告', 'user@münchen.de',
    'user@faß.de', 'user@straße.de', 'user@ΕΛΛΗΝΙΚΆ.gr', 'user@ελληνικά.gr', 'user@россия.рф', 'user@пример.рф',
    'user@مثال.إختبار', 'user@ا١.com', 'user@ab.١٢', 'user@א.com', 'user@א1.com', 'user@1א.com', 'user@aא.com',
    'user@a\u200cb.com', 'user@a\u200db.com', 'user@\u094d\u200c.com', 'user@क\u094d\u200cष.com',
    'user@a\u00adb.com', 'user@\u00ad.com', 'user@a\u0301.com', 'user@\u0301a.com', 'user@e\u0301.com',
    'user@\u00e9.com', 'user@\u2100.com', 'user@\u2474.com', 'user@\uff21.com', 'user@ａｂｃ.com', 'user@ＡＢＣ.ｃｏｍ',
    'user@☃.com', 'user@😀.com', 'user@😀x.com', 'user@\u0378.com', 'user@\ufffd.com', 'user@\ud800.com',
    'user@a\ud800b.com', 'user@\u1c89.com', 'user@\u0041\u030a.com', 'user@\u212b.com', 'user@ﬀ.com',
    'user@ǅ.com', 'user@İ.com', 'user@ı.com', 'user@ß.com', 'user@ς.com', 'user@σ.com', 'user@Σ.com',
    'user@\u2024.com', 'user@a\u3002b', 'user@\u3002com', 'user@com\u3002', 'user@a%20b.com', 'user@a%.com',
    'user@a#b.com', 'user@a?b.com', 'user@a/b.com', 'user@a\\b.com', 'user@a:80.com', 'user@a!b.com',
    'user@a$b.com', "user@a'b.com", 'user@a(b.com', 'user@a*b.com', 'user@a+b.com', 'user@a,b.com',
    'user@a;b.com', 'user@a=b.com', 'user@a<b.com', 'user@a>b.com', 'user@a[b.com', 'user@a]b.com',
    'user@a^b.com', 'user@a|b.com', 'user@a{b.com', 'user@a}b.com', 'user@a~b.com', 'user@a_b.com',
    'user@a`b.com', 'user@a"b.com', 'user@a\u007fb.com', 'user@a\u0080b.com', 'user@a\u00a0b.com',
    'user@[::1]', 'user@0x7f.1', 'user@0x10.com', 'user@a.0x10', 'user@1.2.3.4.', 'user@a.b.1.', 'user@a.b.c1',
    'user@a.b.1c', 'user@a.b-c', 'user@a.-bc', 'user@a.bc-', 'user@ab.c', 'user@localhost', 'user@x.y.z.w.v',
    'üser@xn--ls8h.la', 'user@xn--ls8h.la', 'user@xn--zca.com', 'user@xn--fa-hia.de', 'user@xn--nxasmq6b.com',
    'user@xn--nxasmm1c.com', 'user@xn--mgb0j.com', 'user@xn--4db.com', 'user@xn--1-zhc.com', 'user@xn--9hbc.com',
    'user@xn--ss-.com', 'user@xn--abc-.com', 'user@xn--a-ecp.ru', 'user@xn----.com', 'user@xn--0.com',
    'user@xn--e28h.com', 'user@xn--x-iv3s.com', 'a@b.co\u0000', '\u0000@b.co', 'ä@b.co', 'a\u0308@b.co',
    '\ufeff@b.co', 'a\u2028@b.co', 'é'.repeat(32) + '@b.co', 'é'.repeat(33) + '@b.co', '😀'.repeat(16) + '@b.co',
    '😀'.repeat(17) + '@b.co', 'a@b.co@c.co', 'a@b.co,c@d.co', 'a@b..co', 'a@.b.co', 'a@b.co..',
  ];
  const alphabet = chars('abcXYZ019.-_@+"\\ ()[]:,;!#$%&\'*/=?^`{|}~éüß例😀\u200c\u0301\u3002\uff0e\u00ad%') ;
  const seeds = hand.filter((s) => s.includes('@'));
  const emailGen = (r) => {
    const atext = chars("abcXYZ019!#$%&'*+-/=?^_`{|}~");
    const atom = () => many(r, 6, () => (r() < 0.03 ? pick(r, [' ', '"', '(', ',', 'é', '😀']) : pick(r, atext))) || 'a';
    const local = Array.from({ length: 1 + int(r, 3) }, atom).join(r() < 0.97 ? '.' : '..');
    const ldh = chars('abcxyzABC0129-');
    const label = () => many(r, 10, () => (r() < 0.04 ? pick(r, ['_', 'é', 'ü', '例', '.', '%', '*']) : pick(r, ldh))) || 'b';
    const labels = Array.from({ length: 1 + int(r, 4) }, label);
    labels.push(pick(r, ['com', 'co', 'de', 'c0m', '1com', 'x', 'xn--p1ai', 'рф', 'テスト', labels[0]]));
    return `${local}@${labels.join('.')}`;
  };
  const inputs = hand.concat(generated(1, 700, alphabet, seeds, 30), grammar(11, 600, emailGen));
  const adversarial = [
    ['a@', 'a.', N / 2, ''], ['a@', 'a.', N / 2, 'com'], ['', 'a', N, '@b.co'], ['a@', 'a', N, '.com'],
    ['', '@', N, ''], ['', '.', N, ''], ['', 'a.', N / 2, '@b.co'], ['a@', '-', N, ''], ['', 'é', N, '@b.co'],
    ['a@', 'é', N, '.com'], ['a@', 'é.', N / 2, 'com'], ['a@', 'xn--', N / 4, '.com'], ['', ' ', N, ''],
  ];
  write('email', inputs, adversarial, (s) => ({ valid: valid(schema, s) }));
}

// ---------------------------------------------------------------------------------------------------------------
// idna: the host new URL('http://' + domain) gives for non-ASCII domains (the step inside the email rule)
{
  const host = (d) => {
    try {
      return new URL(`http://${d}`).host;
    } catch (e) {
      return null;
    }
  };
  const hand = [
    'bücher.de', 'BÜCHER.de', 'xn--bcher-kva.ü', 'ü.xn--bcher-kva', 'ü.xn--bcher', 'ü.xn--', 'ü.xn--a', 'ü.XN--BCHER-KVA',
    'ü.xn--ls8h', 'ü.xn--zca', 'ü.xn--ss-.x', 'ü.xn--55qx5d', 'ü.xn--fiqs8s', 'ü.xn--mgb0j', 'ü.xn--a-ecp', 'ü.xn--9ca',
    'ü.xn--e-ufa', 'ü.xn--0ca', 'ü.xn--1ca', 'ü.xn--tda', 'ü.xn----fjcb', 'ü.xn--ueba', 'ü.xn--nxa', 'ü.xn--4xa',
    '例え.テスト', '例え。テスト', '例え．テスト', '例え｡テスト', 'faß.de', 'ςσ.gr', 'ΣΑΣ.gr', 'ǅ.x', 'ﬀ.x', '℀.x', '⒈.x',
    'ａｂｃ.ｃｏｍ', 'Ａ.x', 'a\u00ad.x', 'a\u200b.x', 'a\u2060.x', 'a\ufeff.x', 'a\u034f.x', 'a\u180b.x', 'a\ufe00.x',
    'a\u200c.x', 'a\u200d.x', '\u094d\u200c.x', 'क\u094d\u200c.x', 'क\u094d\u200d.x', 'क\u094d\u200dष.x', 'ب\u200cب.x',
    'ب\u200cb.x', 'a\u200cب.x', 'ل\u200cا.x', '\u0915\u200c\u0937.x', '\u200c.x', '\u200d.x', 'é\u200c.x',
    '\u0301a.x', 'a\u0301.x', 'e\u0301.x', 'é.x', '\u1100\u1161.x', '\u1100\u1161\u11a8.x', '\uac00\u11a8.x',
    'ש.x', 'שש.x', 'ש1.x', 'ש١.x', 'ש1١.x', 'ש-.x', 'ש-ש.x', 'שa.x', 'aש.x', 'aש1.x', 'a1ש.x', '1ש.x', '١ש.x', '١.x',
    '١a.x', 'a١.x', 'ש\u0300.x', 'ا١٢.x', 'ا۱.x', 'ا۱١.x', 'ש!.x', 'ש_.x', 'ש.a', 'a.ש', 'ש.١', 'éש.x', '😀.x', '😀😀.x',
    'a😀b.x', '☃.x', '\u2603\u2603.x', 'i̇.x', 'İ.x', 'ı.x', 'Ⅻ.x', '㍿.x', '㋀.x', '\u3000.x', 'a\u00a0b.x', 'a\u2028b.x',
    '\ufffd.x', 'a\ud800b.x', '\u0378.x', '\u1c89.x', '\u{e0100}a.x', '\u{e0001}a.x', '\u{10ffff}.x', '\u{1d400}.x',
    '\u0660\u0661.x', '\u06f0\u06f1.x', 'ü.', 'ü..x', '.ü', 'ü', 'ü.1', 'ü.0x1', 'ü.0xg', '１２３.ü', 'a-ü.x', '-ü.x',
    'ü-.x', 'ü--a.x', 'xn--ü.x', 'ü<.x', 'ü>.x', 'ü^.x', 'ü|.x', 'ü"x.y', 'ü~.x', 'ü_.x', 'ü`.x', 'ü{.x', 'ü\u007f.x',
    '＜ü.x', '／ü.x', '？ü.x', '＃ü.x', 'ü．．x', 'ü。。x', 'ü\u2024x', 'ü\ufe52x', 'ü\uff61x', 'Ü.X', 'ÜBER.DE',
  ];
  const alphabet = chars('abcXYZ019-..-üéßςΣİıﬀ℀⒈ａＡ｡．。\u00ad\u200b\u200c\u200d\u0301\u0300\u094dकषבשת١٢۱ابلا\u0627\u0644'
    + '例テ😀☃\u1100\u1161\u11a8가Ⅻ㍿\ufe00<>^|_~\u007f\u00a0\u3000\u0378');
  const inputs = hand.concat(generated(7, 1800, alphabet, hand, 12).map((d) => (/[^\x00-\x7f]/.test(d) ? d : `${d}ü`)));
  const adversarial = [['', 'ü', N / 4, '.x'], ['', 'ü.', N / 8, 'x'], ['ü.', 'xn--', N / 8, ''], ['', 'ש1', N / 8, '.x']];
  const safe = (d) => !/[\x00-\x20@:/\\#?%[\]]/.test(d);
  write('idna', inputs.filter(safe), adversarial, (d) => ({ host: host(d) }));
}

// ---------------------------------------------------------------------------------------------------------------
// uri: the four uri() forms of the manifest schema
{
  const schemas = {
    any: Joi.string().uri(),
    http: Joi.string().uri({ scheme: ['http', 'https'] }),
    httpOrRelative: Joi.string().uri({ scheme: ['http', 'https'], allowRelative: true }),
    httpOrFile: Joi.string().uri({ scheme: ['http', 'https', 'file'] }),
  };
  const hand = [
    '', 'http', 'http:', 'http:/', 'http://', 'http:///', 'http:////', 'http://a', 'http:/a', 'http:a',
    'https', 'https:', 'https:/', 'https://', 'https:///', 'https://a', 'https:/a', 'https:a', 'HTTP://a',
    'HTTP:/a', 'HTTP:a', 'Http://a', 'httpx://a', 'http2://a', 'file:', 'file:/', 'file://', 'file:///',
    'file:///etc/passwd', 'file://host/path', 'file:/path', 'file:path', 'ftp://ftp.example.com/file.txt',
    'mailto:user@example.com', 'urn:isbn:0451450523', 'tel:+1-816-555-1212', 'news:comp.infosystems.www',
    'ldap://[2001:db8::7]/c=GB?objectClass?one', 'telnet://192.0.2.16:80/', 'data:text/plain;base64,SGVsbG8=',
    'a:', 'a:b', 'a:/', 'a://', 'a:///', 'a+b.c-d:x', 'a,b:x', '1a:x', '+a:x', '.a:x', 'a b:x', 'a_b:x',
    'http://example.com', 'http://example.com/', 'http://example.com/path', 'http://example.com/path/',
    'http://example.com//path', 'http://example.com/p/a/t/h?query=1&b=2#frag', 'http://example.com?q',
    'http://example.com#f', 'http://example.com?#', 'http://example.com?q#f#g', 'http://example.com?q?r/s',
    'http://example.com#f?g/h', 'http://example.com/?', 'http://example.com/#',
    'http://user@example.com', 'http://user:pass@example.com:8080/p', 'http://:@example.com', 'http://@example.com',
    'http://u@@example.com', 'http://u@v@example.com', 'http://example.com:', 'http://example.com:80',
    'http://example.com:8o', 'http://example.com:80:80', 'http://example.com:-1', 'http://:80',
    'http://127.0.0.1', 'http://127.0.0.1:3000/x', 'http://256.256.256.256', 'http://1.2.3', 'http://01.02.03.04',
    'http://[::1]', 'http://[::1]:80/', 'http://[::]', 'http://[1:2:3:4:5:6:7:8]', 'http://[1:2:3:4:5:6:7:8:9]',
    'http://[1:2:3:4:5:6:7::]', 'http://[::2:3:4:5:6:7:8]', 'http://[1::8]', 'http://[::ffff:1.2.3.4]',
    'http://[::ffff:1.2.3.256]', 'http://[1:2:3:4:5:6:1.2.3.4]', 'http://[1:2:3:4:5:6:7:1.2.3.4]',
    'http://[fe80::1%25eth0]', 'http://[fe80::1%eth0]', 'http://[v1.abc]', 'http://[v1.]', 'http://[V1.a]',
    'http://[vF.a:b!$]', 'http://[v.a]', 'http://[1.2.3.4]', 'http://[::1', 'http://::1]', 'http://[]',
    'http://[::1]x', 'http://[::1]:', 'http://a[b]', 'http://exa mple.com', 'http://example.com/a b',
    'http://example.com/a%20b', 'http://example.com/%', 'http://example.com/%zz', 'http://ex%41mple.com',
    'http://example.com/ü', 'http://exämple.com', 'http://例子.测试', 'http://xn--fsqu00a.xn--0zwm56d',
    'http://example.com/\u2028', 'http://example.com\n', '\nhttp://example.com', 'http://example.com/"',
    'http://example.com/<>', 'http://example.com/{}', 'http://example.com/|', 'http://example.com/\\',
    'http://example.com/^', 'http://example.com/`', 'http://example.com/[x]', 'http://example.com/?[x]',
    'http://example.com/#[x]', "http://example.com/!$&'()*+,;=:@-._~", 'http://a_b.com', 'http://a~b.com',
    'http://' + 'a'.repeat(255), 'http://' + 'a'.repeat(256), 'http://' + 'a'.repeat(255) + ':80/x',
    'http://' + 'a'.repeat(256) + ':80/x', '/', '//', '///', '/a', '//a', '///a', 'a', 'a/b', './a', '../a',
    '?', '#', '?q', '#f', 'a:b/c', 'a/b:c', ':a', '@a', 'a@b', '/a:b', '//a:b@c:1/d', '//[::1]/x', '.', '..',
    'logo.png', '/logo.png', 'images/logo.png', 'C:\\logo.png', 'c:/logo.png', ' ', ' http://a', 'http://a ',
    'https://www.arcblock.io', 'https://www.arcblock.io/en/home?x=1#top', 'https://github.com/blocklet/x.git',
    'git+https://github.com/x/y.git', 'git://github.com/x/y', 'git@github.com:x/y.git', 'ssh://git@host:22/x',
    'http://a/b/c/d;p?q', 'g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
    'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', 'ü', '/ü', '?ü', '#ü', '\t',
  ];
  const alphabet = chars('ahtps:/?#[]@!$&\'()*+,;=-._~%019vAF ü"<>{}|\\^`\n');
  const seeds = hand.filter((s) => s.length > 1);
  const pchars = chars("aZ09-._~%!$&'()*+,;=:@");
  const uriGen = (r) => {
    const part = (set, max) => many(r, max, () => (r() < 0.03 ? pick(r, [' ', '[', '<', '"', '\\', '^', 'ü']) : pick(r, set)));
    let out = '';
    if (r() < 0.75) out += `${pick(r, ['http', 'https', 'file', 'ftp', 'a+b', 'HTTP', 'a,b', 'x', 'mailto'])}:`;
    if (r() < 0.7) {
      out += '//';
      if (r() < 0.2) out += `${part(pchars.filter((c) => c !== '@'), 6)}@`;
      out += pick(r, [() => part(chars('abcXYZ019-._~%!$&\'()*+,;='), 12), () => ipv4Gen(r), () => `[${ipv6Gen(r)}]`,
        () => `[v${int(r, 16).toString(16)}.${part(chars('ab:!'), 3)}]`, () => ''])();
      if (r() < 0.2) out += `:${many(r, 5, () => String(int(r, 10)))}`;
    }
    out += many(r, 3, () => `${r() < 0.9 ? '/' : '//'}${part(pchars, 6)}`);
    if (r() < 0.3) out += `?${part(pchars.concat(['/', '?', '[', ']']), 8)}`;
    if (r() < 0.3) out += `#${part(pchars.concat(['/', '?', '#']), 8)}`;
    return out;
  };
  const inputs = hand.concat(generated(2, 900, alphabet, seeds, 40), grammar(12, 600, uriGen));
  const adversarial = [
    ['http://', '%', N, ''], ['http://', 'a', N, ''], ['http://', 'a', N, ' '], ['', ':', N, ''],
    ['', '[', N, ''], ['http://', '[', N, ''], ['http://[', ':', N, ']'], ['http://[', '1:', N / 2, ']'],
    ['http://', 'a:', N / 2, 'x'], ['http://', 'a@', N / 2, ''], ['http://a/', '/', N, ' '],
    ['http://a', '/a', N / 2, ' '], ['http://a?', '?', N, ' '], ['http://a#', '#', N, ''], ['', 'a', N, ':'],
    ['', '/', N, ''], ['', '//a', N / 3, ''], ['a:', '/', N, ' '], ['', 'a', N, ''], ['http://', '1.', N / 2, ''],
    ['http://[v1.', 'a', N, ']'], ['http://[', 'v1.', N / 3, ']'], ['', '?', N, '#'], ['http://', 'a.', N / 2, ':x'],
  ];
  write('uri', inputs, adversarial, (s) => {
    const out = {};
    for (const [k, schema] of Object.entries(schemas)) out[k] = valid(schema, s);
    return out;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// ip: Joi.string().ip({ version: ['ipv4', 'ipv6'] }) and the other option combinations
{
  const combos = {
    v4v6: Joi.string().ip({ version: ['ipv4', 'ipv6'] }),
    all: Joi.string().ip(),
    allRequired: Joi.string().ip({ cidr: 'required' }),
    allForbidden: Joi.string().ip({ cidr: 'forbidden' }),
    v4: Joi.string().ip({ version: 'ipv4' }),
    v6Required: Joi.string().ip({ version: 'ipv6', cidr: 'required' }),
    futureOnly: Joi.string().ip({ version: 'ipvfuture' }),
  };
  const hand = [
    '', '0.0.0.0', '1.2.3.4', '255.255.255.255', '256.0.0.0', '1.2.3', '1.2.3.4.5', '01.02.03.04', '001.002.003.004',
    '0001.2.3.4', '1.2.3.04', '1..3.4', '.1.2.3', '1.2.3.', '1.2.3.4/0', '1.2.3.4/9', '1.2.3.4/10', '1.2.3.4/32',
    '1.2.3.4/33', '1.2.3.4/05', '1.2.3.4/', '1.2.3.4/1/2', '1.2.3.4/128', ' 1.2.3.4', '1.2.3.4 ', '1.2.3.4\n',
    '::', '::1', '1::', '1::1', '::ffff:1.2.3.4', '::ffff:01.2.3.4', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8', '1::3:4:5:6:7:8', '1:2:3:4:5:6::8', '1:2:3:4:5:6:7::8',
    '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5::1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', '::1.2.3.4', '1.2.3.4::',
    '::1.2.3.4:1', 'fe80::1', 'FE80::ABCD', 'fe80::1%eth0', 'fe80::1%25eth0', 'fe80::/10', '::/0', '::/128',
    '::/129', '::/007', '::/0128', '2001:db8::/32', '2001:0db8:0000:0000:0000:ff00:0042:8329',
    '2001:db8:0:0:0:ff00:42:8329', '12345::', 'g::', ':::', '1:::2', ':1::2', '1::2:', '1::2::3', ':', '::1::',
    '[::1]', 'v1.a', 'v1.a/64', 'vff.x:y', 'V1.a', 'v.a', 'v1.', 'v1.a/', 'localhost', 'a.b.c.d', '1.2.3.4%',
    '0:0:0:0:0:0:0:0', '0:0:0:0:0:0:0:0/64', '::ffff:255.255.255.255', '::ffff:256.1.1.1', '::1/64', '1.2.3.4/3',
    '1.2.3.4/30', '1.2.3.4/31', '1.2.3.4/00', '1:2:3:4:5:6:7:8/120', '1:2:3:4:5:6:7:8/99', '1:2:3:4:5:6:7:8/1000',
  ];
  const alphabet = chars('0123456789abcdefABCDEFgv.:/ %x');
  const ipGen = (r) => {
    const base = r() < 0.4 ? ipv4Gen(r) : r() < 0.9 ? ipv6Gen(r) : `v${int(r, 256).toString(16)}.${pick(r, ['a', 'a:b', '!'])}`;
    if (r() < 0.4) return base;
    const v = int(r, 140);
    return `${base}/${r() < 0.2 ? pad(v, 1 + int(r, 3)) : v}`;
  };
  const inputs = hand.concat(generated(3, 900, alphabet, hand.filter((s) => s.length > 1), 45), grammar(13, 600, ipGen));
  const adversarial = [
    ['', ':', N, ''], ['', '1', N, ''], ['1', '.1', N / 2, ''], ['', '1:', N / 2, ''], ['', '1:', N / 2, ':'],
    ['::', '1:', N / 2, ''], ['', '.', N, ''], ['v1.', 'a', N, ''], ['v', '1', N, '.a'], ['1.2.3.4/', '1', N, ''],
    ['', 'f', N, '::'], ['', '1.2.3.4:', N / 8, ''],
  ];
  write('ip', inputs, adversarial, (s) => {
    const out = {};
    for (const [k, schema] of Object.entries(combos)) out[k] = valid(schema, s);
    return out;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// isoDate: Joi.string().isoDate() (with convert) in several time zones
{
  const zones = ['UTC', 'America/New_York', 'Asia/Shanghai', 'Australia/Lord_Howe', 'Europe/London', 'Asia/Kolkata',
    'Europe/Dublin', 'America/Sao_Paulo', 'Pacific/Apia', 'America/St_Johns'];
  const { isIsoDate } = require('joi/lib/common');
  const schema = Joi.string().isoDate();
  const hand = [
    '', '2023', '20230', '202301', '2023010', '20230101', '2023-01', '2023-1', '2023-01-01', '2023-01-1', '2023-0101',
    '202301-01', '2023-13-01', '2023-00-01', '2023-01-00', '2023-01-32', '2023-02-29', '2024-02-29', '2023-02-30',
    '2023-02-31', '2023-04-31', '2023-12-31', '0000-01-01', '9999-12-31', '+002023-01-01', '-002023-01-01',
    '+000000-01-01', '-000000-01-01', '+275760-09-13', '+275760-09-14', '-271821-04-20', '-271821-04-19',
    '+99-01-01', '2023-01-01T', '2023-01-01T1', '2023-01-01T12', '2023-01-01T12Z', '2023-01-01T1230',
    '2023-01-01T12:30', '2023-01-01T12:30Z', '2023-01-01T12:30:45', '2023-01-01T12:30:45Z',
    '2023-01-01T12:30:45.1Z', '2023-01-01T12:30:45.12Z', '2023-01-01T12:30:45.123Z', '2023-01-01T12:30:45.1234Z',
    '2023-01-01T12:30:45.123456789Z', '2023-01-01T12:30:45.1234567891234Z', '2023-01-01T12:30:45,123Z',
    '2023-01-01T12:30:45.999999Z', '2023-01-01T12:30:45.Z', '2023-01-01T12:30:45+01:00', '2023-01-01T12:30:45+0100',
    '2023-01-01T12:30:45+01', '2023-01-01T12:30:45-01', '2023-01-01T12:30:45-23:59', '2023-01-01T12:30:45+24:00',
    '2023-01-01T12:30:45+00:60', '2023-01-01T123045', '2023-01-01T123045Z', '2023-01-01T123045.5Z',
    '2023-01-01T12:3045', '2023-01-01T1230:45', '2023-01-01T24:00', '2023-01-01T24:00:00', '2023-01-01T24:00Z',
    '2023-01-01T24:00:00Z', '2023-01-01T24:00:00.000Z', '2023-01-01T24:00:01Z', '2023-01-01T2400', '2023-01-01T24',
    '2023-01-01T23:59:60Z', '2023-01-01T23:59:59Z', '2023-01-01T25:00Z', '2023-01-01T12:60Z', '2023-01-01 12:30',
    '2023-01-01 12:30Z', '2023-01-01 12:30:45.123Z', '2023-01-01\t12:30', '2023-01-01\n12:30', '2023-01-01\u00a012:30',
    '2023-01-01\ufeff12:30', '2023-01-01\u300012:30', '2023-01-01\u200012:30', '2023-01-01\u202812:30Z',
    '20230101T123045Z', '20230101T1230', '2023-W01', '2023-W01-1', '2023W011', '2023-W53', '2023-W52-7', '2023-W52-8',
    '2023-001', '2023-366', '2023-367', '2023001', '2023-001T12:00Z', '2023-W01T12:00Z', '2023-01T12:00Z',
    '2023T12:00Z', '2023-01-01T12:00:00.000+05:30', '2023-03-12T02:30', '2023-03-12T02:30:00', '2023-11-05T01:30',
    '2023-03-26T01:30', '2023-10-29T01:30', '2023-04-02T02:15', '2023-10-01T02:15', '2023-06-15T12:00',
    '1900-01-01T00:00', '1850-06-01T12:00', '1970-01-01T00:00', '2100-07-01T12:00', '9999-12-31T23:59:59.999',
    '0001-01-01T00:00', '0000-01-01T00:00', '+010000-01-01T00:00', '-000001-01-01T00:00Z', '2023-01-01T12:30:45.5',
    '2023-01-01T12:30.5', '2023-01-01T12.5', '2023-01-01T12,5Z', '2023-01-01T12:30,5Z', '2023-01-01T1230.5Z',
    '2023-01-01T1230.545', '2023-01-01T1230.545.5', '2023-01-01T12:30.5:45', '2023-01-01T12:30:45Z ',
    ' 2023-01-01', '2023-01-01 ', '2023-01-01T12:30:45.123+01:00Z', '2023-01-01T12:30:45.123456Z',
    '2023-01-01T00:00:00+23:59', '2023-01-01T00:00:00-2359', '2023-01-01T12Z', '2023-01-01T12+01',
    '2023-01-01T12:30+0530', '2023-01-01T12:30:45.1+05', '2023-01-01T1+05', '2023-01-01T99',
  ];
  const alphabet = chars('0123456789--::T+Z.,W \u00a0\n');
  const seeds = hand.filter((s) => s.length > 3);
  const isoGen = (r) => {
    const year = r() < 0.85 ? pad(pick(r, [1970, 2000, 2023, 2024, 1900, 1883, 1850, 2100, 2038, 9999, 0, 1, 1600]) + int(r, 3), 4)
      : `${pick(r, ['+', '-'])}${pad(int(r, 300000), 6)}`;
    const dash = r() < 0.85 ? '-' : '';
    let out = year;
    const form = r();
    if (form < 0.75) {
      out += `${dash}${pad(1 + int(r, 12), 2)}`;
      if (r() < 0.9) out += `${dash}${pad(r() < 0.9 ? 1 + int(r, 28) : 29 + int(r, 3), 2)}`;
    } else if (form < 0.85) {
      out += `${dash}W${pad(1 + int(r, 53), 2)}${r() < 0.5 ? `${dash}${1 + int(r, 7)}` : ''}`;
    } else if (form < 0.95) {
      out += `${dash}${pad(1 + int(r, 366), 3)}`;
    }
    if (r() < 0.8) {
      const colon = r() < 0.85 ? ':' : '';
      out += pick(r, ['T', 'T', 'T', ' ', '\t', '\u00a0', '\n']);
      const hour = r() < 0.97 ? int(r, 24) : 24;
      out += pad(hour, 2);
      if (r() < 0.9) {
        out += `${colon}${pad(hour === 24 ? 0 : int(r, 60), 2)}`;
        if (r() < 0.7) out += `${colon}${pad(hour === 24 ? 0 : int(r, r() < 0.98 ? 60 : 61), 2)}`;
        if (r() < 0.5) out += `${pick(r, ['.', '.', ','])}${many(r, 11, () => String(int(r, 10))) || '0'}`;
      }
      const tz = r();
      if (tz < 0.3) out += 'Z';
      else if (tz < 0.7) {
        const sign = pick(r, ['+', '-']);
        const hh = pad(int(r, 24), 2);
        const mm = pad(pick(r, [0, 0, 30, 45, int(r, 60)]), 2);
        out += `${sign}${hh}${pick(r, [`:${mm}`, mm, ''])}`;
      }
    }
    return out;
  };
  const inputs = hand.concat(generated(4, 900, alphabet, seeds, 30), grammar(14, 700, isoGen));
  const adversarial = [
    ['2023-01-01T12:30:45.', '1', N, 'Z'], ['2023-01-01T12:30:45.', '1', N, 'x'], ['2023-01-01T12:30.', '1', N, ':'],
    ['2023-01-01T12.', '1', N, 'x'], ['2023-01-01T', '1', N, 'Z'], ['', '1', N, ''], ['2023-01-01T1230.', '5', N, '.5x'],
    ['2023-01-01T12:30:45.', '9', N, '+01:00'], ['2023-01-01T12:30:45.', '0', N, ''], ['2023-01-01', ' ', N, ''],
  ];
  write('isodate', inputs, adversarial, (s) => {
    const out = { isIsoDate: isIsoDate(s), converted: {} };
    // V8 is quadratic on the long fractions, so the adversarial strings are converted in two zones only.
    for (const zone of s.length > 1000 ? zones.slice(0, 2) : zones) {
      process.env.TZ = zone;
      const result = schema.validate(s);
      out.converted[zone] = result.error ? null : result.value;
    }
    return out;
  });
  process.env.TZ = 'UTC';
}

// ---------------------------------------------------------------------------------------------------------------
// url paths: is-absolute-url, isValidUrlPath, urlPathFriendly, checkUrlPath, checkLink
{
  const { isValidUrlPath, urlPathFriendly, checkLink } = urlPathFriendlyModule;
  const hand = [
    '', '/', '//', '/a', '/a/', '/a//b', 'a', 'a/', '/a/b/c', '/a b', '/a-b_c.d', '/A/B', '/é', '/a\u0000',
    '/a$*+~()\'"!:@\\', '/a\u007f', 'http://a', 'https://a.b/c', 'HTTP://A', 'mailto:x', 'c:\\x', 'c:/x', 'C:\\',
    'a:b', '1a:b', 'a1+-.:x', 'a_b:x', ':x', ' /a', '/a ', ' /a/ ', '\t/a\n', '\u00a0/a\ufeff', '--a--', 'a..b',
    'a...b', '///a///', '/a//b//c/', '  ', '-/-', '.-.', 'a\u3000b', 'ä/ö/ü', '例子/测试', '😀', 'a😀b', '/a/./b',
    '/../a', 'javascript:alert(1)', '/en/home', '/zh/home', 'https://www.arcblock.io', '\\a', '/a\\b', '/\n',
    '\n/', 'a\u2028b', 'A-B', '/-/', '/.well-known', '$a$', '(a)', '/a?b', '/a#b', '/a%20b',
  ];
  const alphabet = chars('aZ09/-._ :\\$*+~()\'"!@é😀\t\u00a0\n?#%');
  const inputs = hand.concat(generated(5, 700, alphabet, hand.filter((s) => s.length > 1), 20));
  const adversarial = [
    ['', '/', N, ''], ['/', 'a/', N / 2, ''], ['/', 'a/', N / 2, '/'], ['', 'a', N, ':'], ['a', '1', N, ''],
    ['', '-', N, ''], ['', '.', N, ''], ['', ' ', N, 'a'], ['', 'é', N, ''], ['', '$', N, ''], ['/', 'a', N, '//'],
  ];
  write('urlpath', inputs, adversarial, (s) => ({
    isAbsoluteUrl: isAbsoluteUrl(s),
    isValidUrlPath: isValidUrlPath(s),
    urlPathFriendly: urlPathFriendly(s),
    urlPathFriendlyNoSlash: urlPathFriendly(s, { keepSlash: false }),
    checkUrlPath: checkUrlPath(s),
    checkLink: checkLink(s),
  }));
}

// ---------------------------------------------------------------------------------------------------------------
// glob: is-glob (strict)
{
  const hand = [
    '', 'a', '*', '!a', 'a*', 'a?', '?', 'a.?', 'a]?', 'a)?', 'a+?', '[abc]', '[a]', '[]', '[', ']', '[a\\]', '\\[a]',
    '[\\a]', '{a,b}', '{a}', '{}', '{', '}', '\\{a}', '{\\a}', '(a|b)', '(a)', '(|a)', '(a|)', '(a|b', 'a|b)',
    '(?:a)', '(?!a)', '(?=a)', '(?:)', '(?a)', '\\(?:a)', '@(a)', '?(a)', '!(a)', '+(a)', '*(a)', '@(a', '@a)',
    '\\@(a)', '@\\(a)', '@(a\n)', '@(\n)', 'a/b/c.js', 'a/**/b', 'a/b/*.js', '!(*.js)', 'a\\*', '\\*', 'a\\!b',
    '\\!', 'a\\(!b', '\\[!', 'abc.js', 'blocklet.js', 'blocklet.zip', 'dist/index.html', 'a/[b]/c', 'a/{b,c}/d',
    'a(b)c', 'a[b', 'a{b', 'a(b', '[a-z]', '[!a]', '[^a]', 'a\\[b]', 'a[\\b]', '{a\\,b}', '(a\\|b)', '(a|\\b)',
    'a\\', '\\', '\\\\', '\\\\*', '(a|b)\\', '[\\', '{\\}', '(?:\\)', '\\{', '\\(', '\\[', '\\{!', 'a\u2028)',
    '+(a\u2028)', '+(a\u2029b)c)', 'a.+?b', '.?', ']?', ')?', '+?',
  ];
  const alphabet = chars('ab./\\*?!@+()[]{}|,:=-\n^');
  const inputs = hand.concat(generated(6, 900, alphabet, hand.filter((s) => s.length > 1), 16));
  const adversarial = [
    ['', '{\\', N / 2, '}'], ['', '{a', N / 2, '}'], ['', '[\\', N / 2, ']'], ['', '(', N, '|)'], ['', '(a', N / 2, '|b)'],
    ['', '(?:', N / 3, ')'], ['', '\\', N, ''], ['', '@(', N / 2, ''], ['', '@(', N / 2, ')'], ['', 'a', N, '*'],
    ['', '[', N, ''], ['', '{', N, ''], ['', '(|', N / 2, ''], ['', '(\\|', N / 3, ')'], ['', '[a\\', N / 3, ']'],
  ];
  write('glob', inputs, adversarial, (s) => ({ isGlob: isGlob(s) }));
}
