package org.blocklet4j.meta;

import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;

import org.blocklet4j.meta.internal.js.JsNumbers;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;

/**
 * JSON text as JavaScript's {@code JSON.stringify} writes it: numbers in JavaScript's shortest form
 * ({@code 60}, {@code 0.1}, {@code 1e+21}), no spaces. This is the form the CLI prints and the reference's
 * recorded results use.
 *
 * <p>Stateless; safe to use from any thread.
 */
public final class JsonText {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonText() {
    }

    /** {@code node} as one line of JSON. */
    public static String write(JsonNode node) {
        StringWriter out = new StringWriter();
        write(node, out);
        return out.toString();
    }

    /** Writes {@code node} as one line of JSON to {@code out}. */
    public static void write(JsonNode node, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            write(node, g);
        }
    }

    private static void write(JsonNode node, JsonGenerator g) {
        if (node.isObject()) {
            g.writeStartObject();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                g.writeName(e.getKey());
                write(e.getValue(), g);
            }
            g.writeEndObject();
        } else if (node.isArray()) {
            g.writeStartArray();
            for (JsonNode item : node) {
                write(item, g);
            }
            g.writeEndArray();
        } else if (node.isNumber()) {
            // Through Number: a big integer beyond the double range is Infinity (written as null), as in JavaScript.
            double d = node.numberValue().doubleValue();
            if (Double.isFinite(d)) {
                g.writeNumber(JsNumbers.toString(d));
            } else {
                g.writeNull();
            }
        } else if (node.isString()) {
            g.writeString(node.stringValue());
        } else if (node.isBoolean()) {
            g.writeBoolean(node.booleanValue());
        } else if (node.isNull() || node.isMissingNode()) {
            g.writeNull();
        } else {
            g.writeString(node.asString());
        }
    }
}
