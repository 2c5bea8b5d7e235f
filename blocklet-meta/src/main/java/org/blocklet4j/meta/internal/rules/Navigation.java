package org.blocklet4j.meta.internal.rules;

import static org.blocklet4j.meta.internal.schema.Joi.alternatives;
import static org.blocklet4j.meta.internal.schema.Joi.array;
import static org.blocklet4j.meta.internal.schema.Joi.bool;
import static org.blocklet4j.meta.internal.schema.Joi.object;
import static org.blocklet4j.meta.internal.schema.Joi.string;
import static org.blocklet4j.meta.internal.schema.Joi.strs;

import java.util.LinkedHashMap;
import java.util.Map;

import org.blocklet4j.meta.internal.format.UrlPaths;
import org.blocklet4j.meta.internal.js.IsVarName;
import org.blocklet4j.meta.internal.js.JsTree;
import org.blocklet4j.meta.internal.schema.AlternativesSchema;
import org.blocklet4j.meta.internal.schema.ArraySchema;
import org.blocklet4j.meta.internal.schema.ObjectSchema;
import org.blocklet4j.meta.internal.schema.Reject;
import org.blocklet4j.meta.internal.schema.Schema;
import org.blocklet4j.meta.internal.schema.StringSchema;

import tools.jackson.databind.JsonNode;

/** {@code navigation} and {@code theme}: ids, localised titles and links, sections, nesting. */
final class Navigation {
    static final String[] LOCALES = {"en", "zh", "fr", "ru", "ar", "es", "de", "pt", "ja", "hi"};
    static final String[] SECTIONS = {"header", "footer", "bottom", "social", "dashboard", "sessionManager",
        "userCenter", "bottomNavigation"};

    private Navigation() {
    }

    private static final StringSchema LOCALE = string().valid(strs(LOCALES));

    private static AlternativesSchema localised(StringSchema text) {
        return alternatives(text, object().min(1).pattern(LOCALE, text));
    }

    private static final StringSchema LINK = string().custom((value, path, ctx) -> {
        if (!UrlPaths.checkLink(value.stringValue())) {
            throw Reject.message("navigation.link.invalid", "Invalid navigation link: " + value.stringValue());
        }
        return value;
    });

    private static final StringSchema ID = string().custom((value, path, ctx) -> {
        String v = value.stringValue();
        if (v.isEmpty() || IsVarName.test(v)) {
            return value;
        }
        throw Reject.message("navigation.id.invalid", "Invalid navigation id: " + v);
    });

    private static Map<String, Schema<?>> itemProps() {
        Map<String, Schema<?>> props = new LinkedHashMap<>();
        props.put("id", ID);
        props.put("title", localised(string().min(1).max(Fields.MAX_TITLE_LENGTH)).required());
        props.put("description", localised(string().min(1).max(Fields.MAX_DESCRIPTION_LENGTH)));
        props.put("link", alternatives(LINK, object().min(1).pattern(LOCALE, LINK)));
        props.put("component", string().min(1));
        props.put("section", array().items(string().valid(strs(SECTIONS))).single());
        props.put("role", array().items(string().min(1)).single());
        props.put("icon", string().min(1));
        props.put("visible", bool());
        props.put("private", bool());
        return props;
    }

    static final ObjectSchema ITEM = object().keys(itemProps())
            .key("items", array().items(object().keys(itemProps()).rename("child", "component")))
            .rename("child", "component");

    static final ArraySchema NAVIGATION = array().items(ITEM).unique(Navigation::sameId);

    private static boolean sameId(JsonNode a, JsonNode b) {
        JsonNode x = a == null ? null : a.get("id");
        JsonNode y = b == null ? null : b.get("id");
        if (JsTree.isTruthy(x) && JsTree.isTruthy(y)) {
            return !x.isContainer() && x.equals(y);
        }
        return false;
    }

    static final ObjectSchema THEME = object(
            "background", alternatives(string().min(1), object(
                    "header", string().min(1),
                    "footer", string().min(1),
                    "default", string().min(1)).min(1)));
}
