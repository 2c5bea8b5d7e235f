package org.blocklet4j.meta.internal.yaml;

import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.scanner.Scanner;
import org.snakeyaml.engine.v2.tokens.DocumentStartToken;
import org.snakeyaml.engine.v2.tokens.Token;

/**
 * snakeyaml-engine's scanner, seen the way js-yaml reads a stream, and watched for what the events do not say.
 *
 * <ul>
 *   <li>js-yaml ends a document at every {@code ...}, so {@code ...} with no document before it is an empty
 *       document (snakeyaml-engine rejects it at the start of a stream and skips it after a document): such a
 *       document-end marker is preceded by a document start here.
 *   <li>Whether the last mapping key was explicit ({@code ? key}): js-yaml never treats an explicit {@code <<} key of
 *       a block mapping as a merge key.
 *   <li>Where the last {@code :} stood, to tell whether a block mapping value starts on a later line.
 * </ul>
 */
final class JsYamlScanner implements Scanner {
    private final Scanner delegate;
    private @Nullable Token injected;
    private Token.@Nullable ID last;
    private boolean lastKeyExplicit;
    private int lastValueIndex = -1;

    JsYamlScanner(Scanner delegate) {
        this.delegate = delegate;
    }

    /** True when the last key token consumed was written with {@code ?}. */
    boolean lastKeyExplicit() {
        return lastKeyExplicit;
    }

    /** The code point index of the last {@code :} consumed, or -1. */
    int lastValueIndex() {
        return lastValueIndex;
    }

    @Override
    public boolean checkToken(Token.ID... choices) {
        Token t = peekOrNull();
        if (t == null) {
            return false;
        }
        if (choices.length == 0) {
            return true;
        }
        for (Token.ID choice : choices) {
            if (t.getTokenId() == choice) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Token peekToken() {
        Token t = peekOrNull();
        if (t == null) {
            throw new NoSuchElementException("no more tokens");
        }
        return t;
    }

    @Override
    public boolean hasNext() {
        return peekOrNull() != null;
    }

    @Override
    public Token next() {
        Token t = peekOrNull();
        if (t == null) {
            throw new NoSuchElementException("no more tokens");
        }
        if (t == injected) {
            injected = null;
        } else {
            delegate.next();
        }
        last = t.getTokenId();
        if (last == Token.ID.Key) {
            lastKeyExplicit = isExplicitKey(t);
        } else if (last == Token.ID.Value) {
            lastValueIndex = index(t.getStartMark().orElse(null));
        }
        return t;
    }

    @Override
    public void resetDocumentIndex() {
        delegate.resetDocumentIndex();
    }

    private @Nullable Token peekOrNull() {
        if (injected != null) {
            return injected;
        }
        if (!delegate.checkToken()) {
            return null;
        }
        Token t = delegate.peekToken();
        if (t.getTokenId() == Token.ID.DocumentEnd && (last == Token.ID.StreamStart || last == Token.ID.DocumentEnd)) {
            injected = new DocumentStartToken(t.getStartMark(), t.getStartMark());
            return injected;
        }
        return t;
    }

    /**
     * An implicit key's token shares its start with the key's first token; an explicit one starts at the {@code ?},
     * before the key (or before the {@code :} or the end when the key is empty).
     */
    private boolean isExplicitKey(Token key) {
        int start = index(key.getStartMark().orElse(null));
        if (!delegate.checkToken()) {
            return true;
        }
        return index(delegate.peekToken().getStartMark().orElse(null)) != start;
    }

    private static int index(@Nullable Mark mark) {
        return mark == null ? -1 : mark.getIndex();
    }
}
