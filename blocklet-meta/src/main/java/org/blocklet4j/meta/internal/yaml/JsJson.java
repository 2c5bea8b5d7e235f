package org.blocklet4j.meta.internal.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.SourcePosition;
import org.blocklet4j.meta.internal.js.JsTree;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads JSON text as {@code JSON.parse} does, into the same {@link YamlLoad} as {@link JsYaml}: every number a
 * double (correctly rounded, so {@code 1e400} is Infinity), duplicate keys last-wins in the first key's place,
 * JavaScript's own-property order, {@code __proto__} an ordinary key. Strict JSON only: no comments, no trailing
 * commas, no byte order mark (which {@code JSON.parse} rejects as well). Positions come from Jackson's streaming
 * parser.
 *
 * <p>Differs from {@code JSON.parse} only by the bounds of {@link YamlLimits}: text length ({@code json.too-large}),
 * the length of one key or string ({@code json.string-too-long}) or number ({@code json.number-too-long}),
 * nesting, collections deeper than {@link YamlLimits#maxDepth()} being {@code json.depth}, and the number of values
 * ({@code json.nodes}: each scalar, object and array counts one; keys do not). Any other problem is
 * {@code json.syntax}.
 *
 * <p>Stateless and safe to use from any number of threads; it never throws for any text.
 */
public final class JsJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Integer.MAX_VALUE)
                    .maxNumberLength(Integer.MAX_VALUE)
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNameLength(Integer.MAX_VALUE)
                    .build())
            .build();

    private JsJson() {
    }

    /** Loads {@code text} with the default limits. */
    public static YamlLoad load(String text) {
        return load(text, YamlLimits.DEFAULTS);
    }

    /** Loads {@code text}. */
    public static YamlLoad load(String text, YamlLimits limits) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(limits, "limits");
        if (text.length() > limits.maxCodePoints() && text.codePointCount(0, text.length()) > limits.maxCodePoints()) {
            return YamlLoad.failure(Diagnostic.error("json.too-large", "",
                    "the text is longer than " + limits.maxCodePoints() + " code points"));
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            return YamlLoad.failure(Diagnostic.error("json.syntax", "", "Unexpected token '\uFEFF', not valid JSON")
                    .at(new SourcePosition(1, 1)));
        }
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            return read(parser, limits);
        } catch (JacksonException e) {
            Diagnostic d = Diagnostic.error("json.syntax", "", oneLine(e.getOriginalMessage()));
            TokenStreamLocation at = e.getLocation();
            return YamlLoad.failure(at == null ? d : d.at(position(at)));
        } catch (RuntimeException e) {
            return YamlLoad.failure(Diagnostic.error("json.syntax", "", "the JSON parser failed on this text"));
        }
    }

    private static YamlLoad read(JsonParser parser, YamlLimits limits) {
        List<Frame> stack = new ArrayList<>();
        JsonNode root = null;
        SourceMap.Entry rootEntry = null;
        JsonToken token;
        int nodes = 0;
        while ((token = parser.nextToken()) != null) {
            if (root != null) {
                return YamlLoad.failure(Diagnostic.error("json.syntax", "",
                        "Unexpected non-whitespace character after JSON").at(position(parser.currentTokenLocation())));
            }
            Frame parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
            if (token == JsonToken.PROPERTY_NAME) {
                if (parser.currentName().length() > limits.maxStringLength()) {
                    return tooLong("json.string-too-long", "a key is longer than maxStringLength ("
                            + limits.maxStringLength() + " characters)", parser);
                }
                parent.key = parser.currentName();
                parent.keyPosition = pack(parser.currentTokenLocation());
                continue;
            }
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                Frame done = stack.remove(stack.size() - 1);
                if (done.container instanceof ObjectNode o) {
                    JsTree.toJsOrder(o);
                }
                JsonNode value = done.container;
                if (stack.isEmpty()) {
                    root = value;
                    rootEntry = done.entry;
                } else {
                    stack.get(stack.size() - 1).add(value, done.entry);
                }
                continue;
            }
            if (++nodes > limits.maxNodes()) {
                return YamlLoad.failure(Diagnostic.error("json.nodes", "",
                        "the document has more than " + limits.maxNodes() + " nodes")
                        .at(position(parser.currentTokenLocation())));
            }
            long position = pack(parser.currentTokenLocation());
            SourceMap.Entry entry = new SourceMap.Entry(position,
                    parent != null && parent.container.isObject() ? parent.keyPosition : 0);
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                if (stack.size() >= limits.maxDepth()) {
                    return YamlLoad.failure(Diagnostic.error("json.depth", "",
                            "nesting exceeded maxDepth (" + limits.maxDepth() + ")")
                            .at(position(parser.currentTokenLocation())));
                }
                stack.add(new Frame(token == JsonToken.START_OBJECT ? JsTree.NODES.objectNode()
                        : JsTree.NODES.arrayNode(), entry));
                continue;
            }
            if (token == JsonToken.VALUE_STRING && parser.getStringLength() > limits.maxStringLength()) {
                return tooLong("json.string-too-long", "a string is longer than maxStringLength ("
                        + limits.maxStringLength() + " characters)", parser);
            }
            if (token.isNumeric() && parser.getStringLength() > limits.maxNumberLength()) {
                return tooLong("json.number-too-long", "a number is longer than maxNumberLength ("
                        + limits.maxNumberLength() + " characters)", parser);
            }
            JsonNode value = scalar(parser, token);
            if (parent == null) {
                root = value;
                rootEntry = entry;
            } else {
                parent.add(value, entry);
            }
        }
        if (root == null) {
            return YamlLoad.failure(Diagnostic.error("json.syntax", "", "Unexpected end of JSON input")
                    .at(position(parser.currentLocation())));
        }
        return YamlLoad.of(root, new SourceMap(rootEntry));
    }

    private static YamlLoad tooLong(String code, String message, JsonParser parser) {
        return YamlLoad.failure(Diagnostic.error(code, "", message).at(position(parser.currentTokenLocation())));
    }

    private static JsonNode scalar(JsonParser parser, JsonToken token) {
        switch (token) {
            case VALUE_STRING:
                return JsTree.NODES.stringNode(parser.getString());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                // The literal, rounded once: the double JSON.parse gives.
                return JsTree.NODES.numberNode(Double.parseDouble(parser.getString()));
            case VALUE_TRUE:
                return JsTree.NODES.booleanNode(true);
            case VALUE_FALSE:
                return JsTree.NODES.booleanNode(false);
            case VALUE_NULL:
                return JsTree.NODES.nullNode();
            default:
                throw new IllegalStateException("unexpected JSON token " + token);
        }
    }

    private static long pack(TokenStreamLocation at) {
        return SourceMap.pack(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }

    private static SourcePosition position(TokenStreamLocation at) {
        return new SourcePosition(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }

    private static String oneLine(@Nullable String message) {
        if (message == null || message.isBlank()) {
            return "the text is not valid JSON";
        }
        return message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(message.strip());
    }

    /** An open object or array. */
    private static final class Frame {
        final JsonNode container;
        final SourceMap.Entry entry;
        String key = "";
        long keyPosition;

        Frame(JsonNode container, SourceMap.Entry entry) {
            this.container = container;
            this.entry = entry;
        }

        void add(JsonNode value, SourceMap.Entry child) {
            if (container instanceof ObjectNode o) {
                o.set(key, value);
                entry.putField(key, child);
            } else {
                ((ArrayNode) container).add(value);
                entry.addItem(child);
            }
        }
    }
}
