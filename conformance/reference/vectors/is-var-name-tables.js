'use strict';
// Prints JsUnicodeTables.java: the identifier and regular-expression property tables of the V8 that the
// reference runs on (Node 20). V8's scanner classifies identifier characters with ICU's ID_Start and
// ID_Continue (plus $, _, U+200C and U+200D), which is exactly what \p{ID_Start} / \p{ID_Continue} match;
// property names for \p{...} are whatever this V8 accepts, probed from a candidate list (Unicode
// PropertyValueAliases names plus scripts added in Unicode 15 to 17 and the ECMAScript binary properties).
// Run: node is-var-name-tables.js > blocklet-meta/src/main/java/org/blocklet4j/meta/internal/js/JsUnicodeTables.java

function ranges(re) {
  const out = [];
  let start = -1;
  for (let cp = 0; cp <= 0x110000; cp++) {
    const inSet = cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) && re.test(String.fromCodePoint(cp));
    if (inSet && start < 0) start = cp;
    if (!inSet && start >= 0) { out.push(start, cp - 1); start = -1; }
  }
  return out;
}

const valueCandidates = `
 Adlam Adlm Aghb Ahom Anatolian_Hieroglyphs Arab Arabic Armenian Armi Armn Avestan Avst Bali Balinese Bamu 
Bamum Bass Bassa_Vah Batak Batk Beng Bengali Bhaiksuki Bhks Bopo Bopomofo Brah Brahmi Brai Braille Bugi 
Buginese Buhd Buhid C Cakm Canadian_Aboriginal Cans Cari Carian Cased_Letter Caucasian_Albanian Cc Cf Chakma 
Cham Cher Cherokee Chorasmian Chrs Close_Punctuation Cn Cntrl Co Combining_Mark Common Connector_Punctuation 
Control Copt Coptic Cpmn Cprt Cs Cuneiform Currency_Symbol Cypriot Cypro_Minoan Cyrillic Cyrl 
Dash_Punctuation Decimal_Number Deseret Deva Devanagari Diak Digit Dives_Akuru Dogr Dogra Dsrt Dupl Duployan 
Egyp Egyptian_Hieroglyphs Elba Elbasan Elym Elymaic Enclosing_Mark Ethi Ethiopic Final_Punctuation Format 
Geor Georgian Glag Glagolitic Gong Gonm Goth Gothic Gran Grantha Greek Grek Gujarati Gujr Gunjala_Gondi 
Gurmukhi Guru Han Hang Hangul Hani Hanifi_Rohingya Hano Hanunoo Hatr Hatran Hebr Hebrew Hira Hiragana Hluw 
Hmng Hmnp Hung Imperial_Aramaic Inherited Initial_Punctuation Inscriptional_Pahlavi Inscriptional_Parthian 
Ital Java Javanese Kaithi Kali Kana Kannada Katakana Kayah_Li Khar Kharoshthi Khitan_Small_Script Khmer Khmr 
Khoj Khojki Khudawadi Kits Knda Kthi L LC Lana Lao Laoo Latin Latn Lepc Lepcha Letter Letter_Number Limb 
Limbu Lina Linb Line_Separator Linear_A Linear_B Lisu Ll Lm Lo Lowercase_Letter Lt Lu Lyci Lycian Lydi Lydian 
M Mahajani Mahj Maka Makasar Malayalam Mand Mandaic Mani Manichaean Marc Marchen Mark Masaram_Gondi 
Math_Symbol Mc Me Medefaidrin Medf Meetei_Mayek Mend Mende_Kikakui Merc Mero Meroitic_Cursive 
Meroitic_Hieroglyphs Miao Mlym Mn Modi Modifier_Letter Modifier_Symbol Mong Mongolian Mro Mroo Mtei Mult 
Multani Myanmar Mymr N Nabataean Nand Nandinagari Narb Nbat Nd New_Tai_Lue Newa Nko Nkoo Nl No 
Nonspacing_Mark Nshu Number Nushu Nyiakeng_Puachue_Hmong Ogam Ogham Ol_Chiki Olck Old_Hungarian Old_Italic 
Old_North_Arabian Old_Permic Old_Persian Old_Sogdian Old_South_Arabian Old_Turkic Old_Uyghur Open_Punctuation 
Oriya Orkh Orya Osage Osge Osma Osmanya Other Other_Letter Other_Number Other_Punctuation Other_Symbol Ougr P 
Pahawh_Hmong Palm Palmyrene Paragraph_Separator Pau_Cin_Hau Pauc Pc Pd Pe Perm Pf Phag Phags_Pa Phli Phlp 
Phnx Phoenician Pi Plrd Po Private_Use Prti Ps Psalter_Pahlavi Punct Punctuation Qaac Qaai Rejang Rjng Rohg 
Runic Runr S Samaritan Samr Sarb Saur Saurashtra Sc Separator Sgnw Sharada Shavian Shaw Shrd Sidd Siddham 
SignWriting Sind Sinh Sinhala Sk Sm So Sogd Sogdian Sogo Sora Sora_Sompeng Soyo Soyombo Space_Separator 
Spacing_Mark Sund Sundanese Surrogate Sylo Syloti_Nagri Symbol Syrc Syriac Tagalog Tagb Tagbanwa Tai_Le 
Tai_Tham Tai_Viet Takr Takri Tale Talu Tamil Taml Tang Tangsa Tangut Tavt Telu Telugu Tfng Tglg Thaa Thaana 
Thai Tibetan Tibt Tifinagh Tirh Tirhuta Titlecase_Letter Tnsa Toto Ugar Ugaritic Unassigned Unknown 
Uppercase_Letter Vai Vaii Vith Vithkuqi Wancho Wara Warang_Citi Wcho Xpeo Xsux Yezi Yezidi Yi Yiii Z 
Zanabazar_Square Zanb Zinh Zl Zp Zs Zyyy Zzzz Kawi Nag_Mundari Nagm Garay Gara Gurung_Khema Gukh Kirat_Rai Krai Ol_Onal Onao Sunuwar Sunu Todhri Todr
Tulu_Tigalari Tutg Beria_Erfe Berf Chisoi Chis Sidetic Sidt Tai_Yo Tayo Tolong_Siki Tols Vith Vithkuqi Toto
Tnsa Tangsa Cpmn Cypro_Minoan Ougr Old_Uyghur digit punct cntrl Combining_Mark Unknown Zzzz Zyyy Zinh Qaac Qaai
Katakana_Or_Hiragana Hrkt`.split(/\s+/).filter(Boolean);

const binaryCandidates = `ASCII ASCII_Hex_Digit AHex Alphabetic Alpha Any Assigned Bidi_Control Bidi_C Bidi_Mirrored
Bidi_M Case_Ignorable CI Cased Changes_When_Casefolded CWCF Changes_When_Casemapped CWCM Changes_When_Lowercased
CWL Changes_When_NFKC_Casefolded CWKCF Changes_When_Titlecased CWT Changes_When_Uppercased CWU Dash
Default_Ignorable_Code_Point DI Deprecated Dep Diacritic Dia Emoji Emoji_Component EComp Emoji_Modifier EMod
Emoji_Modifier_Base EBase Emoji_Presentation EPres Extended_Pictographic ExtPict Extender Ext Grapheme_Base
Gr_Base Grapheme_Extend Gr_Ext Hex_Digit Hex IDS_Binary_Operator IDSB IDS_Trinary_Operator IDST ID_Continue IDC
ID_Start IDS Ideographic Ideo Join_Control Join_C Logical_Order_Exception LOE Lowercase Lower Math
Noncharacter_Code_Point NChar Pattern_Syntax Pat_Syn Pattern_White_Space Pat_WS Quotation_Mark QMark Radical
Regional_Indicator RI Sentence_Terminal STerm Soft_Dotted SD Terminal_Punctuation Term Unified_Ideograph UIdeo
Uppercase Upper Variation_Selector VS White_Space space XID_Continue XIDC XID_Start XIDS Full_Composition_Exclusion
Comp_Ex Hyphen IDS_Unary_Operator IDSU ID_Compat_Math_Start ID_Compat_Math_Continue InCB Modifier_Combining_Mark MCM
Prepended_Concatenation_Mark PCM Other_Alphabetic Script General_Category Script_Extensions gc sc scx
Basic_Emoji Emoji_Keycap_Sequence RGI_Emoji_Modifier_Sequence RGI_Emoji_Flag_Sequence RGI_Emoji_Tag_Sequence
RGI_Emoji_ZWJ_Sequence RGI_Emoji Emoji_Test`.split(/\s+/).filter(Boolean);

function valid(body, flags) {
  try { new RegExp('\\p{' + body + '}', flags); return true; } catch (e) { return false; }
}
const all = [...new Set([...valueCandidates, ...binaryCandidates])].sort();
const lone = all.filter((n) => valid(n, 'u'));
const loneStrings = all.filter((n) => !valid(n, 'u') && valid(n, 'v'));
const gc = all.filter((n) => valid('gc=' + n, 'u'));
const sc = all.filter((n) => valid('sc=' + n, 'u'));
const scx = all.filter((n) => valid('scx=' + n, 'u'));
for (const n of all) {
  if (valid('General_Category=' + n, 'u') !== valid('gc=' + n, 'u')) throw new Error('gc alias ' + n);
  if (valid('Script=' + n, 'u') !== valid('sc=' + n, 'u')) throw new Error('sc alias ' + n);
  if (valid('Script_Extensions=' + n, 'u') !== valid('scx=' + n, 'u')) throw new Error('scx alias ' + n);
  if (valid(n, 'u') !== valid(n, 'v') && !loneStrings.includes(n)) throw new Error('v ' + n);
}

function ints(list) {
  const parts = list.map((n) => '0x' + n.toString(16).toUpperCase());
  const lines = [];
  for (let i = 0; i < parts.length; i += 8) lines.push('            ' + parts.slice(i, i + 8).join(', ') + ',');
  return lines.join('\n');
}
function strings(list) {
  const lines = [];
  let line = '';
  for (const s of list.map((x) => JSON.stringify(x) + ', ')) {
    if (line.length + s.length > 104) {
      lines.push('            ' + line.trimEnd());
      line = '';
    }
    line += s;
  }
  if (line) lines.push('            ' + line.trimEnd());
  return lines.join('\n');
}

const idStart = ranges(/^[$_\p{ID_Start}]$/u);
const idPart = ranges(/^[$_\u200C\u200D\p{ID_Continue}]$/u);

process.stdout.write(`package org.blocklet4j.meta.internal.js;

import java.util.Set;

/**
 * Character tables of the V8 in Node ${process.versions.node} (ICU ${process.versions.icu}, Unicode ${process.versions.unicode}):
 * identifier characters and the names {@code \\p{...}} accepts. Generated by
 * {@code conformance/reference/vectors/is-var-name-tables.js}; do not edit by hand.
 */
final class JsUnicodeTables {
    private JsUnicodeTables() {
    }

    /** Inclusive code point ranges that may start an identifier ({@code $}, {@code _} and ID_Start). */
    private static final int[] ID_START = {
${ints(idStart)}
    };

    /** Inclusive code point ranges that may continue an identifier ({@code $}, U+200C, U+200D, ID_Continue). */
    private static final int[] ID_PART = {
${ints(idPart)}
    };

    /** Names valid alone in {@code \\p{name}} with the u or v flag: general categories and binary properties. */
    static final Set<String> LONE_PROPERTIES = Set.of(
${strings(lone).replace(/,$/, '')}
    );

    /** Properties of strings, valid alone in {@code \\p{name}} with the v flag only. */
    static final Set<String> STRING_PROPERTIES = Set.of(
${strings(loneStrings).replace(/,$/, '')}
    );

    /** Values valid after {@code gc=} or {@code General_Category=}. */
    static final Set<String> GENERAL_CATEGORY_VALUES = Set.of(
${strings(gc).replace(/,$/, '')}
    );

    /** Values valid after {@code sc=} or {@code Script=}. */
    static final Set<String> SCRIPT_VALUES = Set.of(
${strings(sc).replace(/,$/, '')}
    );

    /** Values valid after {@code scx=} or {@code Script_Extensions=}. */
    static final Set<String> SCRIPT_EXTENSIONS_VALUES = Set.of(
${strings(scx).replace(/,$/, '')}
    );

    static boolean isIdentifierStart(int cp) {
        return inRanges(ID_START, cp);
    }

    static boolean isIdentifierPart(int cp) {
        return inRanges(ID_PART, cp);
    }

    private static boolean inRanges(int[] ranges, int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp == '$' || cp == '_'
                    || ranges == ID_PART && cp >= '0' && cp <= '9';
        }
        int low = 0;
        int high = ranges.length / 2 - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (cp < ranges[2 * mid]) {
                high = mid - 1;
            } else if (cp > ranges[2 * mid + 1]) {
                low = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
`);
