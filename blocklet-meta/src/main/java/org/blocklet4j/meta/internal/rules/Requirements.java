package org.blocklet4j.meta.internal.rules;

import static org.blocklet4j.meta.internal.schema.Joi.alternatives;
import static org.blocklet4j.meta.internal.schema.Joi.array;
import static org.blocklet4j.meta.internal.schema.Joi.bool;
import static org.blocklet4j.meta.internal.schema.Joi.number;
import static org.blocklet4j.meta.internal.schema.Joi.object;

import static org.blocklet4j.meta.internal.schema.Joi.string;
import static org.blocklet4j.meta.internal.schema.Joi.strs;

import org.blocklet4j.meta.internal.js.JsTree;
import org.blocklet4j.meta.internal.schema.ObjectSchema;

import tools.jackson.databind.node.ObjectNode;

/** {@code requirements}, {@code timeout} and {@code capabilities}: what the blocklet needs from its host. */
final class Requirements {
    static final String[] ARCHITECTURES = {"arm", "arm64", "ia32", "mips", "mipsel", "ppc", "ppc64", "s390", "s390x",
        "x32", "x64"};
    static final String LATEST_SERVER = ">=1.7.0";

    private Requirements() {
    }

    private static String[] withStar(String[] values) {
        String[] out = new String[values.length + 1];
        out[0] = "*";
        System.arraycopy(values, 0, out, 1, values.length);
        return out;
    }

    static final ObjectSchema REQUIREMENTS = object(
            "abtnode", Fields.semverRange(),
            "server", Fields.semverRange(),
            "os", alternatives(
                    string().valid(strs(withStar(Components.PLATFORMS))),
                    array().items(string().valid(strs(Components.PLATFORMS))).min(1)),
            "cpu", alternatives(
                    string().valid(strs(withStar(ARCHITECTURES))),
                    array().items(string().valid(strs(ARCHITECTURES))).min(1)),
            "fuels", array().items(object(
                    "endpoint", string().trim().required(),
                    "address", string().trim(),
                    "value", string().trim().required(),
                    "reason", string().trim().required())),
            "nodejs", Fields.semverRange(),
            "aigne", bool().optional())
            .defaultValue(defaults());

    private static ObjectNode defaults() {
        ObjectNode d = JsTree.NODES.objectNode();
        d.put("server", LATEST_SERVER);
        d.put("os", "*");
        d.put("cpu", "*");
        d.put("nodejs", "*");
        return d;
    }

    static final ObjectSchema TIMEOUT = object(
            "start", number().min(10).max(600),
            "script", number().min(1).max(1800))
            .defaultValue(JsTree.NODES.objectNode().put("start", 60d));

    static final ObjectSchema CAPABILITIES = object(
            "clusterMode", bool(),
            "didSpace", string().valid(strs("required", "requiredOnSetup", "optional", "requiredOnConnect")).optional(),
            "navigation", bool().defaultValue(JsTree.NODES.booleanNode(true)),
            "serverless", bool().optional(),
            "component", bool(),
            "sitemap", bool().optional(),
            "mcp", bool().optional(),
            "singleton", bool().optional())
            .defaultValue(JsTree.NODES.objectNode());

    static final ObjectSchema COPYRIGHT = object(
            "owner", string().min(1),
            "year", alternatives(string(), number()));

}
