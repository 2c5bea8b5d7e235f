package org.blocklet4j.meta.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blocklet4j.meta.internal.schema.Joi.alternatives;
import static org.blocklet4j.meta.internal.schema.Joi.array;
import static org.blocklet4j.meta.internal.schema.Joi.bool;
import static org.blocklet4j.meta.internal.schema.Joi.number;
import static org.blocklet4j.meta.internal.schema.Joi.object;
import static org.blocklet4j.meta.internal.schema.Joi.str;
import static org.blocklet4j.meta.internal.schema.Joi.string;
import static org.blocklet4j.meta.internal.schema.Joi.strs;

import java.time.ZoneOffset;
import java.util.List;

import org.blocklet4j.meta.internal.js.JsTree;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SchemaEngineTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return JsTree.fromJson(JSON.readTree(text));
    }

    private static Context ctx() {
        return new Context(null, ZoneOffset.UTC, true, true);
    }

    private static Result validate(Schema<?> schema, String text) {
        return schema.validate(json(text), Path.ROOT, ctx(), null);
    }

    private static List<String> types(Result r) {
        return r.errors().stream().map(Issue::type).toList();
    }

    @Test
    void trimsBeforeCheckingLengthAndEmptiness() {
        assertThat(validate(string().trim().min(3), "\"  abc  \"").value().stringValue()).isEqualTo("abc");
        assertThat(types(validate(string().trim(), "\"\\u00a0 \\ufeff\""))).containsExactly("string.empty");
        assertThat(types(validate(string().trim().min(3), "\" ab \""))).containsExactly("string.min");
    }

    @Test
    void allowedEmptyStringPassesAfterTrim() {
        assertThat(validate(string().trim().min(1).allow(str("")), "\"   \"").value().stringValue()).isEmpty();
    }

    @Test
    void rejectsNumberWhereStringIsRequired() {
        assertThat(types(validate(string(), "5"))).containsExactly("string.base");
    }

    @Test
    void convertsNumericStringsAndRejectsUnsafeOnes() {
        assertThat(validate(number(), "\" 12.50 \"").value().doubleValue()).isEqualTo(12.5);
        assertThat(types(validate(number(), "\"9007199254740993\""))).containsExactly("number.unsafe");
        assertThat(types(validate(number(), "\"abc\""))).containsExactly("number.base");
        assertThat(validate(number(), "\"1e3\"").value().doubleValue()).isEqualTo(1000);
    }

    @Test
    void convertsBooleanStringsInAnyCase() {
        assertThat(validate(bool(), "\"TRUE\"").value().booleanValue()).isTrue();
        assertThat(types(validate(bool(), "\"yes\""))).containsExactly("boolean.base");
    }

    @Test
    void lowercasesBeforeCheckingAllowedValues() {
        assertThat(validate(string().lowercase().valid(strs("web", "service")), "\"WEB\"").value().stringValue())
                .isEqualTo("web");
        assertThat(types(validate(string().valid(strs("a", "b")), "\"c\""))).containsExactly("any.only");
    }

    @Test
    void appliesDefaultsAfterExistingKeysInDeclaredOrder() {
        ObjectSchema s = object("a", string().defaultValue(str("x")), "b", string(), "c", number().defaultValue(Joi.num(1)));
        Result r = validate(s, "{\"b\": \"y\"}");
        assertThat(r.isValid()).isTrue();
        assertThat(JSON.writeValueAsString(JsTree.toJson(r.value()))).isEqualTo("{\"b\":\"y\",\"a\":\"x\",\"c\":1}");
    }

    @Test
    void stripsUnknownKeysWithWarning() {
        Context ctx = ctx();
        Result r = object("a", string()).validate(json("{\"a\": \"x\", \"zz\": 1}"), Path.ROOT, ctx, null);
        assertThat(r.value().has("zz")).isFalse();
        assertThat(ctx.warnings()).extracting(Issue::code).containsExactly("key.unknown");
        assertThat(ctx.warnings().get(0).path().pointer()).isEqualTo("/zz");
    }

    @Test
    void keepsUnknownKeysWhenAllowed() {
        assertThat(validate(object("a", string()).unknown(), "{\"zz\": 1}").value().has("zz")).isTrue();
    }

    @Test
    void renamesKeysAndRecordsWhere() {
        Context ctx = ctx();
        ObjectSchema s = object("preStart", string()).rename("pre-start", "preStart");
        Result r = s.validate(json("{\"pre-start\": \"go\"}"), Path.ROOT, ctx, null);
        assertThat(r.value().get("preStart").stringValue()).isEqualTo("go");
        assertThat(ctx.renames()).containsEntry("/preStart", "/pre-start");
    }

    @Test
    void rejectsRenameOntoExistingKey() {
        ObjectSchema s = object("components", array()).rename("children", "components");
        assertThat(types(validate(s, "{\"children\": [], \"components\": []}"))).contains("object.rename.override");
    }

    @Test
    void reportsEveryItemErrorAndStillRunsArrayRules() {
        ArraySchema s = array().items(object("name", string().required())).unique("name")
                .custom((v, p, c) -> {
                    throw Reject.message("test.custom", "custom ran");
                });
        Result r = validate(s, "[{}, {\"name\": 1}]");
        assertThat(r.errors()).extracting(i -> i.path().pointer() + " " + i.type())
                .containsExactly("/0/name any.required", "/1/name string.base", " custom");
    }

    @Test
    void wrapsSingleValueInArray() {
        assertThat(validate(array().items(string()).single(), "\"header\"").value().toString())
                .isEqualTo("[\"header\"]");
    }

    @Test
    void findsDuplicateByKey() {
        Result r = validate(array().items(object("name", string())).unique("name"),
                "[{\"name\": \"a\"}, {\"name\": \"b\"}, {\"name\": \"a\"}]");
        assertThat(r.errors()).extracting(i -> i.path().pointer() + " " + i.type()).containsExactly("/2 array.unique");
    }

    @Test
    void summarisesAlternativesAsJoiDoes() {
        AlternativesSchema typesOnly = alternatives(string(), object("a", string()));
        assertThat(validate(typesOnly, "5").errors().get(0).message())
                .isEqualTo("\"value\" must be one of [string, object]");
        AlternativesSchema deeper = alternatives(string(), object("a", string().required()));
        assertThat(validate(deeper, "{}").errors()).extracting(i -> i.path().pointer() + " " + i.type())
                .containsExactly("/a any.required");
        AlternativesSchema twoDeep = alternatives(object("a", string().required()), object("b", string().required()));
        assertThat(types(validate(twoDeep, "{}"))).containsExactly("alternatives.match");
    }

    @Test
    void firstPassingAlternativeWins() {
        AlternativesSchema s = alternatives(string().uppercase(), object("internal", string()));
        assertThat(validate(s, "\"port\"").value().stringValue()).isEqualTo("PORT");
    }

    @Test
    void customThrowMessageSaysWhy() {
        StringSchema s = string().custom((v, p, c) -> {
            throw Reject.thrown("x.bad", "it is bad");
        });
        Result r = s.validate(str("a"), Path.ROOT.key("title"), ctx(), null);
        assertThat(r.errors().get(0).message()).isEqualTo("\"title\" failed custom validation because it is bad");
        assertThat(r.errors().get(0).code()).isEqualTo("x.bad");
    }

    @Test
    void labelsNestedPathsAsJoi() {
        assertThat(Path.ROOT.key("interfaces").index(0).key("type").label()).isEqualTo("interfaces[0].type");
        assertThat(Path.ROOT.key("a/b").key("c~d").pointer()).isEqualTo("/a~1b/c~0d");
    }
}
