package org.blocklet4j.meta.internal.js;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.blocklet4j.meta.internal.js.JsScanner.Fail;
import org.blocklet4j.meta.internal.js.JsScanner.Token;
import org.jspecify.annotations.Nullable;

/**
 * Recursive-descent ECMAScript 2023 syntax checker for sloppy script code inside a function, following the
 * structure and early errors of V8's parser in Node 20 (ParserBase): expression scopes that classify a
 * parenthesised or bracketed expression as expression, assignment pattern or arrow parameters only once the
 * token after it is seen (so the parse is a single linear pass), scopes that detect conflicting declarations,
 * label and break/continue targets, strict-mode rules including retroactive "use strict", class bodies with
 * private names, and regular expression literals checked by {@link JsRegExpSyntax}.
 *
 * <p>It only answers "would V8 accept this"; it builds no more of a tree than the cover grammar needs. Nesting is
 * bounded by {@link #MAX_DEPTH}: deeper input is rejected, as V8 rejects input that exhausts its stack.
 * Instances are single-use and not thread-safe.
 */
final class JsParser {
    /**
     * Nesting bound. A level is entered by each nested assignment expression (so each parenthesis, bracket,
     * brace, argument list or template substitution), statement, unary or {@code await} operator, right operand
     * of {@code **}, {@code new}, function, arrow function and class, and each nested class in a v-flag
     * regular expression. Deeper input is rejected. V8 gives up between about 1,000 and 12,000 levels depending
     * on the construct (1,638 nested parentheses in Node 20); 200 levels took at most about 450 KB of Java
     * stack when measured (compiled or interpreted), which fits the usual default thread stacks.
     */
    static final int MAX_DEPTH = 200;

    /** V8's Code::kMaxArguments: parameters and arguments (plus the receiver) per function or call. */
    static final int MAX_ARGUMENTS = 65535;

    // ---------------------------------------------------------------------------------------------------------
    // Entry points

    /** The parameter list of {@code new Function(str, ...)}: what V8 parses between the parentheses. */
    static final class ParamsResult {
        final Set<String> names;
        final boolean simple;

        ParamsResult(Set<String> names, boolean simple) {
            this.names = names;
            this.simple = simple;
        }
    }

    /**
     * Parses {@code str} as the formal parameter list of a sloppy function built by {@code new Function}: V8
     * appends a line feed and requires the list to end exactly there. Returns null when V8 would throw.
     */
    static @Nullable ParamsResult parseDynamicFunctionParameters(String str) {
        try {
            JsParser p = new JsParser(str + "\n)");
            return p.dynamicParameters();
        } catch (Fail e) {
            return null;
        }
    }

    /**
     * Parses {@code body} as the body of a sloppy function whose parameters are {@code params}; V8 puts a line
     * feed and the closing brace after it. True when V8 would accept it.
     */
    static boolean parseDynamicFunctionBody(String body, ParamsResult params) {
        try {
            JsParser p = new JsParser(body + "\n}");
            p.dynamicBody(params);
            return true;
        } catch (Fail e) {
            return false;
        }
    }

    private ParamsResult dynamicParameters() {
        Params params = new Params(scope);
        EScope paramScope = new EScope(this, E_PARAM);
        paramScope.params = params;
        parseFormalParameterList(params);
        escope = paramScope.parent;
        expect(")");
        if (peek().kind != JsScanner.EOS) {
            throw fail();
        }
        // A sloppy function may repeat simple parameter names only.
        if (!params.simple && params.duplicate) {
            throw fail();
        }
        return new ParamsResult(params.names, params.simple);
    }

    private void dynamicBody(ParamsResult paramsResult) {
        Scope functionScope = scope;
        functionScope.simpleParameters = paramsResult.simple;
        for (String name : paramsResult.names) {
            functionScope.vars.put(name, paramsResult.simple ? VAR : PARAM_LEXICAL);
        }
        Params params = new Params(functionScope);
        params.simple = paramsResult.simple;
        params.names.addAll(paramsResult.names);
        parseFunctionBody(params, K_NORMAL, false, -1, false);
        if (peek().kind != JsScanner.EOS) {
            throw fail();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Tokens

    private final JsScanner scanner;
    private Token cur;
    private @Nullable Token nxt;
    private @Nullable Token nxt2;
    private int depth;

    /** A parser positioned at the start of {@code source}, inside the sloppy function V8 compiles. */
    private JsParser(String source) {
        this.scanner = new JsScanner(source);
        this.cur = new Token();
        this.scope = new Scope(null, Scope.FUNCTION, true, false);
        this.fn = new FnState(null, K_NORMAL);
    }

    private static Fail fail() {
        return new Fail();
    }

    private Token peek() {
        Token t = nxt;
        if (t == null) {
            t = scanner.next();
            nxt = t;
        }
        return t;
    }

    private Token peekAhead() {
        peek();
        Token t = nxt2;
        if (t == null) {
            t = scanner.next();
            nxt2 = t;
        }
        return t;
    }

    /**
     * Consumes the next token and, like V8's scanner, scans the one after it at once: the octal position that
     * strict functions check is whatever was scanned last, lookahead included.
     */
    private Token next() {
        Token t = peek();
        nxt = nxt2;
        nxt2 = null;
        cur = t;
        if (t.kind != JsScanner.EOS) {
            peek();
        }
        return t;
    }

    private boolean check(String punct) {
        if (peek().is(punct)) {
            next();
            return true;
        }
        return false;
    }

    private boolean checkKeyword(String keyword) {
        if (peek().isKeyword(keyword)) {
            next();
            return true;
        }
        return false;
    }

    private void expect(String punct) {
        if (!next().is(punct)) {
            throw fail();
        }
    }

    private void expectKeyword(String keyword) {
        if (!next().isKeyword(keyword)) {
            throw fail();
        }
    }

    private boolean newlineBeforeNext() {
        return peek().newlineBefore;
    }

    private boolean newlineAfterNext() {
        return peekAhead().newlineBefore;
    }

    /** V8's Token::IsAutoSemicolon: ';', '}' or the end. */
    private static boolean isAutoSemicolon(Token t) {
        return t.kind == JsScanner.EOS || t.is(";") || t.is("}");
    }

    private void expectSemicolon() {
        Token t = peek();
        if (t.is(";")) {
            next();
            return;
        }
        if (t.newlineBefore || isAutoSemicolon(t)) {
            return;
        }
        throw fail();
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw fail();
        }
    }

    private void leave() {
        depth--;
    }

    private boolean peekInOrOf() {
        Token t = peek();
        return t.isKeyword("in") || t.isContextual("of");
    }

    /** The "in"/"of" after a for head: 0 none, 1 in (enumerate), 2 of (iterate). */
    private int checkInOrOf() {
        if (checkKeyword("in")) {
            return 1;
        }
        if (peek().isContextual("of")) {
            next();
            return 2;
        }
        return 0;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Function kinds

    private static final int K_NORMAL = 0;
    private static final int K_ARROW = 1;
    private static final int K_ASYNC_ARROW = 2;
    private static final int K_ASYNC = 3;
    private static final int K_GENERATOR = 4;
    private static final int K_ASYNC_GENERATOR = 5;
    private static final int K_METHOD = 6;
    private static final int K_ASYNC_METHOD = 7;
    private static final int K_GENERATOR_METHOD = 8;
    private static final int K_ASYNC_GENERATOR_METHOD = 9;
    private static final int K_GETTER = 10;
    private static final int K_SETTER = 11;
    private static final int K_BASE_CONSTRUCTOR = 12;
    private static final int K_DERIVED_CONSTRUCTOR = 13;
    private static final int K_FIELD_INITIALIZER = 14;
    private static final int K_STATIC_INITIALIZER = 15;

    private static final int F_ASYNC = 1;
    private static final int F_GENERATOR = 2;

    private static boolean isGenerator(int kind) {
        return kind == K_GENERATOR || kind == K_ASYNC_GENERATOR || kind == K_GENERATOR_METHOD
                || kind == K_ASYNC_GENERATOR_METHOD;
    }

    private static boolean isAsync(int kind) {
        return kind == K_ASYNC || kind == K_ASYNC_GENERATOR || kind == K_ASYNC_ARROW || kind == K_ASYNC_METHOD
                || kind == K_ASYNC_GENERATOR_METHOD;
    }

    private static boolean isArrow(int kind) {
        return kind == K_ARROW || kind == K_ASYNC_ARROW;
    }

    private static boolean isConciseMethod(int kind) {
        return kind >= K_METHOD && kind <= K_ASYNC_GENERATOR_METHOD || kind == K_FIELD_INITIALIZER
                || kind == K_STATIC_INITIALIZER;
    }

    private static int functionKindFor(int flags) {
        switch (flags) {
            case F_ASYNC:
                return K_ASYNC;
            case F_GENERATOR:
                return K_GENERATOR;
            case F_ASYNC | F_GENERATOR:
                return K_ASYNC_GENERATOR;
            default:
                return K_NORMAL;
        }
    }

    private static int methodKindFor(int flags) {
        switch (flags) {
            case F_ASYNC:
                return K_ASYNC_METHOD;
            case F_GENERATOR:
                return K_GENERATOR_METHOD;
            case F_ASYNC | F_GENERATOR:
                return K_ASYNC_GENERATOR_METHOD;
            default:
                return K_METHOD;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Function state: kind and break/continue targets

    private static final class Target {
        final @Nullable Target previous;
        final @Nullable List<String> labels;
        final @Nullable List<String> ownLabels;
        final boolean iteration;
        final boolean anonymous;

        Target(@Nullable Target previous, @Nullable List<String> labels, @Nullable List<String> ownLabels,
                boolean iteration, boolean anonymous) {
            this.previous = previous;
            this.labels = labels;
            this.ownLabels = ownLabels;
            this.iteration = iteration;
            this.anonymous = anonymous;
        }
    }

    private static final class FnState {
        final @Nullable FnState outer;
        final int kind;
        @Nullable Target targets;
        /** V8's heuristic for immediately invoked functions, which it parses eagerly. */
        boolean nextFunctionIsLikelyCalled;
        boolean previousFunctionWasLikelyCalled;

        FnState(@Nullable FnState outer, int kind) {
            this.outer = outer;
            this.kind = kind;
            if (outer != null) {
                outer.previousFunctionWasLikelyCalled = outer.nextFunctionIsLikelyCalled;
                outer.nextFunctionIsLikelyCalled = false;
            }
        }
    }

    /**
     * False inside the body of a function V8 compiles lazily: its pre-parser checks the octal position of a
     * strict function after the closing brace (and the token after it) has been scanned, the full parser's lazy
     * path before.
     */
    private boolean fullParse = true;

    private FnState fn;

    /** The innermost non-arrow function: what {@code super}, {@code arguments} and {@code new.target} see. */
    private FnState receiver() {
        FnState f = fn;
        while (isArrow(f.kind) && f.outer != null) {
            f = f.outer;
        }
        return f;
    }

    private boolean isGeneratorContext() {
        return isGenerator(fn.kind);
    }

    private boolean isAwaitAllowed() {
        return isAsync(fn.kind);
    }

    private boolean isAwaitAsIdentifierDisallowed() {
        return isAsync(fn.kind) || fn.kind == K_STATIC_INITIALIZER;
    }

    private boolean shouldBanArguments() {
        int kind = receiver().kind;
        return kind == K_FIELD_INITIALIZER || kind == K_STATIC_INITIALIZER;
    }

    private void pushTarget(@Nullable List<String> labels, @Nullable List<String> ownLabels, boolean iteration,
            boolean anonymous) {
        fn.targets = new Target(fn.targets, labels, ownLabels, iteration, anonymous);
    }

    private void popTarget() {
        Target t = fn.targets;
        if (t != null) {
            fn.targets = t.previous;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Scopes and declarations

    private static final int VAR = 1;
    private static final int LEXICAL = 2;
    private static final int SLOPPY_BLOCK_FUNCTION = 4;
    private static final int PARAM_LEXICAL = 8;

    private static final class Scope {
        static final int FUNCTION = 0;
        static final int BLOCK = 1;
        static final int CATCH = 2;
        static final int CLASS = 3;
        static final int WITH = 4;

        final @Nullable Scope parent;
        final int type;
        final boolean declarationScope;
        boolean strict;
        boolean simpleParameters = true;
        boolean skipNestedVarCheck;
        final Map<String, Integer> vars = new HashMap<>();
        /** Names of var declarations made in this scope or a nested one (block scopes only). */
        final Set<String> hoisted = new HashSet<>();

        Scope(@Nullable Scope parent, int type, boolean declarationScope, boolean strict) {
            this.parent = parent;
            this.type = type;
            this.declarationScope = declarationScope;
            this.strict = strict;
        }

        Scope declarationScope() {
            Scope s = this;
            while (!s.declarationScope && s.parent != null) {
                s = s.parent;
            }
            return s;
        }

        /** A function's parameters are simple when its closure scope says so (V8's HasSimpleParameters). */
        boolean hasSimpleParameters() {
            Scope s = this;
            while (s.type != FUNCTION && s.parent != null) {
                s = s.parent;
            }
            return s.type != FUNCTION || s.simpleParameters;
        }
    }

    private Scope scope;

    private Scope pushScope(int type, boolean declarationScope) {
        scope = new Scope(scope, type, declarationScope, scope.strict);
        return scope;
    }

    /** Leaves {@code s}: a var declaration that passed through it conflicts with a lexical one of it. */
    private void popScope(Scope s) {
        closeScope(s);
        scope = s.parent == null ? s : s.parent;
    }

    private static void closeScope(Scope s) {
        for (String name : s.hoisted) {
            if (s.vars.containsKey(name)) {
                throw fail();
            }
        }
    }

    private void declareVar(String name, Scope at) {
        Scope s = at;
        if (at.declarationScope().skipNestedVarCheck) {
            s = at.declarationScope();
        }
        while (!s.declarationScope && s.parent != null) {
            if (s.type != Scope.CATCH && !s.hoisted.add(name)) {
                s = s.declarationScope();
                break;
            }
            s = s.parent;
        }
        Integer existing = s.vars.get(name);
        if (existing == null) {
            s.vars.put(name, VAR);
        } else if ((existing & LEXICAL) != 0) {
            throw fail();
        }
    }

    private void declareLexical(String name, Scope at, boolean sloppyBlockFunction) {
        Integer existing = at.vars.get(name);
        if (existing != null) {
            boolean bothSloppyFunctions = (existing & SLOPPY_BLOCK_FUNCTION) != 0 && sloppyBlockFunction;
            if (!bothSloppyFunctions) {
                throw fail();
            }
        }
        at.vars.put(name, LEXICAL | (sloppyBlockFunction ? SLOPPY_BLOCK_FUNCTION : 0));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Expression scopes (V8's ExpressionScope family), with errors as flags

    private static final int E_EXPRESSION = 0;
    private static final int E_MAYBE_ARROW = 1;
    private static final int E_MAYBE_ASYNC_ARROW = 2;
    private static final int E_PARAM = 3;
    private static final int E_VAR = 4;
    private static final int E_LEXICAL = 5;

    private static final class EScope {
        final JsParser parser;
        final @Nullable EScope parent;
        final int type;
        final boolean possibleParameterInChain;
        final boolean asyncArrowInChain;
        boolean expressionError;
        boolean patternError;
        boolean declarationError;
        boolean nonSimple;
        boolean strictParameterError;
        @Nullable Params params;
        @Nullable Scope declarationTarget;

        EScope(JsParser parser, int type) {
            this.parser = parser;
            this.parent = parser.escope;
            this.type = type;
            EScope p = parent;
            this.possibleParameterInChain = canBeParameterDeclaration() || p != null && p.possibleParameterInChain;
            this.asyncArrowInChain = type == E_MAYBE_ASYNC_ARROW
                    || canBeExpression() && p != null && p.canBeExpression() && p.asyncArrowInChain;
            parser.escope = this;
        }

        void close() {
            parser.escope = parent;
        }

        boolean canBeExpression() {
            return type <= E_MAYBE_ASYNC_ARROW;
        }

        boolean canBeDeclaration() {
            return type >= E_MAYBE_ARROW;
        }

        boolean isCertainlyDeclaration() {
            return type >= E_PARAM;
        }

        boolean isArrowHead() {
            return type == E_MAYBE_ARROW || type == E_MAYBE_ASYNC_ARROW;
        }

        boolean canBeParameterDeclaration() {
            return type >= E_MAYBE_ARROW && type <= E_PARAM;
        }

        void recordAsyncArrowParametersError() {
            if (!canBeExpression()) {
                return;
            }
            for (EScope s = this; s != null && asyncArrowInChain; s = s.parent) {
                if (s.type == E_MAYBE_ASYNC_ARROW) {
                    s.declarationError = true;
                }
            }
        }

        void recordParameterInitializerError() {
            EScope s = this;
            while (s.type != E_PARAM) {
                if (!possibleParameterInChain) {
                    return;
                }
                if (s.canBeParameterDeclaration()) {
                    s.declarationError = true;
                }
                s = s.parent;
                if (s == null) {
                    return;
                }
            }
            throw fail();
        }

        void recordPatternError() {
            if (isCertainlyDeclaration()) {
                throw fail();
            }
            patternError = true;
        }

        void recordStrictModeParameterError() {
            if (!canBeParameterDeclaration()) {
                return;
            }
            boolean strict = parser.scope.strict;
            if (type == E_PARAM) {
                if (strict) {
                    throw fail();
                }
                Params p = params;
                if (p != null) {
                    p.strictError = true;
                }
            } else if (strict) {
                declarationError = true;
            } else {
                strictParameterError = true;
            }
        }

        void recordDeclarationError() {
            if (!canBeDeclaration()) {
                return;
            }
            if (isCertainlyDeclaration()) {
                throw fail();
            }
            declarationError = true;
        }

        void recordExpressionError() {
            if (canBeExpression()) {
                expressionError = true;
            }
        }

        void recordNonSimpleParameter() {
            if (isArrowHead()) {
                nonSimple = true;
            }
        }

        void validateAsPattern(Expr expression) {
            if (!canBeExpression()) {
                return;
            }
            validatePattern(expression);
            expressionError = false;
        }

        void validateAsExpression() {
            if (!canBeExpression()) {
                return;
            }
            validateExpression();
            patternError = false;
        }

        void validateExpression() {
            if (expressionError) {
                throw fail();
            }
        }

        void validatePattern(Expr expression) {
            if (patternError || expression.parenthesized) {
                throw fail();
            }
        }

        void validateDeclaration() {
            if (declarationError || patternError) {
                throw fail();
            }
        }
    }

    /** V8's AccumulationScope: keeps the first errors of several sub-expressions parsed in one scope. */
    private static final class Accumulation {
        final @Nullable EScope scope;
        boolean expressionError;
        boolean patternError;

        Accumulation(@Nullable EScope scope) {
            if (scope == null || !scope.canBeExpression()) {
                this.scope = null;
                return;
            }
            this.scope = scope;
            expressionError = scope.expressionError;
            patternError = scope.patternError;
            scope.expressionError = false;
            scope.patternError = false;
        }

        void accumulate() {
            EScope s = scope;
            if (s == null) {
                return;
            }
            expressionError |= s.expressionError;
            patternError |= s.patternError;
            s.expressionError = false;
            s.patternError = false;
        }

        void validateExpression() {
            EScope s = scope;
            if (s == null) {
                return;
            }
            s.validateExpression();
            s.patternError = false;
        }

        void close() {
            EScope s = scope;
            if (s == null) {
                return;
            }
            accumulate();
            if (expressionError) {
                s.expressionError = true;
            }
            if (patternError) {
                s.patternError = true;
            }
        }
    }

    private @Nullable EScope escope;

    private static final class Params {
        final Scope scope;
        final Set<String> names = new HashSet<>();
        boolean simple = true;
        boolean hasRest;
        boolean duplicate;
        boolean strictError;
        int arity;

        Params(Scope scope) {
            this.scope = scope;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Expressions as far as the cover grammar needs them

    private static final int X_OTHER = 0;
    private static final int X_IDENT = 1;
    private static final int X_PROPERTY = 2;
    private static final int X_CALL = 3;
    private static final int X_SUPER_CALL_REFERENCE = 4;
    private static final int X_CALL_NEW = 5;
    private static final int X_ARRAY = 6;
    private static final int X_OBJECT = 7;
    private static final int X_ASSIGN = 8;
    private static final int X_SPREAD = 9;
    private static final int X_EMPTY_PARENS = 10;
    private static final int X_LIST = 11;
    private static final int X_OPTIONAL_CHAIN = 12;
    private static final int X_IMPORT_CALL = 13;
    private static final int X_STRING = 14;
    private static final int X_SUPER_PROPERTY_REFERENCE = 15;

    private static final class Expr {
        final int kind;
        boolean parenthesized;
        String name = "";
        boolean tagged;
        boolean privateKey;
        @Nullable Expr target;
        @Nullable List<Expr> items;

        Expr(int kind) {
            this.kind = kind;
        }

        boolean isPattern() {
            return kind == X_ARRAY || kind == X_OBJECT;
        }
    }

    private static Expr other() {
        return new Expr(X_OTHER);
    }

    private static boolean isEvalOrArguments(String name) {
        return name.equals("eval") || name.equals("arguments");
    }

    private boolean isAssignableIdentifier(Expr e) {
        return e.kind == X_IDENT && !(scope.strict && isEvalOrArguments(e.name));
    }

    private boolean isValidReferenceExpression(Expr e) {
        return isAssignableIdentifier(e) || e.kind == X_PROPERTY;
    }

    /** V8's Token::IsValidIdentifier for an identifier-like token in the current context. */
    private boolean isValidIdentifier(Token t, boolean generator, boolean disallowAwait) {
        if (t.kind != JsScanner.IDENT) {
            return false;
        }
        switch (t.idClass) {
            case JsScanner.ID_PLAIN:
            case JsScanner.ID_ASYNC:
                return true;
            case JsScanner.ID_AWAIT:
                return !disallowAwait;
            case JsScanner.ID_YIELD:
                return !generator && !scope.strict;
            case JsScanner.ID_LET:
            case JsScanner.ID_STATIC:
            case JsScanner.ID_FUTURE_STRICT:
            case JsScanner.ID_ESCAPED_STRICT:
                return !scope.strict;
            default:
                return false;
        }
    }

    private static boolean isStrictReservedWord(Token t) {
        return t.kind == JsScanner.IDENT && t.idClass >= JsScanner.ID_YIELD && t.idClass <= JsScanner.ID_ESCAPED_STRICT;
    }

    private String parseAndClassifyIdentifier(Token t) {
        EScope es = escope;
        if (t.isIdentClass(JsScanner.ID_PLAIN) || t.isIdentClass(JsScanner.ID_ASYNC)) {
            if (t.value.equals("arguments") && shouldBanArguments()) {
                throw fail();
            }
            return t.value;
        }
        if (!isValidIdentifier(t, isGeneratorContext(), isAwaitAsIdentifierDisallowed())) {
            throw fail();
        }
        if (t.idClass == JsScanner.ID_AWAIT) {
            if (es != null) {
                es.recordAsyncArrowParametersError();
            }
            return t.value;
        }
        if (es != null) {
            es.recordStrictModeParameterError();
        }
        return t.value;
    }

    /** V8's ParseIdentifier: a valid identifier for a function of {@code kind}, no classification. */
    private String parseIdentifier(int kind) {
        Token t = next();
        boolean disallowAwait = isAsync(kind) || kind == K_STATIC_INITIALIZER;
        if (!isValidIdentifier(t, isGenerator(kind), disallowAwait)) {
            throw fail();
        }
        return t.value;
    }

    private String parseIdentifier() {
        return parseIdentifier(fn.kind);
    }

    /** Creates the identifier expression; in a declaration context this declares the name. */
    private Expr expressionFromIdentifier(String name) {
        EScope es = escope;
        if (es != null && !es.canBeExpression()) {
            declareFromScope(es, name);
        }
        Expr e = new Expr(X_IDENT);
        e.name = name;
        return e;
    }

    private void declareFromScope(EScope es, String name) {
        Scope target = es.declarationTarget;
        switch (es.type) {
            case E_PARAM: {
                Params p = es.params;
                if (p != null && !p.names.add(name)) {
                    p.duplicate = true;
                }
                break;
            }
            case E_VAR:
                declareVar(name, target == null ? scope : target);
                break;
            default:
                if (name.equals("let")) {
                    throw fail();
                }
                declareLexical(name, target == null ? scope : target, false);
                break;
        }
    }

    private void classifyParameter(String name) {
        EScope es = escope;
        if (isEvalOrArguments(name) && es != null) {
            es.recordStrictModeParameterError();
        }
    }

    private void classifyArrowParameter(Accumulation acc, Expr parameter) {
        acc.accumulate();
        EScope es = escope;
        if (es == null) {
            return;
        }
        if (parameter.parenthesized
                || !(parameter.kind == X_IDENT || parameter.isPattern() || parameter.kind == X_ASSIGN)) {
            es.recordDeclarationError();
        } else if (parameter.kind == X_IDENT) {
            classifyParameter(parameter.name);
        } else {
            es.recordNonSimpleParameter();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Expression parsing

    private Expr parseExpression() {
        EScope es = new EScope(this, E_EXPRESSION);
        boolean savedIn = acceptIn;
        acceptIn = true;
        Expr result = parseExpressionCoverGrammar();
        acceptIn = savedIn;
        es.validateExpression();
        es.close();
        return result;
    }

    private Expr parseAssignmentExpression() {
        EScope es = new EScope(this, E_EXPRESSION);
        Expr result = parseAssignmentExpressionCoverGrammar();
        es.validateExpression();
        es.close();
        return result;
    }

    private boolean acceptIn = true;

    private Expr parseExpressionCoverGrammar() {
        List<Expr> list = new ArrayList<>();
        Expr expression;
        Accumulation acc = new Accumulation(escope);
        while (true) {
            if (peek().is("...")) {
                Expr rest = parseArrowParametersWithRest(list, acc);
                acc.close();
                return rest;
            }
            expression = parseAssignmentExpressionCoverGrammar();
            classifyArrowParameter(acc, expression);
            list.add(expression);
            if (!check(",")) {
                break;
            }
            if (peek().is(")") && peekAhead().is("=>")) {
                break; // trailing comma in arrow parameters
            }
            if (peek().isKeyword("function") && fn.previousFunctionWasLikelyCalled) {
                fn.nextFunctionIsLikelyCalled = true;
            }
        }
        acc.close();
        if (list.size() == 1) {
            return expression;
        }
        Expr e = new Expr(X_LIST);
        e.items = list;
        return e;
    }

    private Expr parseArrowParametersWithRest(List<Expr> list, Accumulation acc) {
        next(); // ...
        Expr pattern = parseBindingPattern();
        classifyArrowParameter(acc, pattern);
        EScope es = escope;
        if (es != null) {
            es.recordNonSimpleParameter();
        }
        if (peek().is("=") || peek().is(",")) {
            throw fail();
        }
        if (!peek().is(")") || !peekAhead().is("=>")) {
            throw fail();
        }
        Expr spread = new Expr(X_SPREAD);
        spread.target = pattern;
        list.add(spread);
        Expr e = new Expr(X_LIST);
        e.items = list;
        return e;
    }

    private Expr parseAssignmentExpressionCoverGrammar() {
        enter();
        Expr result;
        if (peek().isIdentClass(JsScanner.ID_YIELD) && isGeneratorContext()) {
            result = parseYieldExpression();
        } else {
            Expr expression = parseConditionalExpression();
            Token op = peek();
            result = isArrowOrAssignmentOp(op) ? parseAssignmentContinuation(expression) : expression;
        }
        leave();
        return result;
    }

    private static final Set<String> ASSIGNMENT_OPS = Set.of("=", "+=", "-=", "*=", "/=", "%=", "**=", "<<=",
            ">>=", ">>>=", "&=", "|=", "^=", "&&=", "||=", "??=");

    private static boolean isArrowOrAssignmentOp(Token t) {
        return t.kind == JsScanner.PUNCT && (t.value.equals("=>") || ASSIGNMENT_OPS.contains(t.value));
    }

    private @Nullable ArrowHead nextArrow;

    /** What the parser learned about an arrow head when it saw the '=>' after it. */
    private static final class ArrowHead {
        final int kind;
        final boolean simple;
        final boolean strictParameterError;
        final Set<String> names;
        final int start;

        ArrowHead(int kind, boolean simple, boolean strictParameterError, Set<String> names, int start) {
            this.kind = kind;
            this.simple = simple;
            this.strictParameterError = strictParameterError;
            this.names = names;
            this.start = start;
        }
    }

    private Expr parseAssignmentContinuation(Expr expression) {
        Token op = peek();
        EScope es = escope;
        if (op.is("=>")) {
            if (expression.kind != X_IDENT && !expression.parenthesized
                    && expression.kind != X_EMPTY_PARENS) {
                throw fail();
            }
            ArrowHead head = nextArrow;
            nextArrow = null;
            if (head == null) {
                throw fail();
            }
            return parseArrowFunctionLiteral(head);
        }
        if (es == null) {
            throw fail();
        }
        if (isAssignableIdentifier(expression)) {
            if (expression.parenthesized) {
                es.recordDeclarationError();
            }
        } else if (expression.kind == X_PROPERTY) {
            es.recordDeclarationError();
            es.validateAsExpression();
        } else if (expression.isPattern() && op.is("=")) {
            if (expression.parenthesized) {
                throw fail();
            }
            es.validateAsPattern(expression);
        } else {
            boolean logical = op.is("&&=") || op.is("||=") || op.is("??=");
            rewriteInvalidReferenceExpression(expression, logical);
        }
        next();
        parseAssignmentExpression();
        if (!op.is("=")) {
            es.recordPatternError();
            return other();
        }
        Expr assignment = new Expr(X_ASSIGN);
        assignment.target = expression;
        return assignment;
    }

    /** A call as an assignment target is a runtime error in V8 (web compatibility); anything else fails now. */
    private void rewriteInvalidReferenceExpression(Expr expression, boolean earlyError) {
        if (expression.kind == X_CALL && !expression.tagged && !earlyError) {
            EScope es = escope;
            if (es != null) {
                es.recordPatternError();
            }
            return;
        }
        throw fail();
    }

    private Expr parseYieldExpression() {
        EScope es = escope;
        if (es != null) {
            es.recordParameterInitializerError();
        }
        Token yield = next();
        if (yield.escaped) {
            throw fail();
        }
        boolean delegating = false;
        if (!newlineBeforeNext()) {
            if (check("*")) {
                delegating = true;
            }
            Token t = peek();
            boolean ends = t.kind == JsScanner.EOS || t.is(";") || t.is("}") || t.is("]") || t.is(")")
                    || t.is(":") || t.is(",") || t.isKeyword("in");
            if (!ends || delegating) {
                parseAssignmentExpressionCoverGrammar();
            }
        }
        return other();
    }

    private Expr parseConditionalExpression() {
        Expr expression = parseLogicalExpression();
        if (!peek().is("?")) {
            return expression;
        }
        next();
        boolean savedIn = acceptIn;
        acceptIn = true;
        parseAssignmentExpression();
        acceptIn = savedIn;
        expect(":");
        parseAssignmentExpression();
        return other();
    }

    private Expr parseLogicalExpression() {
        Expr expression = parseBinaryExpression(6);
        Token t = peek();
        if (t.is("&&") || t.is("||")) {
            expression = parseBinaryContinuation(expression, 4, precedence(t));
        } else if (t.is("??")) {
            while (peek().is("??")) {
                next();
                parseBinaryExpression(6);
            }
            expression = other();
        }
        return expression;
    }

    private int precedence(Token t) {
        if (t.kind == JsScanner.IDENT) {
            if (t.isKeyword("instanceof")) {
                return 10;
            }
            if (t.isKeyword("in")) {
                return acceptIn ? 10 : 0;
            }
            return 0;
        }
        if (t.kind != JsScanner.PUNCT) {
            return 0;
        }
        switch (t.value) {
            case ",":
                return 1;
            case "||":
                return 4;
            case "&&":
                return 5;
            case "|":
                return 6;
            case "^":
                return 7;
            case "&":
                return 8;
            case "==":
            case "!=":
            case "===":
            case "!==":
                return 9;
            case "<":
            case ">":
            case "<=":
            case ">=":
                return 10;
            case "<<":
            case ">>":
            case ">>>":
                return 11;
            case "+":
            case "-":
                return 12;
            case "*":
            case "/":
            case "%":
                return 13;
            case "**":
                return 14;
            default:
                return 0;
        }
    }

    private Expr parseBinaryContinuation(Expr x, int prec, int prec1) {
        Expr result = x;
        int p = prec1;
        do {
            while (precedence(peek()) == p) {
                Token op = next();
                if (op.is("**")) {
                    // Right-associative: each ** nests one level deeper.
                    enter();
                    parseBinaryExpression(p);
                    leave();
                } else {
                    parseBinaryExpression(p + 1);
                }
                result = other();
            }
            p--;
        } while (p >= prec);
        return result;
    }

    private Expr parseBinaryExpression(int prec) {
        Expr result;
        if (peek().kind == JsScanner.PRIVATE_NAME) {
            parsePropertyOrPrivatePropertyName();
            int prec1 = precedence(peek());
            if (!peek().isKeyword("in") || prec1 < prec) {
                throw fail();
            }
            result = parseBinaryContinuation(other(), prec, prec1);
        } else {
            Expr x = parseUnaryExpression();
            int prec1 = precedence(peek());
            result = prec1 >= prec ? parseBinaryContinuation(x, prec, prec1) : x;
        }
        return result;
    }

    private static boolean isUnaryOp(Token t) {
        if (t.kind == JsScanner.PUNCT) {
            return t.value.equals("!") || t.value.equals("~") || t.value.equals("+") || t.value.equals("-");
        }
        return t.isKeyword("delete") || t.isKeyword("typeof") || t.isKeyword("void");
    }

    private static boolean isCountOp(Token t) {
        return t.is("++") || t.is("--");
    }

    private Expr parseUnaryExpression() {
        Token op = peek();
        if (isUnaryOp(op) || isCountOp(op)) {
            return parseUnaryOrPrefixExpression();
        }
        if (isAwaitAllowed() && op.isIdentClass(JsScanner.ID_AWAIT)) {
            return parseAwaitExpression();
        }
        return parsePostfixExpression();
    }

    private Expr parseUnaryOrPrefixExpression() {
        enter();
        Token op = next();
        if (op.is("!") && peek().isKeyword("function")) {
            fn.nextFunctionIsLikelyCalled = true;
        }
        Expr expression = parseUnaryExpression();
        if (isUnaryOp(op)) {
            if (op.isKeyword("delete")) {
                if (expression.kind == X_IDENT && scope.strict) {
                    throw fail();
                }
                if (expression.privateKey) {
                    throw fail();
                }
            }
            if (peek().is("**")) {
                throw fail();
            }
        } else if (!isValidReferenceExpression(expression)) {
            rewriteInvalidReferenceExpression(expression, false);
        }
        leave();
        return other();
    }

    private Expr parseAwaitExpression() {
        enter();
        EScope es = escope;
        if (es != null) {
            es.recordParameterInitializerError();
        }
        Token await = next();
        if (await.escaped) {
            throw fail();
        }
        parseUnaryExpression();
        if (peek().is("**")) {
            throw fail();
        }
        leave();
        return other();
    }

    private Expr parsePostfixExpression() {
        Expr expression = parseLeftHandSideExpression();
        if (!isCountOp(peek()) || newlineBeforeNext()) {
            return expression;
        }
        if (!isValidReferenceExpression(expression)) {
            rewriteInvalidReferenceExpression(expression, false);
        }
        next();
        return other();
    }

    private Expr parseLeftHandSideExpression() {
        Expr result = parseMemberExpression();
        if (!isPropertyOrCall(peek())) {
            return result;
        }
        return parseLeftHandSideContinuation(result);
    }

    private static boolean isTemplate(Token t) {
        return t.kind == JsScanner.TEMPLATE_SPAN || t.kind == JsScanner.TEMPLATE_TAIL;
    }

    private static boolean isMember(Token t) {
        return t.is("[") || t.is(".") || isTemplate(t);
    }

    private static boolean isPropertyOrCall(Token t) {
        return isMember(t) || t.is("(") || t.is("?.");
    }

    private Expr parseLeftHandSideContinuation(Expr start) {
        Expr result = start;
        if (peek().is("(") && result.kind == X_IDENT && cur.isIdentClass(JsScanner.ID_ASYNC)
                && !newlineBeforeNext() && !cur.escaped) {
            int asyncStart = cur.start;
            EScope head = new EScope(this, E_MAYBE_ASYNC_ARROW);
            List<Expr> args = parseArguments(true);
            if (peek().is("=>")) {
                nextArrow = validateAndCreateArrowHead(head, K_ASYNC_ARROW, args, asyncStart);
                head.close();
                if (args.isEmpty()) {
                    return new Expr(X_EMPTY_PARENS);
                }
                Expr params = new Expr(X_LIST);
                params.items = args;
                params.parenthesized = true;
                return params;
            }
            head.validateExpression();
            head.close();
            result = new Expr(X_CALL);
            if (!isPropertyOrCall(peek())) {
                return result;
            }
        }
        boolean optionalChaining = false;
        boolean isOptional = false;
        do {
            Token t = peek();
            if (t.is("?.")) {
                if (isOptional) {
                    throw fail();
                }
                next();
                isOptional = true;
                optionalChaining = true;
                if (isPropertyOrCall(peek())) {
                    continue;
                }
                Expr key = parsePropertyOrPrivatePropertyName();
                result = newProperty(key);
            } else if (t.is("[")) {
                next();
                boolean savedIn = acceptIn;
                acceptIn = true;
                parseExpressionCoverGrammar();
                acceptIn = savedIn;
                result = newProperty(null);
                expect("]");
            } else if (t.is(".")) {
                if (isOptional) {
                    throw fail();
                }
                next();
                Expr key = parsePropertyOrPrivatePropertyName();
                result = newProperty(key);
            } else if (t.is("(")) {
                parseArguments(false);
                result = new Expr(X_CALL);
            } else {
                if (optionalChaining) {
                    throw fail();
                }
                parseTemplateLiteral(true);
                result = new Expr(X_CALL);
                result.tagged = true;
            }
            isOptional = false;
        } while (isPropertyOrCall(peek()));
        if (optionalChaining) {
            Expr chain = new Expr(X_OPTIONAL_CHAIN);
            chain.privateKey = result.privateKey;
            return chain;
        }
        return result;
    }

    private static Expr copyOf(Expr e) {
        Expr c = new Expr(e.kind);
        c.parenthesized = e.parenthesized;
        c.name = e.name;
        c.tagged = e.tagged;
        c.privateKey = e.privateKey;
        c.target = e.target;
        c.items = e.items;
        return c;
    }

    private static Expr newProperty(@Nullable Expr key) {
        Expr p = new Expr(X_PROPERTY);
        p.privateKey = key != null && key.privateKey;
        return p;
    }

    private List<Expr> parseArguments(boolean maybeArrow) {
        List<Expr> args = new ArrayList<>();
        next(); // (
        Accumulation acc = new Accumulation(escope);
        while (!peek().is(")")) {
            boolean spread = check("...");
            boolean savedIn = acceptIn;
            acceptIn = true;
            Expr argument = parseAssignmentExpressionCoverGrammar();
            acceptIn = savedIn;
            if (maybeArrow) {
                classifyArrowParameter(acc, argument);
                if (spread) {
                    EScope es = escope;
                    if (es != null) {
                        es.recordNonSimpleParameter();
                        if (argument.kind == X_ASSIGN || peek().is(",")) {
                            es.recordAsyncArrowParametersError();
                        }
                    }
                }
            }
            if (spread) {
                Expr s = new Expr(X_SPREAD);
                s.target = argument;
                argument = s;
            }
            args.add(argument);
            if (!check(",")) {
                break;
            }
        }
        acc.close();
        if (args.size() + 1 > MAX_ARGUMENTS) {
            throw fail();
        }
        expect(")");
        return args;
    }

    private Expr parseMemberExpression() {
        Expr result = parsePrimaryExpression();
        return parseMemberExpressionContinuation(result);
    }

    private Expr parseMemberExpressionContinuation(Expr start) {
        Expr expression = start;
        while (isMember(peek())) {
            Token t = peek();
            if (t.is("[")) {
                next();
                boolean savedIn = acceptIn;
                acceptIn = true;
                parseExpressionCoverGrammar();
                acceptIn = savedIn;
                expression = newProperty(null);
                expect("]");
            } else if (t.is(".")) {
                next();
                Expr key = parsePropertyOrPrivatePropertyName();
                expression = newProperty(key);
            } else {
                parseTemplateLiteral(true);
                expression = new Expr(X_CALL);
                expression.tagged = true;
            }
        }
        return expression;
    }

    /** After '.' or '?.': an IdentifierName (any keyword, escaped or not) or a declared private name. */
    private Expr parsePropertyOrPrivatePropertyName() {
        Token t = next();
        Expr key = other();
        if (t.kind == JsScanner.IDENT) {
            return key;
        }
        if (t.kind == JsScanner.PRIVATE_NAME) {
            referencePrivateName(t.value);
            key.privateKey = true;
            return key;
        }
        throw fail();
    }

    private Expr parsePrimaryExpression() {
        Token token = peek();
        if (token.isAnyIdentifier()) {
            next();
            int kind = K_ARROW;
            Token nameToken = token;
            if (token.idClass == JsScanner.ID_ASYNC && !newlineBeforeNext() && !token.escaped) {
                if (peek().isKeyword("function")) {
                    return parseAsyncFunctionLiteral();
                }
                if (peek().isAnyIdentifier() && peekAhead().is("=>")) {
                    nameToken = next();
                    kind = K_ASYNC_ARROW;
                }
            }
            if (peek().is("=>")) {
                EScope head = new EScope(this, kind == K_ARROW ? E_MAYBE_ARROW : E_MAYBE_ASYNC_ARROW);
                String name = parseAndClassifyIdentifier(nameToken);
                classifyParameter(name);
                Expr result = expressionFromIdentifier(name);
                nextArrow = validateAndCreateArrowHead(head, kind, List.of(result), token.start);
                head.close();
                return result;
            }
            String name = parseAndClassifyIdentifier(nameToken);
            return expressionFromIdentifier(name);
        }
        if (token.kind == JsScanner.NUMBER || token.kind == JsScanner.BIGINT) {
            next();
            return other();
        }
        if (token.kind == JsScanner.STRING) {
            next();
            return new Expr(X_STRING);
        }
        if (isTemplate(token)) {
            parseTemplateLiteral(false);
            return other();
        }
        if (token.kind == JsScanner.IDENT) {
            switch (token.idClass == JsScanner.ID_KEYWORD ? token.value : "") {
                case "null":
                case "true":
                case "false":
                case "this":
                    next();
                    return other();
                case "new":
                    return parseMemberWithPresentNewPrefixesExpression();
                case "function":
                    return parseFunctionExpression();
                case "super":
                    return parseSuperExpression();
                case "import":
                    return parseImportExpressions();
                case "class":
                    return parseClassExpression();
                default:
                    throw fail();
            }
        }
        if (token.is("/") || token.is("/=")) {
            return parseRegExpLiteral();
        }
        if (token.is("[")) {
            return parseArrayLiteral();
        }
        if (token.is("{")) {
            return parseObjectLiteral();
        }
        if (token.is("(")) {
            return parseParenthesized();
        }
        throw fail();
    }

    private Expr parseParenthesized() {
        int openParen = next().start;
        if (check(")")) {
            if (!peek().is("=>")) {
                throw fail();
            }
            nextArrow = new ArrowHead(K_ARROW, true, false, Set.of(), openParen);
            return new Expr(X_EMPTY_PARENS);
        }
        EScope head = new EScope(this, E_MAYBE_ARROW);
        Token first = peek();
        if (first.isKeyword("function")
                || first.isIdentClass(JsScanner.ID_ASYNC) && peekAhead().isKeyword("function")) {
            fn.nextFunctionIsLikelyCalled = true;
        }
        boolean savedIn = acceptIn;
        acceptIn = true;
        Expr expr = parseExpressionCoverGrammar();
        acceptIn = savedIn;
        expect(")");
        Expr result = copyOf(expr);
        result.parenthesized = true;
        if (peek().is("=>")) {
            List<Expr> params = expr.kind == X_LIST && !expr.parenthesized && expr.items != null
                    ? expr.items : List.of(expr);
            nextArrow = validateAndCreateArrowHead(head, K_ARROW, params, openParen);
        } else {
            head.validateExpression();
        }
        head.close();
        return result;
    }

    /** ValidateAndCreateScope: the head is a valid parameter list, without duplicate names. */
    private ArrowHead validateAndCreateArrowHead(EScope head, int kind, List<Expr> params, int start) {
        head.validateDeclaration();
        Set<String> names = new HashSet<>();
        for (Expr p : params) {
            collectBoundNames(p, names);
        }
        return new ArrowHead(kind, !head.nonSimple, head.strictParameterError, names, start);
    }

    private static void collectBoundNames(@Nullable Expr e, Set<String> names) {
        if (e == null) {
            return;
        }
        switch (e.kind) {
            case X_IDENT:
                if (!names.add(e.name)) {
                    throw fail();
                }
                break;
            case X_ASSIGN:
            case X_SPREAD:
                collectBoundNames(e.target, names);
                break;
            case X_ARRAY:
            case X_OBJECT:
            case X_LIST: {
                List<Expr> items = e.items;
                if (items != null) {
                    for (Expr item : items) {
                        collectBoundNames(item, names);
                    }
                }
                break;
            }
            default:
                break;
        }
    }

    private Expr parseArrowFunctionLiteral(ArrowHead head) {
        if (newlineBeforeNext()) {
            throw fail();
        }
        enter();
        Scope functionScope = new Scope(scope, Scope.FUNCTION, true, scope.strict);
        functionScope.simpleParameters = head.simple;
        Params params = new Params(functionScope);
        params.simple = head.simple;
        params.strictError = head.strictParameterError;
        for (String name : head.names) {
            functionScope.vars.put(name, head.simple ? VAR : PARAM_LEXICAL);
        }
        params.names.addAll(head.names);

        Scope savedScope = scope;
        FnState savedFn = fn;
        EScope savedEscope = escope;
        scope = functionScope;
        fn = new FnState(fn, head.kind);
        escope = null;
        next(); // =>
        if (peek().is("{")) {
            next();
            boolean savedIn = acceptIn;
            acceptIn = true;
            parseFunctionBody(params, head.kind, false, head.start, false);
            acceptIn = savedIn;
        } else {
            parseFunctionBody(params, head.kind, true, head.start, false);
        }
        scope = savedScope;
        fn = savedFn;
        escope = savedEscope;
        leave();
        return other();
    }

    private Expr parseAsyncFunctionLiteral() {
        if (cur.escaped) {
            throw fail();
        }
        next(); // function
        int flags = F_ASYNC;
        if (check("*")) {
            flags |= F_GENERATOR;
        }
        int kind = functionKindFor(flags);
        String name = null;
        boolean strictReserved = isStrictReservedWord(peek());
        if (peek().isAnyIdentifier()) {
            name = parseIdentifier(kind);
        }
        parseFunctionLiteral(name, strictReserved, kind, false);
        return new Expr(X_OTHER);
    }

    private Expr parseFunctionExpression() {
        next(); // function
        int kind = check("*") ? K_GENERATOR : K_NORMAL;
        String name = null;
        boolean strictReserved = isStrictReservedWord(peek());
        if (peek().isAnyIdentifier()) {
            name = parseIdentifier(kind);
        }
        parseFunctionLiteral(name, strictReserved, kind, false);
        return other();
    }

    private Expr parseMemberWithPresentNewPrefixesExpression() {
        enter();
        next(); // new
        Expr result;
        if (peek().isKeyword("import")) {
            result = parseMemberExpression();
            if (result.kind == X_IMPORT_CALL) {
                throw fail();
            }
        } else if (peek().is(".")) {
            next();
            Token target = next();
            if (!(target.kind == JsScanner.IDENT && target.idClass == JsScanner.ID_PLAIN
                    && target.value.equals("target"))) {
                throw fail();
            }
            if (target.escaped) {
                throw fail();
            }
            leave();
            return parseMemberExpressionContinuation(other());
        } else {
            result = parseMemberExpression();
            if (result.kind == X_SUPER_CALL_REFERENCE) {
                throw fail();
            }
        }
        if (peek().is("(")) {
            parseArguments(false);
            leave();
            return parseMemberExpressionContinuation(new Expr(X_CALL_NEW));
        }
        if (peek().is("?.")) {
            throw fail();
        }
        leave();
        return new Expr(X_CALL_NEW);
    }

    private Expr parseSuperExpression() {
        next(); // super
        int kind = receiver().kind;
        boolean method = isConciseMethod(kind) || kind == K_GETTER || kind == K_SETTER
                || kind == K_BASE_CONSTRUCTOR || kind == K_DERIVED_CONSTRUCTOR;
        if (method) {
            Token t = peek();
            if (t.is(".") || t.is("[")) {
                if (t.is(".") && peekAhead().kind == JsScanner.PRIVATE_NAME) {
                    throw fail();
                }
                return new Expr(X_SUPER_PROPERTY_REFERENCE);
            }
            if (t.is("?.")) {
                throw fail();
            }
            if (t.is("(") && kind == K_DERIVED_CONSTRUCTOR) {
                return new Expr(X_SUPER_CALL_REFERENCE);
            }
        }
        throw fail();
    }

    private Expr parseImportExpressions() {
        next(); // import
        if (check(".")) {
            // import.meta outside a module
            throw fail();
        }
        if (!peek().is("(")) {
            throw fail();
        }
        next();
        if (peek().is(")")) {
            throw fail();
        }
        boolean savedIn = acceptIn;
        acceptIn = true;
        parseAssignmentExpressionCoverGrammar();
        if (check(",")) {
            if (!check(")")) {
                parseAssignmentExpressionCoverGrammar();
                check(",");
                expect(")");
            }
        } else {
            expect(")");
        }
        acceptIn = savedIn;
        return new Expr(X_IMPORT_CALL);
    }

    private Expr parseRegExpLiteral() {
        Token slash = peek();
        if (nxt2 != null) {
            nxt2 = null;
        }
        Token regexp = scanner.rescanRegExp(slash);
        nxt = regexp;
        next();
        if (!JsRegExpSyntax.isValid(regexp.pattern, regexp.flags)) {
            throw fail();
        }
        return other();
    }

    private void parseTemplateLiteral(boolean tagged) {
        Token t = next();
        if (t.invalidTemplateEscape && !tagged) {
            throw fail();
        }
        if (t.kind == JsScanner.TEMPLATE_TAIL) {
            return;
        }
        enter();
        while (true) {
            boolean savedIn = acceptIn;
            acceptIn = true;
            parseExpressionCoverGrammar();
            acceptIn = savedIn;
            Token brace = peek();
            if (!brace.is("}")) {
                throw fail();
            }
            nxt2 = null;
            Token span = scanner.rescanTemplateContinuation(brace);
            nxt = span;
            next();
            if (span.invalidTemplateEscape && !tagged) {
                throw fail();
            }
            if (span.kind == JsScanner.TEMPLATE_TAIL) {
                break;
            }
        }
        leave();
    }

    private Expr parseArrayLiteral() {
        next(); // [
        List<Expr> values = new ArrayList<>();
        Accumulation acc = new Accumulation(escope);
        while (!check("]")) {
            Expr elem;
            if (peek().is(",")) {
                elem = null;
            } else if (check("...")) {
                boolean savedIn = acceptIn;
                acceptIn = true;
                Expr argument = parsePossibleDestructuringSubPattern(acc);
                acceptIn = savedIn;
                elem = new Expr(X_SPREAD);
                elem.target = argument;
                EScope es = escope;
                if (argument.kind == X_ASSIGN && es != null) {
                    es.recordPatternError();
                }
                if (peek().is(",") && es != null) {
                    es.recordPatternError();
                }
            } else {
                boolean savedIn = acceptIn;
                acceptIn = true;
                elem = parsePossibleDestructuringSubPattern(acc);
                acceptIn = savedIn;
            }
            values.add(elem);
            if (!peek().is("]")) {
                expect(",");
            }
        }
        acc.close();
        Expr e = new Expr(X_ARRAY);
        e.items = values;
        return e;
    }

    private Expr parsePossibleDestructuringSubPattern(@Nullable Accumulation acc) {
        if (acc != null) {
            acc.accumulate();
        }
        Expr result = parseAssignmentExpressionCoverGrammar();
        EScope es = escope;
        if (es == null) {
            return result;
        }
        if (isValidReferenceExpression(result)) {
            if (result.kind == X_IDENT) {
                if (result.parenthesized) {
                    es.recordDeclarationError();
                }
                classifyParameter(result.name);
            } else {
                es.recordDeclarationError();
                if (acc != null) {
                    acc.validateExpression();
                }
            }
        } else if (result.parenthesized || !result.isPattern() && result.kind != X_ASSIGN) {
            es.recordPatternError();
        }
        return result;
    }

    // Property kinds (V8's ParsePropertyKind)
    private static final int P_NOT_SET = 0;
    private static final int P_VALUE = 1;
    private static final int P_SHORTHAND = 2;
    private static final int P_SHORTHAND_OR_CLASS_FIELD = 3;
    private static final int P_ASSIGN = 4;
    private static final int P_METHOD = 5;
    private static final int P_CLASS_FIELD = 6;
    private static final int P_SPREAD = 7;
    private static final int P_GETTER = 8;
    private static final int P_SETTER = 9;

    private static final class PropInfo {
        int kind = P_NOT_SET;
        int functionFlags;
        boolean computed;
        boolean isPrivate;
        boolean isStatic;
        boolean inObjectLiteral;
        String name = "";
        @Nullable Accumulation acc;
        @Nullable Expr spreadExpression;
    }

    private static boolean parsePropertyKindFromToken(PropInfo info, Token t) {
        if (t.kind != JsScanner.PUNCT) {
            return false;
        }
        switch (t.value) {
            case ":":
                info.kind = P_VALUE;
                return true;
            case ",":
                info.kind = P_SHORTHAND;
                return true;
            case "}":
                info.kind = P_SHORTHAND_OR_CLASS_FIELD;
                return true;
            case "=":
                info.kind = P_ASSIGN;
                return true;
            case "(":
                info.kind = P_METHOD;
                return true;
            case "*":
            case ";":
                info.kind = P_CLASS_FIELD;
                return true;
            default:
                return false;
        }
    }

    /** V8's ParseProperty: modifiers and the property name; leaves the kind set when the next token tells. */
    private void parseProperty(PropInfo info) {
        if (peek().isIdentClass(JsScanner.ID_ASYNC)) {
            Token async = next();
            Token t = peek();
            if (!t.is("*") && parsePropertyKindFromToken(info, t) || newlineBeforeNext()) {
                info.name = "async";
                return;
            }
            if (async.escaped) {
                throw fail();
            }
            info.functionFlags = F_ASYNC;
            info.kind = P_METHOD;
        }
        if (check("*")) {
            info.functionFlags |= F_GENERATOR;
            info.kind = P_METHOD;
        }
        Token t = peek();
        if (info.kind == P_NOT_SET && t.kind == JsScanner.IDENT && t.idClass == JsScanner.ID_PLAIN
                && (t.value.equals("get") || t.value.equals("set"))) {
            Token accessor = next();
            if (parsePropertyKindFromToken(info, peek())) {
                info.name = accessor.value;
                return;
            }
            if (accessor.escaped) {
                throw fail();
            }
            info.kind = accessor.value.equals("get") ? P_GETTER : P_SETTER;
        }
        t = peek();
        if (t.kind == JsScanner.PRIVATE_NAME) {
            info.isPrivate = true;
            next();
            if (info.kind == P_NOT_SET) {
                parsePropertyKindFromToken(info, peek());
            }
            info.name = t.value;
            if (info.inObjectLiteral) {
                throw fail();
            }
            return;
        }
        if (t.kind == JsScanner.STRING || t.kind == JsScanner.NUMBER || t.kind == JsScanner.BIGINT) {
            next();
            info.name = t.kind == JsScanner.STRING ? t.value : "";
        } else if (t.is("[")) {
            info.computed = true;
            next();
            boolean savedIn = acceptIn;
            acceptIn = true;
            parseAssignmentExpression();
            acceptIn = savedIn;
            expect("]");
            if (info.kind == P_NOT_SET) {
                parsePropertyKindFromToken(info, peek());
            }
            return;
        } else if (t.is("...") && info.kind == P_NOT_SET) {
            next();
            boolean savedIn = acceptIn;
            acceptIn = true;
            Expr expression = parsePossibleDestructuringSubPattern(info.acc);
            acceptIn = savedIn;
            info.kind = P_SPREAD;
            info.spreadExpression = expression;
            EScope es = escope;
            if (es != null) {
                if (!isValidReferenceExpression(expression)) {
                    es.recordDeclarationError();
                    es.recordPatternError();
                }
                if (!peek().is("}")) {
                    es.recordPatternError();
                }
            }
            return;
        } else {
            Token name = next();
            if (name.kind != JsScanner.IDENT) {
                throw fail();
            }
            info.name = name.value;
        }
        if (info.kind == P_NOT_SET) {
            parsePropertyKindFromToken(info, peek());
        }
    }

    private Expr parseObjectLiteral() {
        next(); // {
        List<Expr> targets = new ArrayList<>();
        boolean seenProto = false;
        Accumulation acc = new Accumulation(escope);
        while (!check("}")) {
            PropInfo info = new PropInfo();
            info.inObjectLiteral = true;
            info.acc = acc;
            Token nameToken = peek();
            parseProperty(info);
            EScope es = escope;
            switch (info.kind) {
                case P_SPREAD: {
                    Expr spread = new Expr(X_SPREAD);
                    spread.target = info.spreadExpression;
                    targets.add(spread);
                    break;
                }
                case P_VALUE: {
                    if (!info.computed && cur.value.equals("__proto__")
                            && (cur.kind == JsScanner.IDENT || cur.kind == JsScanner.STRING)) {
                        if (seenProto && es != null) {
                            es.recordExpressionError();
                        }
                        seenProto = true;
                    }
                    next(); // :
                    boolean savedIn = acceptIn;
                    acceptIn = true;
                    targets.add(parsePossibleDestructuringSubPattern(acc));
                    acceptIn = savedIn;
                    break;
                }
                case P_ASSIGN:
                case P_SHORTHAND_OR_CLASS_FIELD:
                case P_SHORTHAND: {
                    if (!(nameToken.isIdentClass(JsScanner.ID_PLAIN) || nameToken.isIdentClass(JsScanner.ID_ASYNC))) {
                        if (!isValidIdentifier(nameToken, isGeneratorContext(), isAwaitAsIdentifierDisallowed())) {
                            throw fail();
                        }
                        if (nameToken.idClass == JsScanner.ID_AWAIT && es != null) {
                            es.recordAsyncArrowParametersError();
                        }
                    } else if (info.name.equals("arguments") && shouldBanArguments()) {
                        throw fail();
                    }
                    Expr lhs = expressionFromIdentifier(info.name);
                    if (!isAssignableIdentifier(lhs) && es != null) {
                        es.recordPatternError();
                    }
                    if (peek().is("=")) {
                        next();
                        boolean savedIn = acceptIn;
                        acceptIn = true;
                        parseAssignmentExpression();
                        acceptIn = savedIn;
                        if (es != null) {
                            es.recordExpressionError();
                        }
                        Expr assignment = new Expr(X_ASSIGN);
                        assignment.target = lhs;
                        targets.add(assignment);
                    } else {
                        targets.add(lhs);
                    }
                    break;
                }
                case P_METHOD:
                case P_GETTER:
                case P_SETTER: {
                    if (es != null) {
                        es.recordPatternError();
                    }
                    int kind = info.kind == P_METHOD ? methodKindFor(info.functionFlags)
                            : info.kind == P_GETTER ? K_GETTER : K_SETTER;
                    parseFunctionLiteral(null, false, kind, true);
                    break;
                }
                default:
                    throw fail();
            }
            if (!peek().is("}")) {
                expect(",");
            }
        }
        acc.close();
        Expr e = new Expr(X_OBJECT);
        e.items = targets;
        return e;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Binding patterns, parameters, functions

    private Expr parseBindingPattern() {
        Token token = peek();
        if (token.isAnyIdentifier()) {
            String name = parseAndClassifyIdentifier(next());
            if (scope.strict && isEvalOrArguments(name)) {
                throw fail();
            }
            return expressionFromIdentifier(name);
        }
        if (token.is("[")) {
            return parseArrayLiteral();
        }
        if (token.is("{")) {
            return parseObjectLiteral();
        }
        throw fail();
    }

    private void parseFormalParameterList(Params params) {
        if (!peek().is(")")) {
            while (true) {
                params.hasRest = check("...");
                parseFormalParameter(params);
                if (params.hasRest) {
                    params.simple = false;
                    if (peek().is(",")) {
                        throw fail();
                    }
                    break;
                }
                if (!check(",")) {
                    break;
                }
                if (peek().is(")")) {
                    break;
                }
            }
        }
        if (params.arity + 1 > MAX_ARGUMENTS) {
            throw fail();
        }
    }

    private void parseFormalParameter(Params params) {
        Expr pattern = parseBindingPattern();
        if (pattern.kind == X_IDENT) {
            classifyParameter(pattern.name);
        } else {
            params.simple = false;
        }
        if (check("=")) {
            params.simple = false;
            if (params.hasRest) {
                throw fail();
            }
            boolean savedIn = acceptIn;
            acceptIn = true;
            parseAssignmentExpression();
            acceptIn = savedIn;
        }
        params.arity++;
    }

    /**
     * Parameters and body of a function or method; the caller has consumed everything up to the name. The
     * name is checked afterwards because the body may make the function strict.
     */
    private void parseFunctionLiteral(@Nullable String name, boolean nameIsStrictReserved, int kind,
            boolean skipNameCheck) {
        // V8 compiles a function lazily unless it looks immediately invoked; a lazy function met by the full
        // parser is pre-parsed on its own, everything inside it by the same pre-parser.
        enter();
        boolean lazy = fullParse && !fn.nextFunctionIsLikelyCalled;
        boolean savedFullParse = fullParse;
        Scope savedScope = scope;
        FnState savedFn = fn;
        EScope savedEscope = escope;
        boolean savedIn = acceptIn;
        Scope functionScope = new Scope(scope, Scope.FUNCTION, true, scope.strict);
        scope = functionScope;
        fn = new FnState(fn, kind);
        escope = null;
        acceptIn = true;

        Params params = new Params(functionScope);
        expect("(");
        int start = cur.start;
        EScope paramScope = new EScope(this, E_PARAM);
        paramScope.params = params;
        parseFormalParameterList(params);
        paramScope.close();
        expect(")");
        if (kind == K_GETTER && params.arity != 0) {
            throw fail();
        }
        if (kind == K_SETTER && (params.arity != 1 || params.hasRest)) {
            throw fail();
        }
        functionScope.simpleParameters = params.simple;
        for (String param : params.names) {
            functionScope.vars.put(param, params.simple ? VAR : PARAM_LEXICAL);
        }
        expect("{");
        if (lazy) {
            fullParse = false;
        }
        parseFunctionBody(params, kind, false, start, lazy);
        fullParse = savedFullParse;

        if (name != null && !skipNameCheck && functionScope.strict) {
            if (isEvalOrArguments(name) || nameIsStrictReserved) {
                throw fail();
            }
        }
        scope = savedScope;
        fn = savedFn;
        escope = savedEscope;
        acceptIn = savedIn;
        leave();
    }

    /**
     * ParseFunctionBody: the statements up to the closing brace (consumed) or, for a concise arrow body, one
     * assignment expression. Then the checks that need the whole body: conflicting declarations, the parameter
     * rules that depend on whether the body made the function strict, and V8's octal check over
     * [{@code start}, end], made before the closing brace is consumed when {@code checkOctalBeforeBrace}.
     */
    private void parseFunctionBody(Params params, int kind, boolean expressionBody, int start,
            boolean checkOctalBeforeBrace) {
        Scope functionScope = params.scope;
        Scope inner = functionScope;
        if (!params.simple) {
            inner = new Scope(functionScope, Scope.BLOCK, true, functionScope.strict);
            scope = inner;
        }
        if (expressionBody) {
            EScope saved = escope;
            escope = null;
            parseAssignmentExpression();
            escope = saved;
        } else {
            parseStatementList(true);
            if (checkOctalBeforeBrace && inner.strict && start >= 0 && scanner.octalWithin(start, cur.end)) {
                throw fail();
            }
            expect("}");
        }
        if (!checkOctalBeforeBrace && inner.strict && start >= 0 && scanner.octalWithin(start, cur.end)) {
            throw fail();
        }
        closeScope(inner);
        if (!params.simple) {
            for (Map.Entry<String, Integer> e : inner.vars.entrySet()) {
                if ((e.getValue() & LEXICAL) != 0 && params.names.contains(e.getKey())) {
                    throw fail();
                }
            }
            functionScope.strict = inner.strict;
            scope = functionScope;
        }
        boolean allowDuplicates = params.simple && !functionScope.strict && !isConciseMethod(kind);
        if (!allowDuplicates && params.duplicate) {
            throw fail();
        }
        if (functionScope.strict && params.strictError) {
            throw fail();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Classes and private names

    private static final class ClassInfo {
        final @Nullable ClassInfo outer;
        boolean parsingHeritage;
        /** Private name to its kind: 1 field/method, 2 getter, 3 setter, 4 getter+setter; +8 when static. */
        final Map<String, Integer> privateNames = new HashMap<>();
        final List<String> unresolved = new ArrayList<>();
        boolean hasSeenConstructor;

        ClassInfo(@Nullable ClassInfo outer) {
            this.outer = outer;
        }
    }

    private @Nullable ClassInfo classInfo;

    private void referencePrivateName(String name) {
        ClassInfo c = classInfo;
        if (c != null && c.parsingHeritage) {
            c = c.outer;
        }
        if (c == null) {
            throw fail();
        }
        c.unresolved.add(name);
    }

    private static final int PRIVATE_OTHER = 1;
    private static final int PRIVATE_GETTER = 2;
    private static final int PRIVATE_SETTER = 3;
    private static final int PRIVATE_ACCESSOR_PAIR = 4;
    private static final int PRIVATE_STATIC = 8;

    private void declarePrivateName(ClassInfo c, String name, int kind, boolean isStatic) {
        int mode = kind | (isStatic ? PRIVATE_STATIC : 0);
        Integer existing = c.privateNames.get(name);
        if (existing == null) {
            c.privateNames.put(name, mode);
            return;
        }
        int complement = (kind == PRIVATE_GETTER ? PRIVATE_SETTER : PRIVATE_GETTER) | (isStatic ? PRIVATE_STATIC : 0);
        if ((kind == PRIVATE_GETTER || kind == PRIVATE_SETTER) && existing == complement) {
            c.privateNames.put(name, PRIVATE_ACCESSOR_PAIR | (isStatic ? PRIVATE_STATIC : 0));
            return;
        }
        throw fail();
    }

    private Expr parseClassExpression() {
        next(); // class
        String name = null;
        boolean strictReserved = false;
        if (peek().isAnyIdentifier()) {
            Token t = next();
            name = parseAndClassifyIdentifier(t);
            strictReserved = isStrictReservedWord(t);
        }
        parseClassLiteral(name, strictReserved);
        return other();
    }

    private void parseClassLiteral(@Nullable String name, boolean nameIsStrictReserved) {
        enter();
        if (name != null) {
            if (nameIsStrictReserved || isEvalOrArguments(name)) {
                throw fail();
            }
        }
        Scope savedScope = scope;
        Scope classScope = pushScope(Scope.CLASS, false);
        classScope.strict = true;
        ClassInfo enclosing = classInfo;
        ClassInfo info = new ClassInfo(enclosing != null && enclosing.parsingHeritage ? enclosing.outer : enclosing);
        classInfo = info;
        boolean hasExtends = false;
        if (checkKeyword("extends")) {
            hasExtends = true;
            info.parsingHeritage = true;
            EScope es = new EScope(this, E_EXPRESSION);
            parseLeftHandSideExpression();
            es.validateExpression();
            es.close();
            info.parsingHeritage = false;
        }
        expect("{");
        parseClassBody(info, hasExtends);
        classInfo = enclosing;
        for (String ref : info.unresolved) {
            if (!info.privateNames.containsKey(ref)) {
                ClassInfo outer = info.outer;
                if (outer == null) {
                    throw fail();
                }
                outer.unresolved.add(ref);
            }
        }
        scope = savedScope;
        leave();
    }

    private void parseClassBody(ClassInfo info, boolean hasExtends) {
        while (!peek().is("}")) {
            if (check(";")) {
                continue;
            }
            if (peek().isIdentClass(JsScanner.ID_STATIC) && peekAhead().is("{")) {
                parseClassStaticBlock();
                continue;
            }
            parseClassPropertyDefinition(info, hasExtends);
        }
        expect("}");
    }

    private boolean parseCurrentSymbolAsClassFieldOrMethod(PropInfo info) {
        Token t = peek();
        if (t.is("(")) {
            info.kind = P_METHOD;
            info.name = cur.value;
            return true;
        }
        if (t.is("=") || t.is(";") || t.is("}")) {
            info.name = cur.value;
            return true;
        }
        return false;
    }

    private void parseClassPropertyDefinition(ClassInfo classInfoForBody, boolean hasExtends) {
        PropInfo info = new PropInfo();
        if (peek().isIdentClass(JsScanner.ID_STATIC)) {
            next();
            if (!parseCurrentSymbolAsClassFieldOrMethod(info)) {
                info.isStatic = true;
                parseProperty(info);
            }
        } else {
            parseProperty(info);
        }
        switch (info.kind) {
            case P_ASSIGN:
            case P_CLASS_FIELD:
            case P_SHORTHAND_OR_CLASS_FIELD:
            case P_NOT_SET: {
                if (!info.computed) {
                    checkClassFieldName(info.name, info.isStatic);
                }
                parseMemberInitializer(info.isStatic);
                expectSemicolon();
                if (info.isPrivate) {
                    declarePrivateName(classInfoForBody, info.name, PRIVATE_OTHER, info.isStatic);
                }
                return;
            }
            case P_METHOD: {
                if (!info.computed) {
                    checkClassMethodName(classInfoForBody, info.name, P_METHOD, info.functionFlags,
                            info.isStatic);
                }
                int kind = methodKindFor(info.functionFlags);
                if (!info.isStatic && !info.computed && info.name.equals("constructor") && !info.isPrivate) {
                    kind = hasExtends ? K_DERIVED_CONSTRUCTOR : K_BASE_CONSTRUCTOR;
                }
                parseFunctionLiteral(null, false, kind, true);
                if (info.isPrivate) {
                    declarePrivateName(classInfoForBody, info.name, PRIVATE_OTHER, info.isStatic);
                }
                return;
            }
            case P_GETTER:
            case P_SETTER: {
                if (!info.computed) {
                    checkClassMethodName(classInfoForBody, info.name, info.kind, 0, info.isStatic);
                }
                parseFunctionLiteral(null, false, info.kind == P_GETTER ? K_GETTER : K_SETTER, true);
                if (info.isPrivate) {
                    declarePrivateName(classInfoForBody, info.name,
                            info.kind == P_GETTER ? PRIVATE_GETTER : PRIVATE_SETTER, info.isStatic);
                }
                return;
            }
            default:
                throw fail();
        }
    }

    private static void checkClassMethodName(ClassInfo info, String name, int kind, int flags, boolean isStatic) {
        if (name.equals("#constructor")) {
            throw fail();
        }
        if (isStatic) {
            if (name.equals("prototype")) {
                throw fail();
            }
        } else if (name.equals("constructor")) {
            if (flags != 0 || kind == P_GETTER || kind == P_SETTER) {
                throw fail();
            }
            if (info.hasSeenConstructor) {
                throw fail();
            }
            info.hasSeenConstructor = true;
        }
    }

    private static void checkClassFieldName(String name, boolean isStatic) {
        if (isStatic && name.equals("prototype")) {
            throw fail();
        }
        if (name.equals("constructor") || name.equals("#constructor")) {
            throw fail();
        }
    }

    private void parseMemberInitializer(boolean isStatic) {
        if (!check("=")) {
            return;
        }
        Scope savedScope = scope;
        FnState savedFn = fn;
        EScope savedEscope = escope;
        boolean savedIn = acceptIn;
        scope = new Scope(scope, Scope.FUNCTION, true, true);
        fn = new FnState(fn, isStatic ? K_STATIC_INITIALIZER : K_FIELD_INITIALIZER);
        escope = null;
        acceptIn = true;
        parseAssignmentExpression();
        scope = savedScope;
        fn = savedFn;
        escope = savedEscope;
        acceptIn = savedIn;
    }

    private void parseClassStaticBlock() {
        next(); // static
        Scope savedScope = scope;
        FnState savedFn = fn;
        EScope savedEscope = escope;
        boolean savedIn = acceptIn;
        scope = new Scope(scope, Scope.FUNCTION, true, true);
        fn = new FnState(fn, K_STATIC_INITIALIZER);
        escope = null;
        acceptIn = true;
        Scope varBlock = pushScope(Scope.BLOCK, true);
        // V8 misses conflicts between a nested var and a lexical declaration of an inner block here.
        varBlock.skipNestedVarCheck = true;
        parseBlock(null, varBlock);
        closeScope(varBlock);
        scope = savedScope;
        fn = savedFn;
        escope = savedEscope;
        acceptIn = savedIn;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Statements

    /** Statements up to the closing brace of a function body (not consumed), with its directive prologue. */
    private void parseStatementList(boolean functionBody) {
        while (functionBody && peek().kind == JsScanner.STRING) {
            Token directive = peek();
            int length = directive.end - directive.start;
            boolean useStrict = directive.value.equals("use strict") && length == 12;
            if (!parseStatementListItem()) {
                break;
            }
            if (useStrict) {
                scope.strict = true;
                if (!scope.hasSimpleParameters()) {
                    throw fail();
                }
            }
        }
        while (!peek().is("}") && peek().kind != JsScanner.EOS) {
            parseStatementListItem();
        }
    }

    private boolean isNextLetKeyword() {
        Token t = peekAhead();
        if (t.is("{") || t.is("[")) {
            return true;
        }
        if (t.kind != JsScanner.IDENT) {
            return false;
        }
        switch (t.idClass) {
            case JsScanner.ID_PLAIN:
            case JsScanner.ID_STATIC:
            case JsScanner.ID_LET:
            case JsScanner.ID_YIELD:
            case JsScanner.ID_AWAIT:
            case JsScanner.ID_ASYNC:
                return true;
            case JsScanner.ID_FUTURE_STRICT:
            case JsScanner.ID_ESCAPED_STRICT:
                return !scope.strict;
            default:
                return false;
        }
    }

    /** True for an expression statement that is a lone string literal (a directive in a prologue). */
    private boolean parseStatementListItem() {
        Token t = peek();
        if (t.isKeyword("function")) {
            parseHoistableDeclaration(0);
            return false;
        }
        if (t.isKeyword("class")) {
            next();
            parseClassDeclaration();
            return false;
        }
        if (t.isKeyword("var") || t.isKeyword("const")) {
            parseVariableStatement();
            return false;
        }
        if (t.isIdentClass(JsScanner.ID_LET) && isNextLetKeyword()) {
            parseVariableStatement();
            return false;
        }
        if (t.isIdentClass(JsScanner.ID_ASYNC) && peekAhead().isKeyword("function") && !newlineAfterNext()) {
            Token async = next();
            if (async.escaped) {
                throw fail();
            }
            parseHoistableDeclaration(F_ASYNC);
            return false;
        }
        return parseStatement(null, null, true);
    }

    private boolean parseStatement(@Nullable List<String> labels, @Nullable List<String> ownLabels,
            boolean allowLabelledFunction) {
        enter();
        boolean result = false;
        Token t = peek();
        if (t.is("{")) {
            parseBlock(labels, pushScope(Scope.BLOCK, false));
        } else if (t.is(";")) {
            next();
        } else if (t.kind == JsScanner.IDENT && t.idClass == JsScanner.ID_KEYWORD) {
            switch (t.value) {
                case "if":
                    parseIfStatement(labels);
                    break;
                case "do":
                    parseDoWhileStatement(labels, ownLabels);
                    break;
                case "while":
                    parseWhileStatement(labels, ownLabels);
                    break;
                case "for":
                    if (isAwaitAllowed() && peekAhead().isIdentClass(JsScanner.ID_AWAIT)) {
                        parseForAwaitStatement(labels, ownLabels);
                    } else {
                        parseForStatement(labels, ownLabels);
                    }
                    break;
                case "continue":
                    parseContinueStatement();
                    break;
                case "break":
                    parseBreakStatement(labels);
                    break;
                case "return":
                    parseReturnStatement();
                    break;
                case "throw":
                    parseThrowStatement();
                    break;
                case "try":
                    if (labels == null) {
                        parseTryStatement();
                    } else {
                        pushTarget(labels, null, false, false);
                        parseTryStatement();
                        popTarget();
                    }
                    break;
                case "with":
                    parseWithStatement(labels);
                    break;
                case "switch":
                    parseSwitchStatement(labels);
                    break;
                case "function":
                    throw fail();
                case "debugger":
                    next();
                    expectSemicolon();
                    break;
                case "var":
                    parseVariableStatement();
                    break;
                default:
                    result = parseExpressionOrLabelledStatement(labels, ownLabels, allowLabelledFunction);
                    break;
            }
        } else {
            if (t.isIdentClass(JsScanner.ID_ASYNC) && !newlineAfterNext() && peekAhead().isKeyword("function")) {
                throw fail();
            }
            result = parseExpressionOrLabelledStatement(labels, ownLabels, allowLabelledFunction);
        }
        leave();
        return result;
    }

    private void parseBlock(@Nullable List<String> labels, Scope blockScope) {
        pushTarget(labels, null, false, false);
        expect("{");
        while (!peek().is("}")) {
            if (peek().kind == JsScanner.EOS) {
                throw fail();
            }
            parseStatementListItem();
        }
        expect("}");
        popTarget();
        popScope(blockScope);
    }

    /** Sloppy-mode {@code if (x) function f() {}}: the function gets its own block. */
    private void parseScopedStatement(@Nullable List<String> labels) {
        if (scope.strict || !peek().isKeyword("function")) {
            parseStatement(labels, null, false);
            return;
        }
        Scope block = pushScope(Scope.BLOCK, false);
        parseFunctionDeclaration();
        popScope(block);
    }

    private void parseFunctionDeclaration() {
        next(); // function
        if (peek().is("*")) {
            throw fail();
        }
        parseHoistableDeclarationAfterKeyword(0);
    }

    private void parseHoistableDeclaration(int flags) {
        next(); // function
        int f = flags;
        if (check("*")) {
            f |= F_GENERATOR;
        }
        parseHoistableDeclarationAfterKeyword(f);
    }

    private void parseHoistableDeclarationAfterKeyword(int flags) {
        if (peek().is("(")) {
            throw fail();
        }
        boolean strictReserved = isStrictReservedWord(peek());
        String name = parseIdentifier();
        int kind = functionKindFor(flags);
        parseFunctionLiteral(name, strictReserved, kind, false);
        if (scope.declarationScope) {
            declareVar(name, scope);
        } else {
            declareLexical(name, scope, !scope.strict && flags == 0);
        }
    }

    private void parseClassDeclaration() {
        boolean strictReserved = isStrictReservedWord(peek());
        String name = parseIdentifier();
        EScope es = new EScope(this, E_EXPRESSION);
        parseClassLiteral(name, strictReserved);
        es.validateExpression();
        es.close();
        declareLexical(name, scope, false);
    }

    private void parseVariableStatement() {
        parseVariableDeclarations(false);
        expectSemicolon();
    }

    /** Results of a declaration list that a for statement needs. */
    private static final class Declarations {
        int count;
        boolean lexical;
        boolean isConst;
        boolean anyInitializer;
        boolean firstIsPattern;
    }

    private Declarations parseVariableDeclarations(boolean forStatement) {
        Declarations result = new Declarations();
        Token kw = next();
        int mode;
        Scope target = scope;
        if (kw.isKeyword("var")) {
            mode = E_VAR;
        } else {
            mode = E_LEXICAL;
            result.lexical = true;
            result.isConst = kw.isKeyword("const");
        }
        EScope declaration = new EScope(this, mode);
        declaration.declarationTarget = target;
        do {
            boolean isPattern;
            if (peek().isAnyIdentifier()) {
                String name = parseAndClassifyIdentifier(next());
                if (scope.strict && isEvalOrArguments(name)) {
                    throw fail();
                }
                expressionFromIdentifier(name);
                isPattern = false;
            } else {
                parseBindingPattern();
                isPattern = true;
            }
            boolean hasInitializer = false;
            if (check("=")) {
                hasInitializer = true;
                boolean savedIn = acceptIn;
                acceptIn = !forStatement;
                parseAssignmentExpression();
                acceptIn = savedIn;
            } else if (!forStatement || !peekInOrOf()) {
                if (result.isConst || isPattern) {
                    throw fail();
                }
            }
            if (result.count == 0) {
                result.firstIsPattern = isPattern;
            }
            result.anyInitializer |= hasInitializer;
            result.count++;
        } while (check(","));
        declaration.close();
        return result;
    }

    private boolean parseExpressionOrLabelledStatement(@Nullable List<String> labels,
            @Nullable List<String> ownLabels, boolean allowLabelledFunction) {
        Token t = peek();
        if (t.isKeyword("class")) {
            throw fail();
        }
        if (t.isIdentClass(JsScanner.ID_LET)) {
            Token nextNext = peekAhead();
            boolean identifier = nextNext.isIdentClass(JsScanner.ID_PLAIN);
            if (nextNext.is("[") || (nextNext.is("{") || identifier) && !nextNext.newlineBefore) {
                throw fail();
            }
        }
        boolean startsWithIdentifier = t.isAnyIdentifier();
        EScope es = new EScope(this, E_EXPRESSION);
        boolean savedIn = acceptIn;
        acceptIn = true;
        Expr expr = parseExpressionCoverGrammar();
        acceptIn = savedIn;
        es.validateExpression();
        es.close();
        if (peek().is(":") && startsWithIdentifier && expr.kind == X_IDENT && !expr.parenthesized) {
            String label = expr.name;
            List<String> newLabels = labels == null ? new ArrayList<>() : labels;
            List<String> newOwnLabels = ownLabels == null ? new ArrayList<>() : ownLabels;
            if (newLabels.contains(label) || targetStackContainsLabel(label)) {
                throw fail();
            }
            newLabels.add(label);
            newOwnLabels.add(label);
            next(); // :
            if (peek().isKeyword("function") && !scope.strict && allowLabelledFunction) {
                parseFunctionDeclaration();
                return false;
            }
            return parseStatement(newLabels, newOwnLabels, allowLabelledFunction);
        }
        expectSemicolon();
        return expr.kind == X_STRING && !expr.parenthesized;
    }

    private boolean targetStackContainsLabel(String label) {
        for (Target t = fn.targets; t != null; t = t.previous) {
            List<String> l = t.labels;
            if (l != null && l.contains(label)) {
                return true;
            }
        }
        return false;
    }

    private void parseIfStatement(@Nullable List<String> labels) {
        next(); // if
        expect("(");
        parseExpression();
        expect(")");
        parseScopedStatement(labels == null ? null : new ArrayList<>(labels));
        if (checkKeyword("else")) {
            parseScopedStatement(labels);
        }
    }

    private void parseContinueStatement() {
        next(); // continue
        String label = null;
        Token t = peek();
        if (!t.newlineBefore && !isAutoSemicolon(t)) {
            label = parseIdentifier();
        }
        boolean found = false;
        for (Target target = fn.targets; target != null; target = target.previous) {
            if (!target.iteration) {
                continue;
            }
            List<String> own = target.ownLabels;
            if (label == null || own != null && own.contains(label)) {
                found = true;
                break;
            }
        }
        if (!found) {
            throw fail();
        }
        expectSemicolon();
    }

    private void parseBreakStatement(@Nullable List<String> labels) {
        next(); // break
        String label = null;
        Token t = peek();
        if (!t.newlineBefore && !isAutoSemicolon(t)) {
            label = parseIdentifier();
        }
        if (label != null && labels != null && labels.contains(label)) {
            expectSemicolon();
            return;
        }
        boolean found = false;
        for (Target target = fn.targets; target != null; target = target.previous) {
            List<String> l = target.labels;
            if (label == null ? target.anonymous : l != null && l.contains(label)) {
                found = true;
                break;
            }
        }
        if (!found) {
            throw fail();
        }
        expectSemicolon();
    }

    private void parseReturnStatement() {
        next(); // return
        if (fn.kind == K_STATIC_INITIALIZER) {
            throw fail();
        }
        Token t = peek();
        if (!t.newlineBefore && !isAutoSemicolon(t)) {
            parseExpression();
        }
        expectSemicolon();
    }

    private void parseThrowStatement() {
        next(); // throw
        if (newlineBeforeNext()) {
            throw fail();
        }
        parseExpression();
        expectSemicolon();
    }

    private void parseWithStatement(@Nullable List<String> labels) {
        next(); // with
        if (scope.strict) {
            throw fail();
        }
        expect("(");
        parseExpression();
        expect(")");
        Scope withScope = pushScope(Scope.WITH, false);
        parseStatement(labels, null, false);
        popScope(withScope);
    }

    private void parseDoWhileStatement(@Nullable List<String> labels, @Nullable List<String> ownLabels) {
        pushTarget(labels, ownLabels, true, true);
        next(); // do
        parseStatement(null, null, false);
        expectKeyword("while");
        expect("(");
        parseExpression();
        expect(")");
        check(";");
        popTarget();
    }

    private void parseWhileStatement(@Nullable List<String> labels, @Nullable List<String> ownLabels) {
        pushTarget(labels, ownLabels, true, true);
        next(); // while
        expect("(");
        parseExpression();
        expect(")");
        parseStatement(null, null, false);
        popTarget();
    }

    private void parseSwitchStatement(@Nullable List<String> labels) {
        next(); // switch
        expect("(");
        parseExpression();
        expect(")");
        Scope cases = pushScope(Scope.BLOCK, false);
        pushTarget(labels, null, false, true);
        boolean defaultSeen = false;
        expect("{");
        while (!peek().is("}")) {
            if (checkKeyword("case")) {
                parseExpression();
            } else {
                expectKeyword("default");
                if (defaultSeen) {
                    throw fail();
                }
                defaultSeen = true;
            }
            expect(":");
            while (true) {
                Token t = peek();
                if (t.isKeyword("case") || t.isKeyword("default") || t.is("}")) {
                    break;
                }
                if (t.kind == JsScanner.EOS) {
                    throw fail();
                }
                parseStatementListItem();
            }
        }
        expect("}");
        popTarget();
        popScope(cases);
    }

    private void parseTryStatement() {
        next(); // try
        parseBlock(null, pushScope(Scope.BLOCK, false));
        Token t = peek();
        if (!t.isKeyword("catch") && !t.isKeyword("finally")) {
            throw fail();
        }
        if (checkKeyword("catch")) {
            if (check("(")) {
                Scope catchScope = pushScope(Scope.CATCH, false);
                Scope patternScope = pushScope(Scope.BLOCK, false);
                String simpleName = null;
                if (peek().isAnyIdentifier()) {
                    String name = parseIdentifier();
                    if (scope.strict && isEvalOrArguments(name)) {
                        throw fail();
                    }
                    catchScope.vars.put(name, VAR);
                    simpleName = name;
                } else {
                    EScope declaration = new EScope(this, E_LEXICAL);
                    declaration.declarationTarget = patternScope;
                    parseBindingPattern();
                    declaration.close();
                }
                expect(")");
                Scope body = pushScope(Scope.BLOCK, false);
                pushTarget(null, null, false, false);
                expect("{");
                while (!peek().is("}")) {
                    if (peek().kind == JsScanner.EOS) {
                        throw fail();
                    }
                    parseStatementListItem();
                }
                expect("}");
                popTarget();
                if (simpleName != null) {
                    if (body.vars.containsKey(simpleName)) {
                        throw fail();
                    }
                } else {
                    for (String name : patternScope.vars.keySet()) {
                        if (body.vars.containsKey(name)) {
                            throw fail();
                        }
                    }
                }
                popScope(body);
                popScope(patternScope);
                popScope(catchScope);
            } else {
                parseBlock(null, pushScope(Scope.BLOCK, false));
            }
        }
        if (checkKeyword("finally")) {
            parseBlock(null, pushScope(Scope.BLOCK, false));
        }
    }

    private void parseForStatement(@Nullable List<String> labels, @Nullable List<String> ownLabels) {
        next(); // for
        expect("(");
        Token t = peek();
        boolean startsWithLet = t.isIdentClass(JsScanner.ID_LET);
        if (t.isKeyword("const") || startsWithLet && isNextLetKeyword()) {
            Scope forScope = pushScope(Scope.BLOCK, false);
            Scope inner = pushScope(Scope.BLOCK, false);
            Declarations decls = parseVariableDeclarations(true);
            int mode = checkInOrOf();
            if (mode != 0) {
                parseForEachWithDeclarations(decls, mode, labels, ownLabels);
            } else {
                expect(";");
                parseStandardForLoop(labels, ownLabels);
            }
            popScope(inner);
            popScope(forScope);
            return;
        }
        if (t.isKeyword("var")) {
            Declarations decls = parseVariableDeclarations(true);
            int mode = checkInOrOf();
            if (mode != 0) {
                parseForEachWithDeclarations(decls, mode, labels, ownLabels);
                return;
            }
        } else if (!t.is(";")) {
            EScope es = new EScope(this, E_EXPRESSION);
            boolean savedIn = acceptIn;
            acceptIn = false;
            Expr expression = parseExpressionCoverGrammar();
            acceptIn = savedIn;
            boolean expressionIsAsync = cur.isIdentClass(JsScanner.ID_ASYNC) && !cur.escaped;
            int mode = checkInOrOf();
            if (mode != 0) {
                if ((startsWithLet || expressionIsAsync) && mode == 2) {
                    throw fail();
                }
                if (expression.isPattern()) {
                    es.validatePattern(expression);
                } else {
                    validateAndRewriteReference(es, expression);
                }
                es.close();
                parseForEachRest(mode, labels, ownLabels);
                return;
            }
            es.validateExpression();
            es.close();
        }
        expect(";");
        parseStandardForLoop(labels, ownLabels);
    }

    private void validateAndRewriteReference(EScope es, Expr expression) {
        if (isAssignableIdentifier(expression)) {
            return;
        }
        es.validateExpression();
        if (expression.kind == X_PROPERTY) {
            return;
        }
        rewriteInvalidReferenceExpression(expression, false);
    }

    private void parseForEachWithDeclarations(Declarations decls, int mode, @Nullable List<String> labels,
            @Nullable List<String> ownLabels) {
        if (decls.count != 1) {
            throw fail();
        }
        if (decls.anyInitializer
                && (scope.strict || mode == 2 || decls.lexical || decls.firstIsPattern)) {
            throw fail();
        }
        parseForEachRest(mode, labels, ownLabels);
    }

    private void parseForEachRest(int mode, @Nullable List<String> labels, @Nullable List<String> ownLabels) {
        pushTarget(labels, ownLabels, true, true);
        if (mode == 2) {
            boolean savedIn = acceptIn;
            acceptIn = true;
            parseAssignmentExpression();
            acceptIn = savedIn;
        } else {
            parseExpression();
        }
        expect(")");
        parseStatement(null, null, false);
        popTarget();
    }

    private void parseStandardForLoop(@Nullable List<String> labels, @Nullable List<String> ownLabels) {
        pushTarget(labels, ownLabels, true, true);
        if (!peek().is(";")) {
            parseExpression();
        }
        expect(";");
        if (!peek().is(")")) {
            parseExpression();
        }
        expect(")");
        Scope body = pushScope(Scope.BLOCK, false);
        parseStatement(null, null, false);
        popScope(body);
        popTarget();
    }

    private void parseForAwaitStatement(@Nullable List<String> labels, @Nullable List<String> ownLabels) {
        Scope forScope = pushScope(Scope.BLOCK, false);
        next(); // for
        next(); // await
        expect("(");
        Scope inner = pushScope(Scope.BLOCK, false);
        Token t = peek();
        boolean startsWithLet = t.isIdentClass(JsScanner.ID_LET);
        if (t.isKeyword("var") || t.isKeyword("const") || startsWithLet && isNextLetKeyword()) {
            Declarations decls = parseVariableDeclarations(true);
            if (decls.count != 1 || decls.anyInitializer) {
                throw fail();
            }
        } else {
            if (startsWithLet) {
                throw fail();
            }
            EScope es = new EScope(this, E_EXPRESSION);
            Expr lhs = parseLeftHandSideExpression();
            if (lhs.isPattern()) {
                es.validatePattern(lhs);
            } else {
                validateAndRewriteReference(es, lhs);
            }
            es.close();
        }
        Token of = next();
        if (!of.isContextual("of")) {
            throw fail();
        }
        pushTarget(labels, ownLabels, true, true);
        boolean savedIn = acceptIn;
        acceptIn = true;
        parseAssignmentExpression();
        acceptIn = savedIn;
        expect(")");
        parseStatement(null, null, false);
        popTarget();
        popScope(inner);
        popScope(forScope);
    }
}
