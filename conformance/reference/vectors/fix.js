#!/usr/bin/env node
// Expected behaviour of parse()'s fix steps, recorded from the reference.
//
//   NODE_PATH=<install of @blocklet/meta 1.17.12>/node_modules node conformance/reference/vectors/fix.js \
//     > blocklet-meta/src/test/resources/org/blocklet4j/meta/internal/fix/fix-vectors.jsonl
//
// One JSON object per line, by "kind":
//   camelCase       {input, output}                      lodash camelCase
//   hostedGitInfo   {input, result|throws}               hosted-git-info fromUrl and its printers
//   formatPerson / parsePerson {input, output|throws}
//   step            {step, input, output, throws, didValid}  one fix step on a copy of the input
//   applyAll        {dir, input, output, throws, didValid}   fixRequired … fixPerson in parse()'s order
//   camelCaseKeys   {input, output}                      parse()'s reduce over the top-level keys
//   root            {input, extra, alternate, output, throws}  what parse() does to a loaded value before
//                   and during the fixes, then the camel-casing (extra null means a falsy extraRawAttrs)
// Values that JSON cannot hold are tagged: {"$undefined":true}, {"$number":"NaN"}, {"$date":ISO},
// {"$binary":base64}. throws is {name, message} (and step, for applyAll and root). didValid says whether
// validateNewDid accepts the manifest's did (fixName's test). Dates print in UTC.
// The inputs come from a seeded generator, so the output is the same on every run.
'use strict';

process.env.TZ = 'UTC';

const camelCase = require('lodash/camelCase');
const gitInfo = require('hosted-git-info');
const fix = require('@blocklet/meta/lib/fix');
const { validateNewDid } = require('@blocklet/meta/lib/name');
const { toBlockletDid } = require('@blocklet/meta/lib/did');
const { seeded, Output } = require('./lib');

const { int, pick, chance } = seeded(20240612);

function encode(v) {
  if (v === undefined) return { $undefined: true };
  if (typeof v === 'number') return Number.isFinite(v) ? v : { $number: String(v) };
  if (v instanceof Date) return { $date: v.toISOString() };
  if (v instanceof Uint8Array) return { $binary: Buffer.from(v).toString('base64') };
  if (Array.isArray(v)) return v.map(encode);
  if (v && typeof v === 'object') {
    const out = {};
    for (const k of Object.keys(v)) out[k] = encode(v[k]);
    return out;
  }
  return v;
}
function clone(v) {
  if (v instanceof Date) return new Date(v.getTime());
  if (v instanceof Uint8Array) return new Uint8Array(v);
  if (Array.isArray(v)) return v.map(clone);
  if (v && typeof v === 'object') {
    const out = {};
    for (const k of Object.keys(v)) Object.defineProperty(out, k, { value: clone(v[k]), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return v;
}
const thrown = (e) => ({ name: e.constructor.name, message: e.message });
const out = new Output();
const emit = (o) => out.add(o);
const isValidDid = (did) => { try { validateNewDid(did); return true; } catch { return false; } };

// ---- camelCase ---------------------------------------------------------------------------------------------
const camelInputs = [
  '', ' ', '_', '-', 'did', 'name', 'specVersion', 'public_url', 'publicUrl', 'pre-install', 'preInstall',
  'pre_install', 'PRE_INSTALL', '__proto__', 'constructor', 'toString', 'ABTNode', 'abtNode', 'ABT_NODE', 'XMLHttpRequest',
  'fooBar', 'FooBar', 'foo bar', 'Foo Bar', '--foo--bar--', 'foo.bar', 'foo/bar', 'foo:bar', 'foo@bar', '0', '1', '01',
  '10', '4294967294', '4294967295', '-1', '1.5', '1a', 'a1', 'a1b2', 'A1B2', 'v2API', 'html5Parser', 'iOS', 'IOS',
  '1st', '2nd', '3rd', '4th', '11th', '21ST', '1ST', '2ND', '3RD', '12TH', '1stPlace', 'the1stTime', 'x1st', '1st_x',
  '1stA', '1sta', '2ndB', 'ab1STc', "don't", "Don't Stop", "it’s", "I'M", "we'll", "you're", "they've", "I'D",
  'café', 'Café au lait', 'crème brûlée', 'Æther', 'æsir', 'Þorn', 'ß', 'straße', 'STRASSE', 'Ĳssel', 'ŉ', 'ſ',
  '×', '÷', 'a×b', 'a÷b', 'Ð', 'ð', 'Ø', 'ø', 'ÿ', 'Ÿ', 'Ł', 'ł', 'ĸ', 'ı', 'İstanbul', 'Ω', 'ωmega', 'Σίσυφος',
  'ΟΔΥΣΣΕΥΣ', 'привет мир', 'ПриветМир', '日本語', '日本語テキスト', 'ｆｕｌｌ', 'ＦＵＬＬwidth', '한국어', 'עברית', 'العربية',
  '😀', 'a😀b', '😀😀', '👍🏽', 'a👍🏽b', '👨‍👩‍👧', 'x👨‍👩‍👧y', '🇺🇸', 'a🇺🇸b', '🇺🇸🇬🇧', '✂️', 'a✂b', '❤️fire', 'ab\u200dcd',
  'a\ufe0fb', 'e\u0301', 'E\u0301T\u0301', '\u0301', 'a\u20d0b', '\ud800', 'a\ud800b', '\udc00x', 'a\u2019b', 'a\u00a0b',
  'a\u3000b', 'a\ufeffb', 'a\u2028b', 'a\tb', 'a\nb', 'a\u180eb', 'a\u1680b', 'a+b', 'a±b', 'a¬b', 'a·b', 'a¿b', 'a¡b',
  'µ', 'aµb', 'ª', 'º', '²', 'a²', '½', 'Ⅻ', 'ǅ', 'ǈungla', 'Ǳ', 'ʼn', 'ﬀ', 'ﬁle', 'camelCase', 'CamelCase',
  'camel_case', 'CAMEL_CASE', 'camel-case', 'Camel-Case', 'camel case', 'camel.case', '  camel  case  ', 'camelCASE',
  'CAMELCase', 'camelCAse', 'camelCasE', 'ABC', 'ABCdef', 'ABCDef', 'abcDEF', 'aBC', 'AbC', 'a_b_c', 'A_B_C',
  'x', 'X', 'xY', 'Xy', 'XY', 'x_y', 'x-Y', '$schema', '$ref', '@type', '#hash', 'key#1', 'foo$bar', 'foo_$bar',
  'interfaces', 'environments', 'requirements', 'engine', 'group', 'main', 'logo', 'screenshots', 'components',
  'children', 'navigation', 'theme', 'capabilities', 'timeout', 'payment', 'resource', 'docker', 'gitHash',
  'git_hash', 'lastPublishedAt', 'last_published_at', 'nftFactory', 'nft_factory', 'community', 'documentation',
  'homepage', 'support', 'copyright', 'signatures', 'htmlAst', 'html_ast', 'admin_url', 'config_url', 'doc_url',
  'expose_services', 'exposeServices', 'blockletVersion', 'min-version', 'MAX_SIZE', 'maxSize', 'max size',
  'Max Size', 'max--size', 'max__size', 'Max_Size', 'i18n', 'I18N', 'l10n', 'a11y', 'k8s', 'web3', 'Web3Auth',
  'OAuth2Client', 'oauth2_client', 'HTTP2', 'http2Server', 'h2o', 'H2O', 'x86_64', 'utf8', 'UTF-8', 'base64Url',
  'sha256Hash', '3d', '3D', '3dModel', '3DModel', '2fa', '2FA', 'mp3', 'MP3Player', 'ID', 'Id', 'id', 'userID',
  'userId', 'user_id', 'USER_ID', 'URLs', 'urls', 'getURL', 'getUrl', 'getURLs', 'URLParser', 'JSONData',
];
const alphabet = ['a', 'b', 'Z', 'Q', '0', '7', '1', '2', '3', ' ', '_', '-', '.', '/', ':', '$', "'", '\u2019', 'é', 'É',
  'ß', '×', 'Ø', 'ø', 'Ā', 'ā', 'Ω', 'λ', 'Ж', 'ж', '中', 'ア', '\u0301', '\u200d', '\ufe0f', '😀', '🏽', '🇺', '✂', '\u00a0',
  'st', 'ND', 'th', 'TH', 'rd', 'Ab', 'aB', 'AB', 'ab', 'XML', 'Http', '\u2000', '+', '±', 'µ', 'ª', '\ud800', '\udc00'];
camelInputs.push('a'.repeat(20000), 'aB'.repeat(10000), 'A'.repeat(10000) + '1', '\u00c0'.repeat(10000) + 'b',
  'Σ'.repeat(10000) + '1', '1'.repeat(10000) + 'st', '😀\u200d'.repeat(5000), '\u200d'.repeat(10000), 'aA1'.repeat(5000));
for (let i = 0; i < 220; i++) {
  let s = '';
  const n = 1 + int(8);
  for (let j = 0; j < n; j++) s += pick(alphabet);
  camelInputs.push(s);
}
for (const s of camelInputs) emit({ kind: 'camelCase', input: s, output: camelCase(s) });

// ---- hosted-git-info --------------------------------------------------------------------------------------
const urls = [
  '', ' ', 'user/repo', 'user/repo#branch', 'user/repo#feature/x', 'user/repo.git', 'user/re.po', 'user/repo/extra',
  '.user/repo', '-user/repo', 'us er/repo', 'user/re po', 'user/repo#a b', 'user/repo#\n', 'user/repo#a\nb', 'user/repo#',
  'u/r#a#b', 'u/r #x', 'a/b:c', 'a@b/c', 'a%b/c', 'a/b%c', 'github:user/repo', 'github:user/repo.git',
  'github:user/repo#v1.0.0', 'github:repo', 'github:/repo', 'github:user/', 'github:user/repo/sub', 'github:@x/y',
  'github:a@b/c', 'gitlab:user/repo', 'gitlab:group/sub/repo', 'gitlab:group/sub/repo#main', 'bitbucket:user/repo',
  'bitbucket:user/repo#dev', 'gist:abcdef1234567', 'gist:user/abcdef1234567', 'gist:abcdef1234567#rev',
  'gist:/abcdef1234567', 'gist:abc', 'gist:ABCDEF1234567', 'foo:user/repo', 'https://github.com/user/repo',
  'https://github.com/user/repo.git', 'https://github.com/user/repo/', 'https://github.com/user/repo#main',
  'https://github.com/user/repo.git#v1.2.3', 'https://github.com/user/repo/tree/main', 'https://github.com/user',
  'https://github.com/', 'https://github.com', 'https://www.github.com/user/repo', 'https://WWW.GitHub.com/User/Repo',
  'HTTPS://GITHUB.COM/USER/REPO', 'http://github.com/user/repo', 'git://github.com/user/repo.git',
  'git://github.com/user/repo.git#abc', 'git+https://github.com/user/repo.git', 'git+http://github.com/user/repo.git',
  'git+ssh://git@github.com/user/repo.git', 'git+ssh://git@github.com:user/repo.git', 'ssh://git@github.com/user/repo.git',
  'ssh://git@github.com:22/user/repo.git', 'git@github.com:user/repo.git', 'git@github.com:user/repo',
  'git@github.com:/user/repo.git', 'git@github.com:user/repo.git#dev', 'git@github.com:repo.git', 'me@github.com:u/r',
  'https://user:pass@github.com/user/repo.git', 'https://user@github.com/user/repo', 'https://user:@github.com/u/r',
  'https://:pass@github.com/u/r', 'https://us er:p w@github.com/u/r', 'https://user%40x:p%3Aw@github.com/u/r',
  'git+https://token@github.com/u/r.git', 'git+ssh://user@github.com/u/r.git', 'git://user:pw@github.com/u/r.git',
  'https://github.com:443/user/repo', 'https://github.com:/user/repo', 'https://github.com/user/repo?x=1',
  'https://github.com/user/repo?x=1#y', 'https://github.com/us%20er/re%20po', 'https://github.com/%E0/repo',
  'https://github.com/u/r#%E0', 'https://github.com/u/r#a%20b', 'https://github.com/u/r#a/b', 'https://github.com/u/r#a$&b',
  "https://github.com/u/r#a$'b", 'https://github.com/u/r#a$`b', 'https://github.com/u/r#a$$b', 'https://github.com/u/r#$1',
  'https://x$&y@github.com/u/r', 'https://x$`y@github.com/u/r', "https://x$'y@github.com/u/r",
  'https://{projectPath}@github.com/u/r', 'https://{committish}@github.com/u/r', 'https://{#committish}@github.com/u/r#c',
  'https://github.com/u/r#{/committish}', 'https://github.com/u/r#{committish}', 'https://gitlab.com/user/repo',
  'https://gitlab.com/group/sub/project.git', 'https://gitlab.com/group/sub/project', 'https://gitlab.com/u/r/-/tree/main',
  'https://gitlab.com/u/r/repository/archive.tar.gz', 'https://gitlab.com/u/r/repository/x/archive.tar.gz',
  'https://gitlab.com/u/r/', 'https://gitlab.com/u/r.git#v1', 'git+ssh://git@gitlab.com/g/s/p.git', 'git@gitlab.com:g/s/p.git',
  'git@gitlab.com:u/r.git', 'ssh://git@gitlab.com/u/r', 'https://user:pw@gitlab.com/g/s/p.git', 'git://gitlab.com/u/r.git',
  'https://bitbucket.org/user/repo', 'https://bitbucket.org/user/repo.git', 'git@bitbucket.org:user/repo.git',
  'git+ssh://git@bitbucket.org/user/repo.git', 'git+https://bitbucket.org/user/repo.git#x', 'git://bitbucket.org/u/r.git',
  'https://gist.github.com/abcdef1234567', 'https://gist.github.com/user/abcdef1234567', 'https://gist.github.com/user/abcdef1234567.git',
  'https://gist.github.com/abc', 'git@gist.github.com:abcdef1234567.git', 'git+ssh://git@gist.github.com/abcdef1234567.git',
  'git://gist.github.com/abcdef1234567.git', 'https://gist.github.com/u/ABCDEF1234567', 'https://example.com/user/repo',
  'https://github.example.com/user/repo', 'https://gitlab.example.com/u/r', 'github.com/user/repo', 'www.github.com/user/repo',
  '//github.com/user/repo', '//user@github.com/u/r', 'https://%E0@github.com/u/r', 'https://%41@github.com/u/r',
  'https://a%b@github.com/u/r', 'https://\ud800@github.com/u/r', 'https://a\ud800@github.com/u/r', 'https://\ud800x@github.com/u/r',
  'https://github.com/\ud800/r', 'https://github.com/u/r#\ud800', 'https://github.com/u/r\ud800', 'github:u\ud800/r',
  'https://ｇｉｔｈｕｂ.com/u/r', 'https://github.com\u3002/u/r', 'https://GITHUB.com./u/r', 'https://xn--a/u/r',
  'https://xn--ls8h/u/r', 'https://☃.com/u/r', 'https://[::1]/u/r', 'https://[::1/u/r', 'https://[::1]:80/u/r',
  'git+ssh://user@host.com:some/path', 'file://user@host/x', 'file:///home/u/r', 'https://a b@github.com/u/r',
  'https://a\tb@github.com/u/r', 'https://git\thub.com/u/r', 'https://github.com/u/r\n', ' https://github.com/u/r ',
  '\thttps://github.com/u/r', 'https://github.com\\u\\r', 'https:\\\\github.com\\u\\r', 'https:github.com/u/r',
  'https:/github.com/u/r', 'https:///github.com/u/r', 'git+ssh:/u/r', 'git+ssh:u/r', 'ssh:u/r', 'http:///u/r',
  'https://user@/u/r', 'https://@github.com/u/r', 'https://a@b@github.com/u/r', 'git@git@github.com:u/r',
  'https://github.com/u/r.git.git', 'https://github.com/u/.git', 'https://github.com/u/r/.git', 'git@github.com:u/r.git/',
  'git@github.com:u/r/', 'git@github.com:u/r#', 'git@github.com:u', 'git@github.com:', 'git@:u/r', '@github.com:u/r',
  'git@github.com:u/r\n#x', 'git@github.com:u/r#x\ny', 'git@github.com:u/r\u2028', 'a@b:c', 'a@b:c/d/e', 'a@b:/c/d',
  'x@gitlab.com:g/s/p#q', 'git@github.com:u/r.git#a$&b', 'https://u@github.com:u/r', 'https://github.com:u/r',
  'https://github.com:99999/u/r', 'https://github.com:0/u/r', 'gist:user/', 'gist:/', 'gist:', 'gist:abcdef1234567/x',
  'github:', 'github:/', 'github:u/r#', 'github:u/r#%E0', 'github:%E0/r', 'gitlab:%41/b', 'javascript:alert(1)',
  'mailto:u@github.com', 'GITHUB:u/r', 'Github:u/r', 'https://git\u00adhub.com/u/r', 'https://github.com\u00ad/u/r',
  'https://a:b:c@github.com/u/r', 'https://user:pa%20ss@github.com/u/r', 'https://u%F0%9F%98%80@github.com/u/r',
  'https://😀@github.com/u/r', 'git+https://x@github.com/u/r#c', 'https://github.com/u/r#%F0%9F%98%80',
];
// Hosts that exercise IDNA (legacy url.parse lower-cases and converts them; new URL does the same for user info).
const idnaHosts = ['xn--ab_c', 'xn--abc-', 'xn--abc', 'xn--99999999999999', 'xn--a-ecp', 'xn--zca', 'xn--Zca', 'xn--ls8h',
  'xn--ss-', 'xn--0', 'xn--9', 'xn--ba', 'xn--mnchen-3ya', 'xn--MNCHEN-3ya', 'xn--ab-', 'xn---', 'xn----', 'xn--80a',
  'xn--abc-def', 'a.xn--.b', 'xn--', 'XN--ZCA', 'xn--1ug', 'xn---abc', 'München', 'MÜNCHEN', 'faß', 'ÿ', 'ǅ', '①', 'ｆｕｌｌ', 'ℌ',
  'K', 'a\u200cb', 'क\u094d\u200dष', 'क\u094d\u200cष', '\u0627\u0644', 'a\u0627', '1\u0627', '\u05d0a', '\u05d0\u0301',
  '\u0301a', '\ufffd', 'a\u3002b', 'a\uff61b', 'x\u00a0y', '\u00df', '\u03c2', '\u0080', 'a\u0080b', '\ue000', 'a\ue000b',
  '\u{10ffff}', '\u{e0001}', '\u00bd', '\u2122', '\u33c7', '\u0130', '\u212b', 'a\u0340', '\u0958', '\uac00', '\u1100\u1161',
  'aא', 'א1', '1א', 'ا1', 'اa', 'ا٠1', 'א-', '-א', 'a.א', 'א.a', 'אב', '١a', 'a١', '1١', '-١', '١', '١ا', 'ا١', 'ا-',
  'א!', 'א!ב', 'א¢ב', '١א', '۱א', 'ا۱', 'ا۱١', 'אaב', '\u200f', 'اـ', '\u0610a', 'a\u0610', '\u05be', 'ب\u200cب',
  'ا\u200cب', 'a\u2024b', 'a\u2488b', '\u1e9e', '\u13a0', '\uab70', 'a\ufdd0b', 'a\ufffeb', '\u0378', 'a\u200eb',
  'a\u0600b', 'a\u00adb', 'a\ufe0fb', '\u3164', 'a\u115fb', 'a\u2064b', 'a\u200bb', '\u{1d400}', '\u{1f600}', '\u0345',
  '\u2126', '\u00b5', '\u1fbe', '\u0149', '\u0587', '\u01c4', '\u2160', '\u2faf', '\u00bc', 'a\u0c3c', 'ＧＩＴＨＵＢ.com',
  'github。com', 'gith\u00adub.com', 'bitbucKet.org', 'ɡithub.com', 'GİTHUB.com', 'ab\u0000c', 'a\u007fb', 'a*b', 'a~b',
  '1.2.3', '0x7f.1', '[::1]', '[1:2:3:4:5:6:7:8]', '[::ffff:1.2.3.4]', '[1::2::3]', '[::1.2.3]', '[:1]', '256.1.1.1',
  '1.2.3.4.5', '0x100000000', '09.1', 'a.0x', 'a.09', 'a.1', '1.2.3.256', 'a%41b', 'a%zz', 'a%E0b'];
for (const h of idnaHosts) {
  urls.push('https://' + h + '/u/r', 'https://x@' + h + '/u/r', 'git+https://x@' + h + '/u/r');
}
// Long inputs: the reference's regexes stay linear on these; the port must too.
urls.push('a/' + 'b#'.repeat(3000) + '\n', 'git@h:' + '#'.repeat(5000) + '\nx', 'x:' + '@'.repeat(4000) + '/',
  'https://github.com/u/' + 'r'.repeat(20000), 'github:' + '/'.repeat(5000), 'https://' + 'a@'.repeat(3000) + 'github.com/u/r',
  'https://gitlab.com/u/' + '/repository'.repeat(2000) + '/archive.tar.gz', 'git@github.com:' + 'a/'.repeat(4000),
  'https://x' + '$`'.repeat(300) + '@github.com/u/r#' + '$\''.repeat(300));
const protos = ['https://', 'http://', 'git://', 'git+https://', 'git+ssh://', 'ssh://', 'git+http://', 'HTTPS://', '', 'git@', 'ftp://', 'github:', 'gitlab:', 'bitbucket:', 'gist:'];
const auths = ['', '', '', 'git@', 'user@', 'user:pw@', 'u%20x@', 'a$&@', '%E0@', 'a b@', '{user}@', '@'];
const hosts = ['github.com', 'www.github.com', 'gitlab.com', 'bitbucket.org', 'gist.github.com', 'example.com', 'GitHub.com', 'github.com:22', ''];
const seps = ['/', ':', ':/', '//', '\\'];
const owners = ['user', 'u', 'My-Org', 'a.b', 'a%20b', 'a b', '-x', '', 'g/s', 'x$1', '%E0', 'ü'];
const projects = ['repo', 'repo.git', 'r.git/', 'abcdef1234567', 'ABCDEF1234567', 'abc', 'my.repo', 'p%20q', 'p q', 'r#', 'x/y', '-', '.git', 'a\u2028b'];
const hashes = ['', '', '', '#main', '#v1.0.0', '#feature/x', '#a%20b', '#%E0', '#', '#a$&b', '#{user}', '#a\nb', '#a b'];
for (let i = 0; i < 260; i++) {
  const p = pick(protos);
  let s;
  if (p.endsWith(':') && !p.includes('/')) s = p + pick(owners) + (chance(0.8) ? '/' : '') + pick(projects) + pick(hashes);
  else if (p === 'git@') s = p + pick(hosts) + ':' + pick(owners) + '/' + pick(projects) + pick(hashes);
  else s = p + pick(auths) + pick(hosts) + pick(seps) + pick(owners) + '/' + pick(projects) + pick(hashes);
  urls.push(s);
}
function printers(info) {
  const out = {};
  for (const k of ['https', 'sshurl', 'shortcut', 'toString']) {
    try { out[k] = info[k](); } catch (e) { out[k] = { throws: thrown(e) }; }
  }
  try {
    out.fixed = info.getDefaultRepresentation() === 'shortcut' ? info.https() : info.toString();
  } catch (e) { out.fixed = { throws: thrown(e) }; }
  return out;
}
for (const u of urls) {
  let rec;
  try {
    const info = gitInfo.fromUrl(u);
    rec = info ? {
      result: Object.assign({ type: info.type, user: info.user === undefined ? null : info.user, auth: info.auth,
        project: info.project, committish: info.committish, default: info.getDefaultRepresentation() }, printers(info)),
    } : { result: null };
  } catch (e) {
    rec = { throws: thrown(e) };
  }
  emit(Object.assign({ kind: 'hostedGitInfo', input: u }, rec));
}

// ---- people -------------------------------------------------------------------------------------------------
const names = ['Alice', 'Bob Smith', '  Carol  ', '', 'Dan (x)', 'Eve <e@x>', 5, 0, true, null, undefined, ['a', 'b'], {}, { toString: 1 }, new Date(Date.UTC(2020, 0, 2, 3, 4, 5)), 'Zoë', '名前'];
const mails = ['a@b.c', '', 'x', null, undefined, 7, ['m', null, ['n']], { a: 1 }, { toString: 'x' }, new Uint8Array([1, 2]), '<a>'];
const webs = ['https://x.y', '', 'u', null, undefined, 3, [1, 2], { valueOf: 1 }, { toString: 2 }, new Date(0), '(p)'];
const personStrings = ['Alice', 'Alice <a@b.c>', 'Alice <a@b.c> (https://a.b)', 'Alice (https://a.b) <a@b.c>', '<a@b.c>',
  '(https://a.b)', ' <a@b.c> ', 'A <> (u)', 'A <<x>> ((y))', 'A < b > ( c )', 'A <x', 'A (u', 'A x> y)', '   ', '',
  '\u00a0Alice\u3000<m>', 'A <m1> <m2> (u1) (u2)', 'A <a\nb> (c\nd)', 'Ali(ce) <m>', 'Ali<ce (u)>', '<<<>>>', '((()))',
  'a'.repeat(5) + '<'.repeat(5) + '>', 'A <()> (<>)', 'A ( ) < >'];
const people = [...personStrings];
for (let i = 0; i < 90; i++) {
  const p = {};
  if (chance(0.7)) p.name = pick(names);
  if (chance(0.4)) p.email = pick(mails);
  if (chance(0.3)) p.mail = pick(mails);
  if (chance(0.4)) p.url = pick(webs);
  if (chance(0.3)) p.web = pick(webs);
  if (chance(0.1)) p.extra = 'x';
  people.push(p);
}
people.push(null, undefined, 0, '', false, 5, true, [], ['x'], new Date(0), new Uint8Array([1]), {});
for (const p of people) {
  let rec;
  try { rec = { output: fix.formatPerson(clone(p)) }; } catch (e) { rec = { throws: thrown(e) }; }
  emit(Object.assign({ kind: 'formatPerson', input: encode(p) }, rec));
  emit({ kind: 'parsePerson', input: encode(p), output: encode(fix.parsePerson(clone(p))) });
}

// ---- steps --------------------------------------------------------------------------------------------------
const goodDid = toBlockletDid('my-blocklet');
const dids = [undefined, null, '', 'my-blocklet', goodDid, goodDid + 'x', 'z8iZrkWYbiDiVBrTx8YcDTiPLnLMp8FhfJ', 5, [goodDid]];
const repos = [undefined, null, '', 0, 5, true, false, [], ['https://github.com/u/r'], {}, { url: '' }, { url: 5 },
  { url: null }, { url: ['x'] }, { type: 'git', url: 'https://github.com/u/r' }, { url: 'user/repo', type: 'svn', directory: 'd' },
  { url: 'git@github.com:u/r.git' }, { url: 'https://%E0@github.com/u/r' }, { url: 'https://[::1/u/r' }, { url: 'github:u\ud800/r' },
  new Date(0), new Uint8Array([1]), 'user/repo', 'github:user/repo', 'https://github.com/user/repo', 'https://gitlab.com/g/s/p.git',
  'git@bitbucket.org:u/r.git', 'https://example.com/x', 'not a url', 'https://%E0@github.com/u/r', '//user@github.com/u/r',
  'gist:abcdef1234567', 'https://xn--a/u/r', 'https://\ud800x@github.com/u/r', 'https://{projectPath}@github.com/u/r'];
const lists = [undefined, null, '', 'a', 'a, b', 'a,b', 'a,  b,c', 'a,\u00a0b', 'a,\u3000b', 'a,\ufeffb', 'a,\u180eb',
  'a,\nb', ', a', 'a, ', ',,', ', , ', 'a , b', 0, 5, true, false, {}, { a: 1 }, [], ['a', '', 'b'], ['a', null, 5, true, {}, ['x'], 'c'],
  [''], new Date(0), new Uint8Array([1, 2]), ['a,b', ' '], 'a,\u2028b', 'a,\u200bb'];
const peopleValues = [undefined, null, '', 0, 'Alice <a@b> (u)', { name: 'A', email: 'e', url: 'u' }, { name: 'A', web: 'w', mail: 'm' },
  { url: { toString: 1 } }, { name: { toString: 1 } }, { email: [{ toString: 1 }] }, 5, ['x'], {}, new Date(0)];
const peopleLists = [undefined, null, 'Alice', {}, [], ['Alice <a>', { name: 'B', url: 'u' }, null, 0, '', 5],
  [{ name: 'ok' }, { url: { toString: 1 } }, { name: 'never' }], [['a', 'b']], [{ web: 'w' }, { mail: 'm' }]];
function manifest() {
  const m = {};
  const fields = [
    ['name', () => pick(['x', '', 'my-blocklet', 5])],
    ['did', () => pick(dids)],
    ['description', () => pick([undefined, '', 'desc', 0, null, false, 'd'])],
    ['version', () => pick([undefined, '', '1.2.3', 0, null, 2])],
    ['repository', () => pick(repos)],
    ['files', () => pick(lists)],
    ['keywords', () => pick(lists)],
    ['tags', () => pick(lists)],
    ['author', () => pick(peopleValues)],
    ['maintainers', () => pick(peopleLists)],
    ['contributors', () => pick(peopleLists)],
    ['title', () => 'T'],
  ];
  for (const [k, gen] of fields) {
    if (chance(0.55)) {
      const v = gen();
      if (v !== undefined) m[k] = clone(v);
    }
  }
  if (chance(0.15)) m['1'] = 'index';
  return m;
}
const stepNames = ['fixRequired', 'fixRepository', 'fixFiles', 'fixKeywords', 'fixTags', 'fixName', 'fixPerson'];
function runStep(step, data) {
  if (step === 'fixRequired') return fix.fixRequired(data, '/tmp/blocklet');
  return fix[step](data);
}
for (let i = 0; i < 320; i++) {
  const step = stepNames[i % stepNames.length];
  const input = manifest();
  if (step === 'fixRepository' && !('repository' in input)) input.repository = clone(pick(repos));
  if (step === 'fixPerson' && chance(0.5)) input.author = clone(pick(peopleValues));
  if ((step === 'fixKeywords' || step === 'fixFiles' || step === 'fixTags') && chance(0.6)) {
    input[step.slice(3).toLowerCase()] = clone(pick(lists));
  }
  const data = clone(input);
  let throws = null;
  try { runStep(step, data); } catch (e) { throws = thrown(e); }
  emit({ kind: 'step', step, input: encode(input), output: encode(data), throws, didValid: isValidDid(input.did) });
}
for (let i = 0; i < 120; i++) {
  const input = manifest();
  const data = clone(input);
  let throws = null;
  for (const step of stepNames) {
    try { runStep(step, data); } catch (e) { throws = Object.assign({ step }, thrown(e)); break; }
  }
  emit({ kind: 'applyAll', dir: '/tmp/blocklet', input: encode(input), output: encode(data), throws, didValid: isValidDid(input.did) });
}

// ---- camel-casing the top-level keys -------------------------------------------------------------------------
const keyPool = ['name', 'did', 'public_url', 'publicUrl', 'public-url', 'PUBLIC_URL', 'pre-install', 'preInstall',
  'spec_version', 'specVersion', '0', '1', '01', ' 1', '1 ', '2', '10', 'a', 'A', '_a', '__proto__x', 'constructor',
  'hasOwnProperty', 'to_string', '', '-', '$x', 'x$', 'é', 'e', 'E', '1st', '4294967295', '4294967294', 'a b', 'aB'];
for (let i = 0; i < 80; i++) {
  const input = {};
  const n = 1 + int(7);
  for (let j = 0; j < n; j++) input[pick(keyPool)] = j;
  const result = Object.keys(input).reduce((acc, k) => { acc[camelCase(k)] = input[k]; return acc; }, {});
  emit({ kind: 'camelCaseKeys', input, output: result });
}

// ---- the loaded value before the fixes -----------------------------------------------------------------------
const loadedValues = [undefined, null, 'abc', '', 'a😀', 5, 0, true, false, [], ['x', { a: 1 }], new Date(0),
  new Uint8Array([104, 105]), {}, { name: 'x', '1': 'one' }, { description: '', did: goodDid }];
const extras = [null, {}, { title: 'x' }, { 0: 'z' }, { 5: 'q', b: 1 }, { length: 1 }, { length: -1 }, { length: '3' },
  { description: 'd', version: '2.0.0' }, { 1: 7, 0: '300' }];
function rootRun(loaded, extra, alternate) {
  let result = alternate ? Object.assign({}, loaded) : loaded;
  try {
    if (extra) result = Object.assign(result, extra);
  } catch (e) {
    return { throws: Object.assign({ step: 'assign' }, thrown(e)) };
  }
  const didValid = result !== null && result !== undefined && isValidDid(result.did);
  for (const step of stepNames) {
    try { runStep(step, result); } catch (e) { return { throws: Object.assign({ step }, thrown(e)), didValid }; }
  }
  const camel = Object.keys(result).reduce((acc, k) => { acc[camelCase(k)] = result[k]; return acc; }, {});
  return { output: encode(camel), throws: null, didValid };
}
for (const loaded of loadedValues) {
  for (const extra of extras) {
    for (const alternate of [false, true]) {
      if (alternate && extra && Object.keys(extra).length > 1) continue;
      emit(Object.assign({ kind: 'root', input: encode(loaded), extra: extra === null ? null : encode(extra), alternate },
        rootRun(clone(loaded), clone(extra), alternate)));
    }
  }
}

out.print();
