package org.blocklet4j.meta.internal.fix;

import org.blocklet4j.meta.internal.js.JsError;
import org.blocklet4j.meta.internal.js.JsStrings;
import org.blocklet4j.meta.internal.js.JsTree;
import org.blocklet4j.meta.internal.js.JsValues;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reference's {@code formatPerson} and {@code parsePerson} ({@code lib/fix.js}): a person object becomes
 * {@code "Name <email> (url)"} ({@code web} and {@code mail} stand in for {@code url} and {@code email}), and
 * such a string becomes {@code {name, email, url}} with only the parts present. Stateless; safe to use from any
 * thread.
 */
public final class People {
    private People() {
    }

    /**
     * {@code formatPerson(person)}: {@code ""} for a falsy value, a string unchanged, anything else
     * {@code name + " <" + (email || mail) + ">" + " (" + (url || web) + ")"} with the missing parts left out.
     *
     * @throws JsError {@code TypeError: Cannot convert object to primitive value} where JavaScript throws it (a
     *                 part that is an object with its own {@code toString} key)
     */
    public static String formatPerson(@Nullable JsonNode person) {
        if (!JsTree.isTruthy(person)) {
            return "";
        }
        if (person.isString()) {
            return person.stringValue();
        }
        JsonNode name = property(person, "name");
        JsonNode u = or(property(person, "url"), property(person, "web"));
        String url = JsTree.isTruthy(u) ? " (" + JsValues.toJsString(u) + ")" : "";
        JsonNode e = or(property(person, "email"), property(person, "mail"));
        String email = JsTree.isTruthy(e) ? " <" + JsValues.toJsString(e) + ">" : "";
        String n = JsTree.isTruthy(name) ? JsValues.toJsString(name) : "";
        return n + email + url;
    }

    /** Which key of {@code person} formatPerson reads for {@code url} ({@code url} or {@code web}) and so on. */
    static String chosenKey(JsonNode person, String first, String second) {
        return JsTree.isTruthy(property(person, first)) ? first : second;
    }

    /**
     * {@code parsePerson(person)}: a string becomes an object of {@code name} (the trimmed text before the first
     * {@code (} or {@code <}, when not blank), {@code email} (inside the first {@code <…>}) and {@code url}
     * (inside the first {@code (…)}); any other value is returned as it is.
     */
    public static @Nullable JsonNode parsePerson(@Nullable JsonNode person) {
        if (person == null || !person.isString()) {
            return person;
        }
        String s = person.stringValue();
        ObjectNode obj = JsTree.NODES.objectNode();
        int nameEnd = 0;
        while (nameEnd < s.length() && s.charAt(nameEnd) != '(' && s.charAt(nameEnd) != '<') {
            nameEnd++;
        }
        if (nameEnd > 0) {
            String name = JsStrings.trim(s.substring(0, nameEnd));
            if (!name.isEmpty()) {
                obj.put("name", name);
            }
        }
        String email = firstDelimited(s, '<', '>');
        if (email != null) {
            obj.put("email", email);
        }
        String url = firstDelimited(s, '(', ')');
        if (url != null) {
            obj.put("url", url);
        }
        return obj;
    }

    /** The group of the first match of {@code open([^close]+)close}, in linear time. */
    static @Nullable String firstDelimited(String s, char open, char close) {
        int closeAt = -1;
        for (int p = s.indexOf(open); p >= 0; p = s.indexOf(open, p + 1)) {
            if (closeAt <= p) {
                closeAt = s.indexOf(close, p + 1);
                if (closeAt < 0) {
                    return null;
                }
            }
            if (closeAt > p + 1) {
                return s.substring(p + 1, closeAt);
            }
        }
        return null;
    }

    private static @Nullable JsonNode property(JsonNode value, String key) {
        return value.isObject() ? value.get(key) : null;
    }

    private static @Nullable JsonNode or(@Nullable JsonNode a, @Nullable JsonNode b) {
        return JsTree.isTruthy(a) ? a : b;
    }
}
