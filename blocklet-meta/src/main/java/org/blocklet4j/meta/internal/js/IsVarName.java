package org.blocklet4j.meta.internal.js;

import org.jspecify.annotations.Nullable;

/**
 * The npm package is-var-name 2.0.0, which the reference uses to validate navigation ids: a string is a
 * "variable name" when it equals its own {@code trim()} and {@code new Function(str, 'var ' + str)} compiles in
 * Node 20's V8. That accepts far more than identifiers ({@code a,b}, {@code a = 1}, {@code a/*x*}{@code /},
 * <code>&#92;u0061bc</code>, {@code let}, {@code yield}, {@code await}, {@code eval}, {@code {a}={}}) and
 * rejects reserved words such as {@code class}.
 *
 * <p>V8 compiles {@code (function anonymous(<str>\n) {\nvar <str>\n})}, parsing the parameters on their own
 * so that they must end exactly at the appended line feed (which defeats injections such as
 * {@code a) {}; (function(}). This class makes the same two parses with an ECMAScript 2023 parser that follows
 * V8's early errors: {@code str} as a sloppy-mode formal parameter list, then {@code var str} as the function
 * body. Known differences, all for input no navigation id comes near: nesting deeper than 200 levels is
 * rejected, where V8 gives up only when its stack runs out (between about 1,000 and 12,000 levels, which
 * is-var-name also reports as {@code false}); and chains of thousands of member accesses, calls or comparisons
 * outside any function are accepted, where V8 overflows its stack compiling them. Time is linear in the length
 * of the input.
 *
 * <p>The class is stateless and safe to use from any thread.
 */
public final class IsVarName {
    private IsVarName() {
    }

    /** {@code isVarName(str)}: false for null, for untrimmed strings and for what V8 would not compile. */
    public static boolean test(@Nullable String str) {
        if (str == null || !JsStrings.trim(str).equals(str)) {
            return false;
        }
        JsParser.ParamsResult params = JsParser.parseDynamicFunctionParameters(str);
        return params != null && JsParser.parseDynamicFunctionBody("var " + str, params);
    }
}
