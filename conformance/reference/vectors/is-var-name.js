'use strict';
// Expected results of is-var-name 2.0.0 (navigation ids in @blocklet/meta) for hand-written and seeded
// random inputs. Prints one JSON object per line: {"input": string, "expected": boolean}.
// Run: NODE_PATH=<install of @blocklet/meta 1.17.12>/node_modules node is-var-name.js \
//        > blocklet-meta/src/test/resources/org/blocklet4j/meta/internal/js/is-var-name.jsonl
const isVarName = require('is-var-name');
const { seeded, Output } = require('./lib');

const inputs = [];
const seen = new Set();
function add(s) {
  if (typeof s !== 'string' || seen.has(s)) return;
  seen.add(s);
  inputs.push(s);
}
function addAll(list) {
  list.forEach(add);
}

// ---------------------------------------------------------------------------------------------------------
// Identifiers and identifier characters

addAll(['a', 'A', 'abc', '$', '_', '$$', '__', 'a1', '_1', '$1', '1a', '1', 'a-b', 'a.b', 'a b', 'a\tb', 'ä', 'Ä',
  'é', 'ß', 'π', 'Ωmega', 'переменная', '变量', '変数', '변수', 'मान', 'متغير', 'ℵ', '℘', '℮', '゛', '゜',
  'a·', '·a', 'a፩', '፩', 'x\u0300', '\u0300x', 'a\u200c', 'a\u200d', '\u200c', '\u200d', 'a\u200cb', 'a\u00a0',
  'a\u2e2f', '\u2e2f', '𝐀', 'a𝐀', '𐐀', '𐐨', 'a\ud835', '\ud835', '\udc00', 'a\udc00', '😀', 'a😀', '\u{20000}',
  '\u{2a6df}', '\u{30000}', '\u{e0100}', 'a\u{e0100}', '\u{1d7ce}', 'a\u{1d7ce}', 'Ⅻ', 'ⅻ', '〇', '〡',
  'a\u{1e4d0}', '\u{1e4d0}', '\u{11f04}', '\u{16100}', '\u{1e5d0}', '\u{11380}', '\u{16d40}', 'ǅ', 'ʰ', 'ª', 'º',
  '\u00b5', '\u02c6', '\u0e40', 'a\u0e31', '\u0e31', 'a\u0660', '\u0660', 'a\u{104a0}', '\u{104a0}', '\u3005',
  '\u309d', '\uff21', '\uff10', 'a\uff10', '\uffa0', '\u{10ffff}', 'a\u{10ffff}', '\u{f0000}', '\ufeff', 'a\ufeffb',
  '\u180e', 'a\u180e', '\u200b', 'a\u200b', '\u00ad', 'a\u00ad', 'a\u2028b', 'a\u2029b', 'a\u0085b']);
{
  // Boundaries of the identifier character ranges, and a sample across all planes.
  const start = /^[$_\p{ID_Start}]$/u;
  const part = /^[$_\u200C\u200D\p{ID_Continue}]$/u;
  let prevS = false;
  let prevP = false;
  for (let cp = 0x80; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    const s = start.test(ch);
    const p = part.test(ch);
    if (s !== prevS) {
      add(String.fromCodePoint(cp - 1 >= 0xd800 && cp - 1 <= 0xdfff ? 0xd7ff : cp - 1));
      add(ch);
    }
    if (p !== prevP) {
      add('a' + String.fromCodePoint(cp - 1 >= 0xd800 && cp - 1 <= 0xdfff ? 0xd7ff : cp - 1));
      add('a' + ch);
    }
    prevS = s;
    prevP = p;
    if (cp % 4099 === 0) {
      add(ch);
      add('a' + ch);
    }
  }
}

// Unicode escapes in identifiers
addAll(['\\u0061', '\\u0061bc', 'a\\u0062c', '\\u{61}', '\\u{0000000061}', '\\u{61}\\u{62}', '\\u006', '\\u00611',
  '\\u{110000}', '\\u{}', '\\u{61', '\\u0030', 'a\\u0030', '\\u0024', '\\u005f', '\\u200c', 'a\\u200c', 'a\\u{200d}',
  '\\uD835\\uDC00', '\\u{1D400}', 'a\\u{1D7CE}', '\\u{1D7CE}', '\\x61', '\\', 'a\\', '\\a', '\\u', '\\u{',
  '\\u0020', 'a\\u002c', '\\u00e4', '\\u{E4}', '\\u2118', '\\u0076ar', 'v\\u0061r', '\\u0063lass', 'cl\\u0061ss',
  '\\u006cet', 'l\\u0065t', '\\u0079ield', 'yi\\u0065ld', '\\u0061wait', '\\u0061sync', 'st\\u0061tic',
  '\\u0065num', 'impl\\u0065ments', 'n\\u0075ll', 'tru\\u0065', '\\u0074his', '\\u0061rguments', '\\u0065val',
  'a=\\u0061', 'a=\\u{61}', '\\u0061=1', 'a,\\u0061', 'a,\\u0061=1', '#\\u0061', 'a.\\u0062', '\\u0061\\u0062']);

// Reserved words, strict words, contextual words
const keywords = ['break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do',
  'else', 'export', 'extends', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'return',
  'super', 'switch', 'this', 'throw', 'try', 'typeof', 'var', 'void', 'while', 'with', 'null', 'true', 'false',
  'enum'];
const strictWords = ['implements', 'interface', 'package', 'private', 'protected', 'public', 'let', 'static',
  'yield'];
const contextual = ['await', 'async', 'of', 'get', 'set', 'target', 'meta', 'from', 'as', 'arguments', 'eval',
  'undefined', 'NaN', 'Infinity', 'constructor', 'prototype', '__proto__', 'accessor', 'using', 'globalThis'];
for (const w of [...keywords, ...strictWords, ...contextual]) {
  addAll([w, w + '1', '_' + w, w.toUpperCase(), w + ',a', 'a,' + w, w + '=1', 'a=' + w, '[' + w + ']=[]',
    '{' + w + '}={}', '{a:' + w + '}={}', 'a=' + w + '=>1', 'a=(' + w + ')=>1', 'a=async ' + w + '=>1',
    'a=function(){ var ' + w + ' }', 'a=function(){ "use strict"; var ' + w + ' }', 'a=function(){ let ' + w + ' }',
    'a=class{ ' + w + '(){} }', 'a=class{ static ' + w + ' }', 'a={' + w + '}', 'a={' + w + ':1}', 'a=x.' + w,
    'a=function*(){ var ' + w + ' }', 'a=async function(){ var ' + w + ' }', 'a=' + w + ':1',
    'a=function(){ ' + w + ': 1 }', 'a=function ' + w + '(){}', 'a=class ' + w + '{}']);
}

// ---------------------------------------------------------------------------------------------------------
// Comments, commas, trims, line terminators, injection

addAll(['a/*x*/', '/*x*/a', 'a/**/', 'a/*', 'a*/', 'a/**/b', 'a/*\n*/', 'a/*\u2028*/b', 'a//x', 'a// x y z',
  'a//', 'a /* , */ , b', 'a/*/', 'a/***/', 'a<!--x', 'a <!-- x', '<!--a', 'a\n<!--x', 'a-->x', 'a\n-->x',
  'a\n-->', 'a\r-->x', 'a\u2028-->x', 'a/*\n*/-->x', 'a/**/-->x', 'a\n  -->x', 'a\n/**/-->x', 'a=1<!--2',
  'a=b-->c', 'a=b\n-->c', 'a=1/*', 'a/*x*//*y*/', '/**/', '//', '/*a*/ /*b*/', 'a//\u2028b', 'a//\u2029,b',
  'a//\r,b', 'a//\n,b']);
addAll(['a,b', 'a, b', 'a ,b', 'a,b,c', 'a,', ',a', 'a,,b', ',', 'a,b,', 'a,a', 'a,a,a', 'a,b=1', 'a=1,b',
  'a=1,b=2', 'a,a=1', 'a=1,a', 'a,[a]=[]', 'a,{a}={}', 'a,...b', '...a', '...a,b', 'a,...[b]', 'a=(1,2)', 'a=1,2',
  'a\n,b', 'a,\nb', 'a\u2028,b']);
for (const ws of [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029',
  '\u202f', '\u205f', '\u3000', '\ufeff', '\u180e', '\u200b', '\u0085', '\u001c', '\u001f']) {
  addAll([ws + 'a', 'a' + ws, 'a' + ws + 'b', 'a' + ws + '=1', 'a=' + ws + '1', 'a,' + ws + 'b', ws, '']);
}
addAll(['a) { }; (function(', 'a){}\n(function(b', 'a) { return 1 }; function f(b', '}) ; ({',
  'a){ }); alert(1); (function(){', 'a=1){', 'a)', '(a', 'a){', ')', '(', '{', '}', 'a}', '{a', 'a]', '[a',
  'a=function(){})(function(){', 'a=1\n){\n', 'a\n) {\nvar a\n}\n(function anonymous(a', 'a,b) => {',
  'a=`${', 'a=`', "a='", 'a="', 'a=/', 'a=/[/', 'a=/x', 'a=`${`', 'a=`}`', 'a=`${}`', "a='\\", 'a\\\n',
  'a)}', '})', 'a={}})', 'a=function(){return}}', 'a=(function(){', '*/', '*/a', 'a/*)*/', 'a//)', 'a/*{*/']);

// ---------------------------------------------------------------------------------------------------------
// Initialisers: one list of expressions, used in several positions

const expressions = [
  // literals
  '1', '0', '1.5', '.5', '5.', '5..toString()', '5 .toString()', '1e3', '1E+3', '1e-3', '1e', '1e+', '0x1F', '0X1f',
  '0o17', '0O17', '0b101', '0B1', '0b2', '0o8', '0xg', '010', '08', '09.5', '08.5', '07.5', '08e1', '00', '0_1',
  '1_000', '1__0', '1_', '1_.5', '1._5', '1.5_5', '0x_1', '0x1_f', '1e1_0', '1e_1', '0n', '1n', '00n', '08n', '1.5n',
  '1e3n', '.5n', '0x1Fn', '0o7n', '0b1_0n', '1_0n', '3in b', '3 in b', '1\\u0061', '1a', '0x', '0b', '0o', '1.a',
  "''", '""', "'a'", '"a"', "'\\''", "'\\x41'", "'\\x4'", "'\\u0041'", "'\\u{41}'", "'\\u{110000}'", "'\\u004'",
  "'\\0'", "'\\00'", "'\\01'", "'\\08'", "'\\8'", "'\\9'", "'\\377'", "'\\400'", "'\\a'", "'\\\n'", "'\\\r\n'",
  "'\u2028'", "'\u2029'", "'\n'", "'\r'", "'a", "'\\u{}'", '"\\c"', "'\\b\\f\\n\\r\\t\\v'", 'null', 'true', 'false',
  'this', 'undefined',
  // templates
  '``', '`a`', '`${1}`', '`a${b}c${d}e`', '`${`${a}`}`', '`\\u`', '`\\u{110000}`', '`\\x`', '`\\0`', '`\\08`', '`\\1`',
  '`\\8`', '`\\u0041`', '`\n`', '`\r\n`', '`${}`', '`${a`', '`${a}', '`$`', '`$ {a}`', '`\\${a}`', '`${{}}`',
  '`${a,b}`', '`${a=>b}`', 'x`\\u`', 'x`\\08`', 'x`a${b}c`', 'x`${a}\\u`', 'x.y`z`', 'x()`z`', 'new x`a`',
  '`a`.length', '`a``b`', 'x?.y`z`', 'x?.`z`', 'x`${y}`\n`z`',
  // regular expressions
  '/a/', '/a/g', '/a/gimsuyd', '/a/v', '/a/uv', '/a/gg', '/a/x', '/a/\\u0067', '/[/]/', '/\\//', '/[]/', '/[^]/',
  '/(/', '/)/', '/a{2,1}/', '/a{1,2}/', '/{/', '/}/', '/]/', '/{/u', '/\\p{L}/u', '/\\p{L}/', '/\\p{Foo}/u',
  '/\\p{Script=Latin}/u', '/(?<n>a)\\k<n>/', '/(?<n>a)(?<n>b)/', '/\\k<n>/', '/\\k<n>/u', '/a/=1', '/=/', '/=a/g',
  '/a\\', '/*a*/1',
  // identifiers and operators
  'b', 'a', 'b.c', 'b[c]', 'b?.c', 'b?.[c]', 'b?.(c)', 'b()', 'b(c,d)', 'b(...c)', 'b(c,)', 'b(,)', 'b(...c,)',
  'new b', 'new b()', 'new b.c()', 'new (b)()', 'new new b()()', 'new b?.c', 'new.target', 'new.tar\\u0067et',
  'new.x', 'super', 'super.x', 'super()', 'import(b)', 'import(b,c)', 'import(b,)', 'import(b,c,)', 'import()',
  'import(...b)', 'import.meta', 'import', 'new import(b)', 'b+c', 'b-c', 'b*c', 'b/c', 'b%c', 'b**c', '-b**c',
  '(-b)**c', 'b**-c', 'typeof b**c', 'await b', 'b<<c', 'b>>c', 'b>>>c', 'b<c', 'b>c', 'b<=c', 'b>=c', 'b==c',
  'b!=c', 'b===c', 'b!==c', 'b&c', 'b|c', 'b^c', 'b&&c', 'b||c', 'b??c', 'b||c??d', 'b??c&&d', '(b||c)??d',
  'b??(c&&d)', 'b in c', 'b instanceof c', '!b', '~b', '+b', '-b', 'typeof b', 'void b', 'delete b', 'delete b.c',
  '++b', '--b', 'b++', 'b--', '++b++', 'b++ ++', '++(b)', '(b)++', '++b.c', 'b()++', '++b()', 'b?.c++', '1++',
  'b?c:d', 'b?c:d?e:f', 'b?(c,d):e', 'b ? c', 'b=c', 'b+=c', 'b-=c', 'b*=c', 'b/=c', 'b%=c', 'b**=c', 'b<<=c',
  'b>>=c', 'b>>>=c', 'b&=c', 'b|=c', 'b^=c', 'b&&=c', 'b||=c', 'b??=c', 'b()=c', 'b()+=c', 'b()&&=c', '(b)=c',
  '(b.c)=c', '((b))=c', 'b=c=d', '[b]=c', '{b}=c', '({b}=c)', '([b]=c)', '({b})=c', '([b])=c', '[b]+=c',
  '[b.c]=d', '[b()]=d', '[(b)]=d', '[...b]=c', '[...b,]=c', '[b,...c]=d', '{...b}=c', '({...b}=c)',
  '({...b.c}=d)', '({...{b}}=c)', '({b=1}=c)', '({b=1})', '({b:c=1}=d)', '({b:c.d}=e)', '({"b":c}=d)',
  '({[b]:c}=d)', '({b(){}}=c)', '({__proto__:b,__proto__:c}=d)', '[{__proto__:b,__proto__:c}]=d',
  '({__proto__:b,__proto__:c})', '({__proto__:b,"__proto__":c})', '({__proto__:b,__proto__})',
  '({__proto__:b,["__proto__"]:c})', '({__proto__:b,__proto__(){}})', "({'__proto__':b,'\\x5f_proto__':c})",
  // arrays and objects
  '[]', '[b]', '[b,]', '[,]', '[,,]', '[b,,c]', '[...b]', '[...b,]', '[...b,c]', '[b=c]', '{}', '({})', '({b})',
  '({b,})', '({b:c})', '({"b":c})', '({1:c})', '({1n:c})', '({.5:c})', '({0x10:c})', '({[b]:c})', '({[b]})',
  '({"b"})', '({b(){}})', '({get b(){}})', '({set b(c){}})', '({get b(c){}})', '({set b(){}})', '({set b(...c){}})',
  '({set b(c=1){}})', '({async b(){}})', '({*b(){}})', '({async *b(){}})', '({async\nb(){}})', '({get\nb(){}})',
  '({async get b(){}})', '({get *b(){}})', '({...b})', '({...b,})', '({b,...c})', '({if:1})', '({if})',
  '({class:1})', '({get:1})', '({set:1})', '({async:1})', '({get})', '({async})', '({await})', '({yield})',
  '({let})', '({static})', '({eval})', '({arguments})', '({b(c,c){}})', '({b(){ super.x }})',
  '({b: function(){ super.x }})', '({b(){ super() }})', '({#b:1})', '({b:1,b:2})', '({\\u0069f:1})',
  '({g\\u0065t b(){}})', '({\\u0061sync b(){}})', '({async\\u0020b(){}})',
  // functions and arrows
  'function(){}', 'function b(){}', 'function*(){}', 'function*b(){}', 'async function(){}', 'async function*(){}',
  'async\nfunction(){}', 'function(b,b){}', 'function(b,b=1){}', 'function(...b){}', 'function(...b,c){}',
  'function(...b=1){}', 'function(b,){}', 'function(,){}', 'function([b]){}', 'function({b}){}',
  'function(b=c){}', 'function(b){"use strict"}', 'function(b=1){"use strict"}', 'function(eval){"use strict"}',
  'function eval(){"use strict"}', 'function yield(){"use strict"}', 'function(b,b){"use strict"}',
  'function(){"use strict"; 010}', 'function(){"\\01"; "use strict"}', 'function(){"use strict" + 1; 010}',
  'function(){"use\\x20strict"; 010}', "function(){'use strict'; with(b){}}", 'function(){ with(b){} }',
  '()=>1', '()=>{}', 'b=>b', '(b)=>b', '(b,c)=>b', '(b,)=>b', '(,b)=>b', '(...b)=>b', '(...b,)=>b', '(...b,c)=>b',
  '(...b=1)=>b', '(...[b])=>b', '(b=1)=>b', '([b])=>b', '({b})=>b', '({b:c})=>b', '({b:c.d})=>b', '((b))=>b',
  '(b.c)=>b', '(b,b)=>b', '([b,b])=>b', '(b=c=d)=>b', '(b+c)=>b', '(b)\n=>b', 'b\n=>b', '()\n=>1', '(b)=>{}\n(c)',
  'b=>{}.x', '(b=>{}).x', 'b=>{}\n.x', 'b=>b,c', 'b=>(c)=>d', '()=>()=>()=>1', 'async b=>b', 'async (b)=>b',
  'async(b,)=>b', 'async()=>{}', 'async\nb=>b', 'async (b)\n=>b', 'async(await)=>1', 'async(b=await)=>1',
  'async b=>await b', 'async()=>await', '(await)=>1', 'await=>1', 'async await=>1', 'async(...b)=>1',
  'async(...b,c)=>1', 'async(...b=1)=>1', 'async(b.c)=>1', 'async({b=1})=>1', 'async({b=1})', 'async(b)',
  'async', 'async.x', 'async\n(b)', '(eval)=>{"use strict"}', '(b=1)=>{"use strict"}', 'eval=>1', 'arguments=>1',
  '(yield)=>1', 'yield=>1', '(let)=>1', '(b)=>{ let b }', '(b)=>{ var b }', '(b=1)=>{ let b }',
  '(b=1)=>{ var b }', 'b=>{}?1:2', '()', '(b,)', '(...b)', '( )=>1',
  // classes
  'class{}', 'class b{}', 'class extends b{}', 'class extends (b,c){}', 'class extends b+c{}', 'class{;}',
  'class{b(){}}', 'class{b}', 'class{b=1}', 'class{b;c}', 'class{b\nc}', 'class{b c}', 'class{b=1 c}',
  'class{static b}', 'class{static(){}}', 'class{static=1}', 'class{static}', 'class{static\nb(){}}', 'class{get}',
  'class{get\nb(){}}', 'class{set b(c){}}', 'class{async\nb(){}}', 'class{async b(){}}', 'class{*b(){}}',
  'class{constructor(){}}', 'class{constructor(){}constructor(){}}', 'class{get constructor(){}}',
  'class{*constructor(){}}', 'class{async constructor(){}}', 'class{static constructor(){}}',
  'class{"constructor"(){}}', 'class{constructor}', 'class{"constructor"}', 'class{["constructor"]}',
  'class{static prototype(){}}', 'class{static prototype}', 'class{prototype}', 'class{static "prototype"(){}}',
  'class{#b}', 'class{#b;#b}', 'class{#b(){}}', 'class{get #b(){} set #b(c){}}', 'class{static get #b(){} set #b(c){}}',
  'class{#constructor}', 'class{#constructor(){}}', 'class{#b; m(){ this.#b }}', 'class{m(){ this.#b }}',
  'class{#b; m(){ #b in this }}', 'class{#b; m(){ delete this.#b }}', 'class{#b; m(){ delete this?.#b }}',
  'class{#b; m(){ this?.#b }}', 'class{#b; m(){ super.#b }}', 'class extends (this.#b){ #b }',
  'class{#b; m(){ class { n(){ this.#b } } }}', 'class b extends (class c{ x(){ this.#y } }){ #y }',
  'class{static{}}', 'class{static{ var b; let c }}', 'class{static{ let b; var b }}', 'class{static{ await }}',
  'class{static{ ()=>await }}', 'class{static{ return }}', 'class{static{ arguments }}', 'class{static{ super.b }}',
  'class{static{ this }}', 'class{b=arguments}', 'class{b=()=>arguments}', 'class{b=function(){arguments}}',
  'class{[arguments]=1}', 'class{b=super.c}', 'class{b=super()}', 'class extends c{constructor(){super()}}',
  'class extends c{b(){super()}}', 'class{constructor(){super()}}', 'class extends c{constructor(){()=>super()}}',
  'class{b(c,c){}}', 'class{b(){ with(c){} }}', 'class{b(){ var let }}', 'class{b(){ 010 }}', 'class{010(){}}',
  'class{b(){ "\\01" }}', 'class extends 010{}', 'class let{}', 'class yield{}', 'class await{}', 'class eval{}',
  'class{accessor b}', 'class{@b c}', 'class{b=1;;}', 'class{b:1}', 'class{b,c}', 'class{...b}', 'class{"b"}',
  'class{1}', 'class{[b]}', 'class{[b](){}}', 'class{static [b]=1}', 'class{static async *b(){}}',
  // parenthesised, sequences, misc
  '(b)', '((b))', '(b,c)', '(b,c,)', '(b\n)', '(\nb)', 'b,c', '(function(){})()', '(class{})', '#b in c', '#b',
  'b.#c', 'b?.#c', 'b\n?.c', 'b?.5:1', 'b ?.5:1', 'b?.\nc', 'yield', 'yield b', 'await', 'let', 'let[0]', 'let.b',
  'arguments', 'eval', 'eval(b)', 'new.target.x', 'this.b', 'b\\u0020c'];

for (const e of expressions) {
  addAll(['a=' + e, 'a=(' + e + ')', '[a=' + e + ']=[]', 'a=[' + e + ']', 'a={b:' + e + '}', 'a=f(' + e + ')',
    'a=' + e + ',b']);
}
addAll(expressions);

// Destructuring patterns at the top level
addAll(['{a}', '{a}={}', '[a]', '[a]=[]', '{a:b}={}', '{a=1}={}', '{a:b=1}={}', '[a,,b]=[]', '[a=1]=[]',
  '[...a]=[]', '[...a,b]=[]', '[...a=1]=[]', '{...a}={}', '{...a,b}={}', '{...[a]}={}', '{a:[b]}={}',
  '[{a}]=[]', '[[a]]=[]', '{a:{b}}={}', '{"a":b}={}', '{[a]:b}={}', '{1:a}={}', '{a(){}}={}', '{a:b.c}={}',
  '[a.b]=[]', '[(a)]=[]', '({a})={}', '[a,a]=[]', '{a,a}={}', '{a:b,c:b}={}', '[a]=[],a', 'a,[a]=[]', '[a]=[],[b]=[]',
  '{a}={},b', '[]=[]', '{}={}', '[,]=[]', '[,a]=[]', '{a,}={}', '{,a}={}', '[a]=1', '{a}=1', '{a}=a', '[a]=a',
  '{eval}={}', '{arguments}={}', '[eval]=[]', '{let}={}', '[let]=[]', '{yield}={}', '{await}={}', '{a=yield}={}',
  '[a=await]=[]', '{a}={a}', '[a=a]=[]', '{a=b}={b}', '[a,b=a]=[]']);

// ---------------------------------------------------------------------------------------------------------
// Division and regular expression ambiguity, ASI, line terminators

addAll(['a=b/c/d', 'a=b\n/c/g', 'a=/x/g/2', 'a=(1)/2/3', 'a=x++/2/1', 'a={}/1', 'a=[]/1/1', 'a=function(){}/1',
  'a=class{}/1', 'a=b/=c', 'a=/=/', 'a=b\n/=c/', 'a=this/1', 'a=null/1', 'a=`x`/1', 'a=1/1/1', 'a=b/*c*/1',
  'a=b//c', 'a=b\n//c\n/1', 'a=typeof /x/', 'a=void /x/', 'a=!/x/', 'a=[/x/]', 'a={b:/x/}', 'a=b?/x/:/y/',
  'a=x=>/y/', 'a=(/x/)', 'a=b in/x/', 'a=b instanceof/x/', 'a=yield/x/', 'a=await/x/', 'a=let/x/', 'a=async/x/',
  'a=function*(){ yield/x/ }', 'a=function*(){ yield\n/x/ }', 'a=async function(){ await/x/ }', 'a=b\n/x/',
  'a=function(){ return/x/ }', 'a=function(){ return\n/x/ }', 'a=function(){ }\n/x/', 'a=function(){ if(b)/x/ }',
  'a=function(){ b\n/x/g }', 'a=function(){ {}/x/ }', 'a=function(){ ({})/x/ }', 'a=function(){ x: /y/ }']);
addAll(['a\nb', 'a\n=1', 'a=\n1', 'a=1\nb', 'a=b\n(c)', 'a=b\n[c]', 'a=b\n`c`', 'a=b\n++c', 'a=b\n--c', 'a=b++\nc',
  'a=b\n?c:d', 'a=b\n.c', 'a=b\n?.c', 'a=b\n+c', 'a\r\nb', 'a\u2028b', 'a\u2029b', 'a=1\u2028,b', 'a=1\u2029,b=2',
  'a=b\u2028(c)', 'a=function(){ b\nc }', 'a=function(){ b c }', 'a=function(){ b\u2028c }',
  'a=function(){ return\n1 }', 'a=function(){ throw\n1 }', 'a=function(){ x\n++y }', 'a=function(){ x\n++\ny }',
  'a=function(){ x++\ny }', 'a=function(){ do;while(0)x }', 'a=function(){ do x\nwhile(0) }',
  'a=function(){ let\nx }', 'a=function(){ let\n[x]=[] }', 'a=function(){ var x\n=1 }',
  'a=function(){ if(x)\nlet\ny }', 'a=function(){ if(x) let y }', 'a=function(){ a\n(b) }',
  'a=function(){ continue\nx }', 'a=function(){ for(;;){ continue\nx } }', 'a=function(){ L: for(;;){ break\nL } }',
  'a=function(){ async\nfunction f(){} }', 'a=function(){ async function\nf(){} }', 'a=function(){ x\n=>1 }',
  'a=function*(){ yield\n1 }', 'a=function*(){ yield\n* b }', 'a=function*(){ yield*\nb }']);

// ---------------------------------------------------------------------------------------------------------
// Statements inside function bodies

const statements = [
  '', ';', ';;', '{}', '{;}', 'var x', 'var x=1,y', 'var [x]=[]', 'var {x}={}', 'var [x]', 'var {x}', 'var x,',
  'let x', 'let x,y', 'let [x]=[]', 'let x;let x', 'let x;var x', 'var x;let x', 'const x=1', 'const x',
  'const [x]=[]', 'let let', 'const let=1', 'let x=1;{let x}', 'let x;{var x}', '{var x}let x', '{let x;{var x}}',
  'let [x,x]=[]', 'var x;var x', 'function f(){}function f(){}', 'function f(){}var f', 'function f(){}let f',
  'let f;function f(){}', '{function f(){}function f(){}}', '{function f(){}var f}', '{function*f(){}function*f(){}}',
  '{async function f(){}async function f(){}}', '{function f(){}let f}', 'class C{}class C{}', 'class C{}var C',
  'if(x);', 'if(x);else;', 'if(x)function f(){}', 'if(x);else function f(){}', 'if(x)function*f(){}',
  'if(x)async function f(){}', 'if(x)class C{}', 'if(x)let y', 'if(x)let\ny', 'if(x)const y=1', 'if(x)var y',
  'if(x)L:function f(){}', 'L:function f(){}', 'L:M:function f(){}', 'L:function*f(){}', 'L:async function f(){}',
  'L:class C{}', 'L:let x', 'L:let\nx', 'L:var x', 'L:L:;', 'L:{L:;}', 'L:;L:;', 'L:{break L}', 'L:{continue L}',
  'L:while(1){continue L}', 'L:M:while(1){continue L}', 'L:{M:while(1){continue L}}', 'L:if(x)break L',
  'L:if(x)while(1)continue L', 'break', 'continue', 'break L', 'continue L', 'while(1)break', 'while(1)continue',
  'while(1){break}', 'do break;while(0)', 'for(;;)break', 'switch(x){case 1:break}', 'switch(x){case 1:continue}',
  'switch(x){default:default:}', 'switch(x){case 1:let y;case 2:let y}', 'switch(x){case 1:let y;default:var y}',
  'switch(x){}', 'switch(x){case 1:}', 'switch(x){case 1:case 2:default:}', 'switch(x)', 'with(x);',
  'with(x)function f(){}', 'while(x)function f(){}', 'do function f(){}while(0)', 'for(;;)function f(){}',
  'for(;;);', 'for(x;y;z);', 'for(var x;;);', 'for(let x;;);', 'for(const x;;);', 'for(const x=1;;);',
  'for(let [x];;);', 'for(let [x]=[];;);', 'for(x in y);', 'for(x of y);', 'for(var x in y);', 'for(var x of y);',
  'for(let x in y);', 'for(let x of y);', 'for(const x in y);', 'for(const x of y);', 'for(var x=1 in y);',
  'for(var x=1 of y);', 'for(let x=1 in y);', 'for(var [x]=1 in y);', 'for(var x,y in z);', 'for(let x,y of z);',
  'for(x=1 in y);', 'for(x=1;;);', 'for(x in y in z);', 'for(x in y,z);', 'for(x of y,z);', 'for((x) of y);',
  'for([x] of y);', 'for({x=1} of y);', 'for(({x}) of y);', 'for([x]=1 of y);', 'for(x.y of z);', 'for(x() of y);',
  'for(x() in y);', 'for(x`` of y);', 'for(let.x of y);', 'for(let.x in y);', 'for(let in y);', 'for(let of y);',
  'for(let;;);', 'for(async of y);', 'for(async.x of y);', 'for((async) of y);', 'for(async of=>1;;);',
  'for(let x of y){var x}', 'for(let x;;){var x}', 'for(let x in y){let x}', 'for(let x of y)let y',
  'for(x=>x in y;;);', 'for(var x=(y in z);;);', 'for(var x=y in z;;);', 'for(let [x,x] of y);',
  'for await(x of y);', 'for(x of async);', 'try{}', 'try{}catch{}', 'try{}catch(e){}', 'try{}finally{}',
  'try{}catch(e){}finally{}', 'try{}catch([e]){}', 'try{}catch({e}){}', 'try{}catch(e=1){}', 'try{}catch(e,f){}',
  'try{}catch(e){var e}', 'try{}catch(e){let e}', 'try{}catch([e]){var e}', 'try{}catch([e]){let e}',
  'try{}catch(e){for(var e of x);}', 'try{}catch(e){for(var e in x);}', 'try{}catch(e){function e(){}}',
  'try{}catch(e){{let e}}', 'try{}catch([e,e]){}', 'try{}catch(eval){}', 'try;catch(e){}', 'throw x', 'throw',
  'throw\nx', 'return', 'return x', 'return\nx', 'debugger', 'debugger x', 'x', 'x;y', 'x y', '"a";"b"', '"use strict"',
  '"use strict";x', 'x:1', 'yield:1', 'await:1', 'async:1', 'let:1', 'eval:1', 'x:y:z', 'x\n:1', '(x):1',
  'function f(){}', 'function*g(){}', 'async function h(){}', 'async function*i(){}', 'function(){}', 'class{}',
  'class C extends D{}', 'new.target', 'arguments', 'arguments=1', 'eval=1', 'eval++', 'delete x', 'delete (x)',
  'this=1', 'x=>1', '(x,y)=>1', 'import(x)', 'import.meta', 'super.x', 'super()', 'f(x)=1', 'f(x)++', '++f(x)',
  'x++=1', 'function eval(){}', 'function arguments(){}', 'function f(eval){}', 'function f(a,a){}',
  'function f(a,[a]){}', 'function yield(){}', 'function* yield(){}', 'async function await(){}',
  'function f(){ "use strict"; function g(a,a){} }', '{"use strict"; with(x);}', 'x\n"use strict"',
  'enum', 'var enum', 'x.enum', 'x={enum:1}', 'let await', 'let yield', 'let async', 'let static', 'let of',
  'let get', 'let implements', 'let\nawait', 'var await', 'var yield', '`${x}`', 'x`y`', '/x/', '/x/.test(y)',
  '{}/x/', '({})/x/', 'x\n/y/', 'x\n/y', '+{}', 'l\\u0065t x', '\\u0069f(x);', 'i\\u0066', 'v\\u0061r x',
  'x=\\u0074rue'];
const containers = [
  (s) => 'a=function(){' + s + '}', (s) => 'a=()=>{' + s + '}', (s) => 'a=function*(){' + s + '}',
  (s) => 'a=async function(){' + s + '}', (s) => 'a=async()=>{' + s + '}', (s) => 'a=class{m(){' + s + '}}',
  (s) => 'a=class{static{' + s + '}}', (s) => 'a=function(){"use strict";' + s + '}',
  (s) => 'a=function(){{' + s + '}}', (s) => 'a=function(b){' + s + '}', (s) => 'a=(b=1)=>{' + s + '}',
  (s) => 'a={m(){' + s + '}}', (s) => 'a=class extends B{constructor(){' + s + '}}'];
for (const s of statements) {
  for (const c of containers) add(c(s));
}
const inStatementExpressions = ['yield', 'yield x', 'yield* x', 'yield\nx', 'await x', 'await', 'x=await y',
  '(x=yield)=>1', '(x=await y)=>1', 'async(x=await y)=>1', 'super.x', 'super[x]', 'super()', 'super.#x',
  'super?.x', 'new super()', 'new super.x()', 'arguments', '()=>arguments', 'function(){arguments}', 'new.target',
  '()=>new.target', 'this', 'delete this.x', 'x=>yield', 'x=>await', 'async x=>await x', '#x in y'];
for (const e of inStatementExpressions) {
  for (const c of containers) add(c(e));
}

// ---------------------------------------------------------------------------------------------------------
// Nesting below the port's bound of 200 levels (a level per nested expression, and one more per arrow
// function or template substitution), and above it (still below V8's limits, which the test lists as known
// differences)

for (const n of [10, 95, 190, 500]) {
  add('a=' + '('.repeat(n) + 'b' + ')'.repeat(n));
  add('a=' + '['.repeat(n) + ']'.repeat(n));
  add('a=' + '{b:'.repeat(n) + '1' + '}'.repeat(n));
  add('['.repeat(n) + 'a' + ']'.repeat(n) + '=[]');
  add('a=' + '!'.repeat(n) + 'b');
  add('a=' + 'b='.repeat(n) + '1');
  add('a=' + 'b?c:'.repeat(n) + '1');
  add('a=' + 'b**'.repeat(n) + '1');
  add('a=' + 'f('.repeat(n) + ')'.repeat(n));
  add('a=()=>{' + '{'.repeat(n) + '}'.repeat(n) + '}');
  add('a=/' + '('.repeat(n) + ')'.repeat(n) + '/');
  add('a=' + '('.repeat(n) + 'b' + ')'.repeat(n - 1));
  add('a=' + '()=>'.repeat(n / 2) + '1');
  add('a=' + '`${'.repeat(n / 2) + '1' + '}`'.repeat(n / 2));
}
add('a'.repeat(5000));
add('a' + ',a'.repeat(3000));
add('a' + ',b'.repeat(3000) + '=1');
add('a=' + '1+'.repeat(5000) + '1');
add('a=' + 'b.'.repeat(5000) + 'c');
add('a=`' + 'x'.repeat(5000) + '`');
add('a=/' + 'x'.repeat(5000) + '/');

// ---------------------------------------------------------------------------------------------------------
// Probes of V8 behaviour found while porting: cover grammar, early errors, scopes, strict mode and octal
// literals (checked per function, with V8's lazy-compilation quirks), classes and private names

addAll([
  "a=f()=1", "a=f()++", "a=()=>{for(f() in x);}", "a=()=>{for(f() of x);}", "a=(b)=1", "a=({b})=1", "[(b)]=[]",
  "[({b})]=[]", "a=[(b)]=[]", "a=[({b})]=[]", "a=({b=1})", "a=({b=1}=c)", "a=[{b=1}]=c", "a=f({b=1})",
  "a=async({b=1})", "a=async({b=1})=>1", "a=async(await)=>1", "a=(await)=>1", "a=async(x=await)",
  "a=()=>{if(x) function f(){}}", "a=()=>{if(x) let y}", "a=()=>{if(x) let\ny}", "a=()=>{if(x) let [y]=z}",
  "a=()=>{while(x) function f(){}}", "a=()=>{L: function f(){}}", "a=()=>{for(var b=1 in c);}",
  "a=()=>{for(let b=1 in c);}", "a=()=>{for(let in c);}", "a=()=>{for(let of c);}", "a=()=>{for(async of c);}",
  "a=async()=>{for await(x of c);}", "a=()=>{try{}catch(e){var e}}", "a=()=>{try{}catch(e){let e}}",
  "a=()=>{try{}catch([e]){var e}}", "a=()=>{try{}catch(e){for(var e of x);}}",
  "a=()=>{try{}catch(e){for(var e in x);}}", "a=()=>{let x; {var x}}", "a=function(x){let x}",
  "a=function(x){var x}", "a=function(x){function x(){}}", "a=function(){function x(){} let x}",
  "a=function(){function x(){} var x}", "a=function(){ {function x(){} var x} }",
  "a=function(){ {async function x(){} async function x(){}} }",
  "a=function(){ switch(1){case 1: let x; case 2: let x} }", "a=function(){ switch(1){default: default:} }",
  "a=function(){ L: L: ; }", "a=function(){ L: { L: ; } }", "a=function(){ L: ; L: ; }", "a=function(){ break L }",
  "a=function(){ L: { break L } }", "a=function(){ L: { continue L } }",
  "a=function(){ L: while(1) { continue L } }", "a=function(){ L: M: while(1) { continue L } }",
  "a=function(){ L: { M: while(1) { continue L } } }", "a=function(){ break }",
  "a=function(){ switch(1){ default: break } }", "a=function(){ switch(1){ default: continue } }",
  "a=function(){ x: function f(){} }", "a=function(){ 'use strict'; x: function f(){} }",
  "a=function(){ do x; while(y) z }", "a=function(){ do x\nwhile(y) z }", "a=function(){ throw\nx }",
  "a=function(){ return\nx }", "a=function(){ with(x){} }", "a=function(){ 'use strict'; with(x){} }",
  "a=function(){ 'use strict'; 010 }", "a=function(){ '\\01'; 'use strict' }", "a=function(){ 'use strict'; '\\8' }",
  "a=function(){ '\\8' }", "a=function(eval){ 'use strict' }", "a=function eval(){ 'use strict' }",
  "a=function(b=1){ 'use strict' }", "a=(b=1)=>{ 'use strict' }", "a=function(b,b){ 'use strict' }",
  "a=function(b,b){}", "a=(b,b)=>1", "a=function*(){ yield\n1 }", "a=function*(x=yield){}",
  "a=function*(){ function yield(){} }", "a=function*yield(){}", "a=async function await(){}",
  "a=async function(){ var await }", "a=function(){ var await }", "a=class { static { var await } }",
  "a=class { static { () => await } }", "a=class { static { function f(){ await } } }",
  "a=class { static { arguments } }", "a=class { x = () => arguments }", "a=class { x = function(){ arguments } }",
  "a=class { constructor(){} constructor(){} }", "a=class { get constructor(){} }",
  "a=class { static constructor(){} }", "a=class { static prototype(){} }", "a=class { static prototype }",
  "a=class { prototype }", "a=class { constructor }", "a=class { 'constructor' }", "a=class { #constructor }",
  "a=class { #x; #x }", "a=class { get #x(){} set #x(v){} }", "a=class { static get #x(){} set #x(v){} }",
  "a=class { m(){ super.x } }", "a=class { m(){ super() } }", "a=class extends B { constructor(){ super() } }",
  "a=class extends B { m(){ super() } }", "a=class extends B { x = super() }",
  "a=class extends B { constructor(){ () => super() } }", "a=class { #x; m(){ #x in this } }",
  "a=class { #x; m(){ delete this.#x } }", "a=class { #x; m(){ this?.#x } }",
  "a=class { m(){ class { n(){ this.#x } } } #x }", "a={ m(){ super.x } }", "a={ m: function(){ super.x } }",
  "a={ get x(a){} }", "a={ set x(){} }", "a={ set x(...a){} }", "a={ set x(a=1){} }", "a={ async *m(){} }",
  "a={ async\nm(){} }", "a={ get\nm(){} }", "a=class { get\nm(){} }", "a=class { x\ny }", "a=class { x\n(){} }",
  "a=class { static\nm(){} }", "a=class { async\nm(){} }", "a=class { x y }", "a=class { x=1 y }",
  "a=class { accessor x }", "a=x?.y=1", "a=x?.[y]", "a=x?.(y)", "a=new x?.y", "a=x?.y.z", "a=x ?.5:1",
  "a=async x=>1", "a=async\nx=>1", "a=x\n=>1", "a=(x)\n=>1", "a=async (x)\n=>1", "a=b=>{}.x", "a=b=>{}\n.x",
  "a=()=>{}?1:2", "a=x => x, b", "a=new.target", "a=()=>new.target", "a=new.tar\\u0067et", "a=import.meta",
  "a=import(x)", "a=import(x,y)", "a=new import(x)", "a=\\u0061sync function(){}", "a=x=>{}\n(y)", "a=yield",
  "a=await", "a=await x", "a=let", "a=let[0]", "a=function(){ let\n[a] = b }", "a=function(){ let\nx = 1 }",
  "a=function(){ let\nlet = 1 }", "a=function(){ var let }", "a=function(){ let let }", "a=function(){ const a }",
  "a=function(){ for (const a in b); }", "a=function(){ for (const a;;); }", "a=function(){ for (let [a];;); }",
  "a=function(){ for (var [a] in b); }", "a=function(){ for (var [a] = 1 in b); }",
  "a=function(){ for (x = 1 in b); }", "a=function(){ for (x = 1;;); }", "a=function(){ for (x in b in c); }",
  "a=function(){ for (x of b, c); }", "a=function(){ for (var x of b, c); }", "a=function(){ for (x in b, c); }",
  "a=function(){ for ((x) of b); }", "a=function(){ for ([x] of b); }", "a=function(){ for ({x=1} of b); }",
  "a=function(){ for (let.x of b); }", "a=function(){ for (let.x in b); }", "a=function(){ for (let().x in b); }",
  "a=function(){ for (async.x of b); }", "a=function(){ for (x.y of b); }",
  "a=function(){ label: for(;;) break label; }", "a=function(){ if (x) ; else function f(){} }",
  "a=function(){ if (x) async function f(){} }", "a=function(){ if (x) function* f(){} }",
  "a=function(){ if (x) class A{} }", "a=function(){ if (x) const y = 1 }",
  "a=function(){ 'use strict'; if (x) function f(){} }", "a=function(){ 'use strict'; var implements }",
  "a=function(){ 'use strict'; var yield }", "a=function(){ 'use strict'; eval = 1 }",
  "a=function(){ 'use strict'; [eval] = 1 }", "a=function(){ 'use strict'; eval++ }",
  "a=function(){ 'use strict'; delete x }", "a=function(){ 'use strict'; delete (x) }",
  "a=function(){ 'use strict'; delete ((x)) }", "a=function(){ 'use strict'; (eval) = 1 }",
  "a=function(){ 'use strict'; ({eval} = 1) }", "a=function(){ 'use strict'; ({a: eval} = 1) }",
  "a=function(){ arguments = 1 }", "a=function(){ 'use strict'; arguments => 1 }",
  "a=function(){ 'use strict'; ({arguments}) => 1 }", "a=eval=>1", "a=x\n++y", "a=x\n++\ny", "a=x++\n", "a=x\n++",
  "a=++x++", "a=++(x)", "a=++(x.y)", "a=++(x())", "a=(x,y)=1", "a=(x=1)=2", "a=typeof x**2", "a=(-x)**2", "a=2**-x",
  "a=x??y??z", "a=x||y??z", "a=(x||y)??z", "a=x&&y??z", "a=x??(y&&z)", "a=delete x.#y", "a=x in y", "a=#x in y",
  "a=(x)=>{}", "a=(x,)=>{}", "a=(...x)=>{}", "a=(...x,)=>{}", "a=(...x, y)=>{}", "a=(...[x])=>{}", "a=(...x=1)=>{}",
  "a=(x,)", "a=()", "a=(...x)", "a=([x]=1,{y}={})=>1", "a=({x:y.z})=>1", "a=({x:y.z}=1)", "a=([x.y]=1)",
  "a=([...x.y]=1)", "a=([...x,]=1)", "a=([...x=1]=1)", "a=({...x.y}=1)", "a=({...{x}}=1)", "a=({...[x]}=1)",
  "a=({...x,}=1)", "a=({...x, y}=1)", "a=[...x,]", "a=({...x,})", "a=[,,]", "a=[x,,y]=1", "a=({a,b,})",
  "a=({if: 1})", "a=({if})", "a=({await})", "a=({yield})", "a=({let})", "a=({eval}=1)", "a=({get})", "a=({get(){}})",
  "a=({async(){}})", "a=({async})", "a=({async: 1})", "a=({async get x(){}})", "a=({get *x(){}})", "a=({1n: 1})",
  "a=({0x10: 1})", "a=({.5: 1})", "a=({[x]: 1})", "a=({[x]})", "a=({'a'})", "a=({__proto__: 1, __proto__})",
  "a=({__proto__: 1, ['__proto__']: 2})", "a=({__proto__: 1, '__proto__': 2})", "a=({__proto__: 1, __proto__(){}})",
  "a=x=>{}++", "a=({ i\\u0066: 1 })", "a=x.\\u0069f", "a=class { \\u0069f(){} }", "a={g\\u0065t x(){}}",
  "a=class{st\\u0061tic m(){}}", "a={\\u0061sync m(){}}", "\\u0065num", "enum", "implements",
  "a=function(){'use strict'; 010}+010", "a=function(){'use strict'; 010}+1",
  "a=[function(){'use strict'; 010}, 010]", "a=[function(){'use strict'; 010}, 1]", "a=()=>{'use strict'; 010}",
  "a=function(){'use strict'; '\\01'}", "a=function(){'\\01'; 'use strict'}", "a=function(){'\\08'}",
  "a=function(){'use strict'; '\\08'}", "a=function(){'use strict'; '\\0'}", "a=08.5", "a=08e1", "a=07.5", "a=0_1",
  "a=08_1", "a=1__0", "a=1_", "a=1_.5", "a=1._5", "a=0x_1", "a=0x1_f", "a=1e_1", "a=1e1_0", "a=0n", "a=00n", "a=08n",
  "a=1.5n", "a=1e3n", "a=.5n", "a=0b2", "a=0b1_0n", "a=0o7n", "a=5..toString", "a=5.e3", "a=.e3", "a=1\\u0061",
  "a=0x", "a=3in b", "a=3 in b", "a=/a/\\u0067", "a=/a/gimsuyd", "a=/a/uv", "a=/a/x", "a=function*(){ () => yield }",
  "a=function*(){ (x = yield) => 1 }", "a=async function(){ (x = await 1) => 1 }",
  "a=function(){ async function await(){} }", "a=function(){ function* yield(){} }",
  "a=function yield(){ 'use strict' }", "a=function(){ 'use strict'; function yield(){} }",
  "a=class{#x; m(){ delete this?.#x }}", "a=class{#x; m(){ delete (this.#x) }}", "a={m(){ super`x` }}",
  "a={m(){ super[1] }}", "a={m(){ super?.x }}", "a=class extends (class{ #x; m(){this.#x} }){}",
  "a=class { #x; static m(){ class B extends (this.#x) {} } }", "a=class extends (this.#x) { #x }", "a=\\u{61}",
  "\\u{61}bc", "\\uD835\\uDC00", "\\u{1D400}", "a\\u200C", "a\\u{200D}", "\\u200C", "a=`\\u{110000}`",
  "a=`\\u{10FFFF}`", "a='\\u{110000}'", "a=`\\08`", "a=`\\0`", "a=x`\\08`", "a='\u2028'", "a='\n'", "a='\\\r\n'",
  "a=`\r`", "a=function(){ for(var [a] = 1 of b); }", "a=function(){ for(let x of y) { var x } }",
  "a=function(){ for(let x;;) { var x } }", "a=function(){ try{}catch([e]){ {var e} } }",
  "a=function(){ try{}catch(e){ function e(){} } }", "a=function(a=1){ var a }", "a=function(a=1){ let a }",
  "a=(a=1)=>{ var a }", "a=(a)=>{ var a }", "a=(a)=>{ let a }", "a=function(){ class A{} class A{} }",
  "a=function(){ let a; { var a } }", "a=function(){ { var a } let a }", "a=function(){ { let a; { var a } } }",
  "a=function(){ label: { label2: break label } }", "a=function(){ x: for(;;) { continue x } }",
  "a=function(){ x: { for(;;) { break x } } }", "a=function(){ L: if (x) while(1) continue L }",
  "a=function(){ L: if (x) break L }", "a=function(){ if (x) L: function f(){} }",
  "a=function(){ L: M: function f(){} }", "a=function(){ L: async function f(){} }",
  "a=function(){ L: function* f(){} }", "a=function(){ L: class A{} }", "a=function(){ L: let x }",
  "a=function(){ L: let\nx }", "a=function(){ if (x) let\n[a] = 1 }", "a=function(){ do function f(){} while(0) }",
  "a=function(){ for(;;) let\nx }", "a=function(){ let \\u0061 }", "a=function(){ l\\u0065t x }",
  "a=function(){ var l\\u0065t }", "a=function(){ 'use strict'; var l\\u0065t }",
  "a=function(){ \\u0061sync function f(){} }", "a=function(){ return }", "a=class { static { return } }",
  "a=class { static { break } }", "a=class { static { this.x; super.y; new.target } }",
  "a=class { static { var x; let y; } static { var x; let y } }", "a=class { static { let y; var y } }",
  "a=class { static { yield } }", "a=class { await }", "a=class { x = await }", "a=class { x = arguments }",
  "a=class { [arguments] = 1 }", "a=class { x = class arguments {} }", "a=class await {}", "a=class yield {}",
  "a=class let {}", "a=class eval {}", "a=function(){ class await {} }", "a=async function(){ class await {} }",
  "a=async function(){ class x { [await 1](){} } }", "a=async function(){ class x { y = await 1 } }",
  "a=function*(){ class x { [yield](){} } }", "a=function*(){ class x extends (yield) {} }", "a=class{x=010}",
  "a=class{[010](){}}", "a=class{static{010}}", "a=class{static{'\\01'}}", "a=class{m(){010}010(){}}",
  "a=class{m(){010}\n010}", "a=class{m(){010} static x}", "a=class{m(){'\\01'}'\\02'(){}}", "a=class{x=()=>010}",
  "a=class{x=function(){010}}", "a=class{static{ let x; {var x} }}", "a=class{static{ {var x} let x }}",
  "a=class{static{ try{}catch(e){let e} }}", "a=class{static{ function f(){ let x; {var x} } }}",
  "a=class{static{ ()=>{ let x; {var x} } }}", "a=class{static{ {let x; {var x}} }}",
  "a=class{static{ switch(1){case 1: let y; case 2: let y} }}", "a=class{static{ {function f(){} function f(){}} }}",
  "a=class{static{ var x; var x }}", "a=class{static{ var x; function x(){} }}",
  "a=class{static{ function x(){} let x }}", "a=class{static{ let x; function x(){} }}",
  "a=class{static{ {var x; let x} }}", "a=class{static{ {let x; var x} }}", "a=(function(){'use strict'}, 010)",
  "a=function(a=010){}", "a=class{m(a=010){}}", "a=function(){'use strict'; return ()=>010 }",
  "a=x=>{'use strict'; return x}+010", "a=function(){ 'use strict'; `${010}` }",
  "a=function(){ 'use strict'; x = {010: 1} }", "a=class{x=()=>010\n010}",
  "a=function(){ class C{ m(){010}\n010 } }", "a=function(){ function f(){'use strict';010}\n010 }",
  "a=function(){ function f(){'use strict';010}\n'\\01' }", "a=function(){ function f(){'use strict';010}\n1 }",
  "a=function(){ (function(){'use strict';010})\n010 }", "a=class{m(){}010(){}}", "a=class{x;010(){}}",
  "a=class{010}", "a=class{[010]}", "a=class{static{ {var x} }}", "a=class{m(){'use strict'}}",
  "a=function(){ x = class{m(){010}\n010} }", "a=function(){ x = class{m(){010}\nn(){}} }",
  "a=()=>{ x = class{m(){010}\n010} }", "a=class{m(){ x = class{n(){010}\n010} }}",
  "a=(function(){ x = class{m(){010}\n010} })", "a=class{x=()=>{010}\n010}", "a=class{x=()=>{010}\ny}",
  "a=class{static async *#m(){}}", "a=class{get #x(){}}", "a=class{static get [x](){}}",
  "a=class{static async\nm(){}}", "a=class{async *\nm(){}}", "a=class{async\n*m(){}}", "a=class{static *\nm(){}}",
  "a=class{'a'(){}}", "a=class{1(){}}", "a=class{1n(){}}", "a=class{static 'prototype'(){}}",
  "a=class{static ['prototype'](){}}", "a=class{static prototype=1}", "a=class{'constructor'=1}",
  "a=class{static 'constructor'=1}", "a=class{static constructor=1}", "a=class{#a; static #a}",
  "a=class{#a(){} get #a(){}}", "a=class{set #a(v){} get #a(){}}", "a=class{set #a(v){} set #a(v){}}",
  "a=class{static set #a(v){} static get #a(){}}", "a=class{#a; m(){ class{ #a; n(){ this.#a } } }}",
  "a=class{m(){ this.#a } static{ } #a}", "a=class{[this.#a]; #a}", "a=class{x = this.#a; #a}",
  "a=class extends B{ constructor(){ super.x; super() } }", "a=class{ constructor(){ super.x } }",
  "a=class extends B{ static m(){ super() } }", "a=class extends B{ x = () => super() }",
  "a=class extends B{ [super.x] }", "a=class{ [super.x](){} }", "a={ get [x](){} }", "a={ async [x](){} }",
  "a={ \"a\"(){} }", "a={ 1(){} }", "a={ get 1(){} }", "a={ set 'a'(v){} }", "a={ async *[x](){} }",
  "a={ get(){}, set(){}, async(){}, static(){} }", "a={ get: 1, set: 2 }", "a={ async, get, set }",
  "a={ *async(){} }", "a={ async *async(){} }", "a={ async get(){} }", "a={ get async(){} }", "a={ get get(){} }",
  "a=({a, b} = {a, b} = c)", "({a, b} = c) => 1", "a=x?.y.z()", "a=x?.y()`z`", "a=new x.y?.z", "a=new (x?.y)()",
  "a=(x?.y).z = 1", "a=(x?.y) = 1", "a=x?.y.z = 1", "a=x?.[y] = 1", "a=delete x?.y", "a=x?.y++", "a=++x?.y",
  "a=function(){ if (x) /re/.test(y) }", "a=function(){ if (x) {} /re/ }", "a=function(){ x = y\n/re/g.test(z) }",
  "a=function(){ x\n++\ny }", "a=function(){ let\nlet }", "a=function(){ let.x = 1 }",
  "a=function(){ for (let.x;;); }", "a=function(){ for (let[a] of b); }", "a=function(){ for (let\nof x); }",
  "a=function(){ for (let of of x); }", "a=function(){ for (var of of x); }", "a=function(){ for (of of x); }",
  "a=function(){ for (async of => x;;); }", "a=function(){ for ((async) of x); }",
  "a=function(){ for (async.x in y); }", "a=function(){ for (let in x); }",
  "a=function(){ 'use strict'; for (let in x); }", "a=.1e-1", "a=0.0", "a=0.", "a=00.5", "a=09.5", "a=0_0", "a=0e1",
  "a=0x0n", "a=1e1_", "a=1e+1_0", "a=0.0_1", "a=1_0.0_1e1_0", "a=0b1_", "a=0o_1", "a=08_0", "a=1n_", "a=0B1n",
  "a=\\u200c", "\\u200d", "a\\u200d", "a=x\\u200d", "_\\u200c", "a=function(){ function f(){} { function f(){} } }",
  "a=function(){ { function f(){} } var f }", "a=function(){ { function f(){} } let f }",
  "a=function(){ var f; { function f(){} } }", "a=function(){ let f; { function f(){} } }",
  "a=function(){ { let f; { function f(){} } } }",
  "a=function(){ switch(x){ case 1: function f(){} case 2: function f(){} } }",
  "a=function(){ switch(x){ case 1: function f(){} case 2: let f } }",
  "a=function(){ 'use strict'; switch(x){ case 1: function f(){} case 2: function f(){} } }",
  "a=function(a){ { function a(){} } }", "a=function(a){ { let a } }", "a=function(a=1){ { var a } }",
  "a=function(){ try{}catch(e){ { var e } } }", "a=function(){ try{}catch(e){ { let e } } }",
  "a=function(){ try{}catch(e){ var e; let f } }", "a=function(){ try{}catch({e}){ var e } }",
  "a=function(){ try{}catch(e){ try{}catch(e){} } }", "a=function(){ with(x){ var y } let y }",
  "a=function(){ label: { var x } let x }", "a=function(){ if(1) var x; let x }",
  "a=function(){ for(var x;;); let x }", "a=function(){ for(var x of y); let x }",
  "a=function(){ for(let x of y); let x }", "a=function(){ for(let x of y); var x }",
  "a=function(){ class x{} var x }", "a=function(){ var x; class x{} }", "a=function(){ const x = 1; var x }",
  "a=function(f){ function f(){} }", "a=function(f){ class f{} }", "a=function(...f){ var f }",
  "a=function({f}){ var f }", "a=function({f}){ let f }", "a=function([f]){ function f(){} }",
  "a=function(f){ 'use strict'; var f }", "a=(f)=>{ function f(){} }", "a=([f])=>{ function f(){} }",
  "a=([f])=>{ var f }", "a=async(f)=>{ let f }", "a=function*(){ yield\n/re/ }", "a=function*(){ yield /re/ }",
  "a=function*(){ yield }", "a=function*(){ (yield) }", "a=function*(){ [yield] }", "a=function*(){ {yield} }",
  "a=function*(){ ({yield}) }", "a=function*(){ ({yield: 1}) }", "a=function*(){ x = yield }",
  "a=function*(){ x = yield, y }", "a=function*(){ yield? 1: 2 }", "a=function*(){ yield in x }",
  "a=function*(){ yield * }", "a=function*(){ yield ** 2 }", "a=function*(){ function* g(){ yield } }",
  "a=function*(){ function g(){ yield } }", "a=function*(){ var g = function yield(){} }",
  "a=function*(){ class yield{} }", "a=function*(){ yield => 1 }", "a=function*(){ (yield) => 1 }",
  "a=function*(){ async yield => 1 }", "a=async function(){ await }", "a=async function(){ await 1 }",
  "a=async function(){ (await 1) }", "a=async function(){ await => 1 }", "a=async function(){ (await) => 1 }",
  "a=async function(){ async await => 1 }", "a=async function(){ function await(){} }",
  "a=async function(){ function f(await){} }", "a=async function(){ var f = function await(){} }",
  "a=async function(){ class C { await(){} } }", "a=async function(){ ({await}) }",
  "a=async function(){ ({await: 1}) }", "a=async function(){ x.await }", "a=async function(){ await\n1 }",
  "a=async function(){ await /x/ }", "a=async function(){ for await (x of y); }",
  "a=async function(){ for await (x in y); }", "a=async function(){ for await (let x of y); }",
  "a=async function(){ for await (var x = 1 of y); }", "a=async function(){ for await (;;); }",
  "a=async function(){ L: for await (x of y) continue L }", "a=async function*(){ yield await 1 }",
  "a=async function*(){ await yield }", "a=async()=>await 1", "a=async()=>{ for await (x of y); }",
  "a=async x => { await x }", "a=async (x) => x", "a=async (x = await 1) => x",
  "a=async function(){ async (x = await 1) => x }", "a=async function(){ (x = await 1) => x }",
  "a=async function(){ () => await 1 }", "a=async function(){ async () => await 1 }",
  "a=function(){ 'use strict'; let x; x = 010 }", "a=function(){ 'use strict' \n ; 010 }",
  "a=(function(){ function f(){'use strict';010}\n010 })", "a=!function(){ function f(){'use strict';010}\n010 }",
  "a=(function(){}, function(){ function f(){'use strict';010}\n010 })",
  "a=(x, function(){ function f(){'use strict';010}\n010 })",
  "a=(async function(){ function f(){'use strict';010}\n010 })",
  "a=function(){ (function(){ function f(){'use strict';010}\n010 }) }",
  "a=()=>{ function f(){'use strict';010}\n010 }", "a=()=>{ (()=>{ function f(){'use strict';010}\n010 }) }",
  "a=class{ m(){ function f(){'use strict';010}\n010 } }",
  "a=class{ static{ function f(){'use strict';010}\n010 } }",
  "a=class{ x = function(){ function f(){'use strict';010}\n010 } }",
  "a=class{ x = () => { function f(){'use strict';010}\n010 } }", "a={ m(){ function f(){'use strict';010}\n010 } }",
  "a=[function(){ function f(){'use strict';010}\n010 }]", "a=function(){ 'use strict'; function f(){010}\n010 }",
  "a=x=>{ class C { m(){010} [010](){} } }", "a=class{ m(){'use strict';010}\n'\\01'(){} }",
  "a=function(){ function f(){'use strict'; x = '\\01'}\n'\\02' }", "a=set=>{ ({ set x(v){'use strict';010} }) }",
  "a=function(){ function f(){'use strict';010} /x/ }", "a=function(){ function f(){'use strict';010}\n+010 }",
  "a=class{#x;m(){'\\01'}\n#y}", "a=class{s(){'use strict';'\\08'}\n'\\08'}",
]);

// ---------------------------------------------------------------------------------------------------------
// Seeded random inputs from a small JavaScript grammar, plus token-level mutations of them

const { random: rnd, pick } = seeded(20240611);
const names = ['a', 'b', 'c', 'x', '$', '_y', 'ä', 'let', 'yield', 'await', 'async', 'of', 'get', 'eval',
  'arguments', 'static', 'await', 'enum', 'in', 'new', 'this', 'super', 'class', 'function', 'target'];
const spaces = ['', ' ', ' ', '\n', '/**/', '/*\n*/', '\t', '\u00a0', '//c\n'];
function ws() {
  return rnd() < 0.7 ? '' : pick(spaces);
}
function genExpr(d) {
  if (d <= 0) return pick([...names, '1', '0x1', '"s"', "'\\0'", '`t`', '/r/g', 'null', '[]', '{}', '01', '1n']);
  switch (Math.floor(rnd() * 24)) {
    case 0: return genExpr(d - 1) + ws() + pick(['+', '-', '*', '/', '%', '**', '&&', '||', '??', '<', '>>>',
      '==', 'in', 'instanceof', ',', '&', '|', '^']) + ws() + genExpr(d - 1);
    case 1: return pick(['!', '-', '+', '~', 'typeof ', 'void ', 'delete ', '++', '--', 'await ', 'yield ']) + genExpr(d - 1);
    case 2: return genExpr(d - 1) + pick(['++', '--', '.x', '?.x', '[0]', '?.[0]', '()', '?.()', '`t`', '.#p']);
    case 3: return '(' + ws() + genExpr(d - 1) + ws() + ')';
    case 4: return '[' + genExpr(d - 1) + ',' + ws() + pick(['', '...', ',']) + genExpr(d - 1) + ']';
    case 5: return '{' + pick(['x', 'x:', '[x]:', '"x":', '...', 'get x(){return ', 'x(){return ', 'async x(){return ',
      '*x(){yield ', 'x=']) + genExpr(d - 1) + pick(['', '}', ';}']) + '}';
    case 6: return genExpr(d - 1) + ws() + '?' + ws() + genExpr(d - 1) + ws() + ':' + ws() + genExpr(d - 1);
    case 7: return genPattern(d - 1) + ws() + pick(['=', '+=', '&&=', '??=']) + ws() + genExpr(d - 1);
    case 8: return pick(['', 'async ']) + '(' + genParams(d - 1) + ')' + ws() + '=>' + ws() +
      (rnd() < 0.5 ? genExpr(d - 1) : '{' + genStmt(d - 1) + '}');
    case 9: return pick(['function', 'function*', 'async function', 'function f', 'function* g']) + '(' +
      genParams(d - 1) + '){' + genStmt(d - 1) + '}';
    case 10: return 'class' + pick(['', ' C', ' extends B', ' C extends B']) + '{' + genClassMember(d - 1) + '}';
    case 11: return 'new ' + genExpr(d - 1) + pick(['', '()', '(a)']);
    case 12: return '`' + pick(['', 'a', '\\n', '\\u{61}', '\\x']) + '${' + genExpr(d - 1) + '}' + pick(['', 'b']) + '`';
    case 13: return pick(names) + ws() + '=>' + ws() + genExpr(d - 1);
    case 14: return pick(['/a/', '/[/]/u', '/(?<n>.)\\k<n>/', '/a{1,2}?/y', '/\\p{L}/u', '/[a&&b]/v', '/(/', '/\\1(a)/u',
      '/a/gg', '/{/u', '/[\\d-z]/']);
    case 15: return pick(['"use strict"', "'\\01'", '"\\u{61}"', '"\\8"', '08', '0o7', '0b1', '.5e1', '1_0']);
    case 16: return genExpr(d - 1) + '[' + genExpr(d - 1) + ']';
    case 17: return pick(['super.x', 'super()', 'new.target', 'import(a)', 'import.meta', 'this', 'arguments']);
    case 18: return genExpr(d - 1) + '(' + genExpr(d - 1) + pick(['', ',', ',...a']) + ')';
    case 19: return '#p in ' + genExpr(d - 1);
    default: return pick(names);
  }
}
function genPattern(d) {
  if (d <= 0 || rnd() < 0.4) return pick(names);
  switch (Math.floor(rnd() * 5)) {
    case 0: return '[' + genPattern(d - 1) + pick(['', ',', ',,']) + pick(['', '...' + genPattern(d - 1)]) + ']';
    case 1: return '{' + pick(['', 'x:', '"x":', '[x]:', '...']) + genPattern(d - 1) + pick(['', '=1', ',']) + '}';
    case 2: return genPattern(d - 1) + '=' + genExpr(d - 1);
    case 3: return '(' + genPattern(d - 1) + ')';
    default: return genPattern(d - 1) + pick(['.x', '[0]', '()']);
  }
}
function genParams(d) {
  const n = Math.floor(rnd() * 3);
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(genPattern(d));
  if (rnd() < 0.15) parts.push('...' + genPattern(d));
  return parts.join(',' + ws()) + (rnd() < 0.1 ? ',' : '');
}
function genStmt(d) {
  if (d <= 0) return pick(['', ';', 'x', 'return', 'break', 'continue', 'debugger', 'var x', 'let x', '"use strict"']);
  switch (Math.floor(rnd() * 16)) {
    case 0: return pick(['var ', 'let ', 'const ']) + genPattern(d - 1) + pick(['', '=' + genExpr(d - 1)]);
    case 1: return 'if(' + genExpr(d - 1) + ')' + genStmt(d - 1) + pick(['', ' else ' + genStmt(d - 1)]);
    case 2: return 'for(' + pick(['', 'var ', 'let ', 'const ']) + genPattern(d - 1) + pick([' of ', ' in ', ';;']) +
      genExpr(d - 1) + ')' + genStmt(d - 1);
    case 3: return 'while(' + genExpr(d - 1) + ')' + genStmt(d - 1);
    case 4: return '{' + genStmt(d - 1) + ';' + genStmt(d - 1) + '}';
    case 5: return pick(names) + ':' + genStmt(d - 1);
    case 6: return 'try{' + genStmt(d - 1) + '}' + pick(['catch{}', 'catch(e){' + genStmt(d - 1) + '}',
      'finally{}', 'catch(' + genPattern(d - 1) + '){}']);
    case 7: return 'switch(' + genExpr(d - 1) + '){case 1:' + genStmt(d - 1) + pick(['', 'default:']) + '}';
    case 8: return 'function ' + pick(names) + '(' + genParams(d - 1) + '){' + genStmt(d - 1) + '}';
    case 9: return 'return ' + genExpr(d - 1);
    case 10: return 'class ' + pick(names) + '{' + genClassMember(d - 1) + '}';
    case 11: return genStmt(d - 1) + ws() + '\n' + genStmt(d - 1);
    case 12: return 'do ' + genStmt(d - 1) + ' while(' + genExpr(d - 1) + ')';
    case 13: return 'with(' + genExpr(d - 1) + ')' + genStmt(d - 1);
    default: return genExpr(d - 1);
  }
}
function genClassMember(d) {
  const m = pick(['', 'static ', 'get ', 'set ', 'async ', '*', 'static async *']) +
    pick(['x', '#x', 'constructor', '"constructor"', 'prototype', '[a]', '0', 'static', 'get', '#constructor']);
  return pick([m + '(' + genParams(d) + '){' + genStmt(d) + '}', m + pick(['', '=' + genExpr(d)]) + pick([';', '\n', '']),
    'static{' + genStmt(d) + '}', m + '(){}' + m + '(){}']) + (rnd() < 0.3 ? genClassMember(d - 1) : '');
}
function genTop() {
  const n = 1 + Math.floor(rnd() * 3);
  const parts = [];
  for (let i = 0; i < n; i++) {
    const p = genPattern(2);
    parts.push(rnd() < 0.6 ? p + ws() + '=' + ws() + genExpr(1 + Math.floor(rnd() * 3)) : p);
  }
  return parts.join(',' + ws());
}
function tokens(s) {
  return s.match(/\s+|[A-Za-z_$\u0080-\uffff][\w$\u0080-\uffff]*|\d+|\/\*[\s\S]*?\*\/|\/\/[^\n]*|=>|\.\.\.|[^\s]/g) || [];
}
function mutate(s) {
  const t = tokens(s);
  if (t.length === 0) return s;
  const i = Math.floor(rnd() * t.length);
  switch (Math.floor(rnd() * 4)) {
    case 0: t.splice(i, 1); break;
    case 1: t.splice(i, 0, pick(['(', ')', '{', '}', '[', ']', ',', ';', '\n', '=', '=>', '...', 'a', '/', '`', '#x',
      'yield', 'await', 'let', '?.', '"', "'"])); break;
    case 2: { const j = Math.floor(rnd() * t.length); const tmp = t[i]; t[i] = t[j]; t[j] = tmp; break; }
    default: t[i] = pick(names); break;
  }
  return t.join('');
}
for (let i = 0; i < 2500; i++) {
  const s = genTop().trim();
  add(s);
  if (i % 2 === 0) add(mutate(s).trim());
}

const out = new Output();
for (const s of inputs) {
  out.add({ input: s, expected: isVarName(s) });
}
out.print();
