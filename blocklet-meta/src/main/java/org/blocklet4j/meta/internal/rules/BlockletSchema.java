package org.blocklet4j.meta.internal.rules;

import static org.blocklet4j.meta.internal.schema.Joi.alternatives;
import static org.blocklet4j.meta.internal.schema.Joi.any;
import static org.blocklet4j.meta.internal.schema.Joi.array;
import static org.blocklet4j.meta.internal.schema.Joi.bool;
import static org.blocklet4j.meta.internal.schema.Joi.object;
import static org.blocklet4j.meta.internal.schema.Joi.str;
import static org.blocklet4j.meta.internal.schema.Joi.string;
import static org.blocklet4j.meta.internal.schema.Joi.strs;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.blocklet4j.meta.internal.format.IsGlob;
import org.blocklet4j.meta.internal.js.JsTree;
import org.blocklet4j.meta.internal.schema.ArraySchema;
import org.blocklet4j.meta.internal.schema.Context;
import org.blocklet4j.meta.internal.schema.ObjectSchema;
import org.blocklet4j.meta.internal.schema.Reject;
import org.blocklet4j.meta.internal.schema.Schema;
import org.blocklet4j.meta.internal.schema.StringSchema;
import org.blocklet4j.meta.semver.SemVer;

import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The whole manifest: the reference's {@code createBlockletSchema(baseDir, options)}, one schema per
 * combination of options, built once and shared.
 */
public final class BlockletSchema {
    static final String[] GROUPS = {"dapp", "static", "gateway", "pack"};

    /** The options that change the schema itself. */
    public record Variant(boolean ensureFiles, boolean ensureDist, boolean ensureComponentStore, boolean ensureName,
                          boolean skipValidateDidName) {
    }

    private static final Map<Variant, ObjectSchema> CACHE = new ConcurrentHashMap<>();

    private BlockletSchema() {
    }

    /** The schema for {@code variant}. */
    public static ObjectSchema of(Variant variant) {
        return CACHE.computeIfAbsent(variant, BlockletSchema::build);
    }

    private static ObjectSchema build(Variant v) {
        Map<String, Schema<?>> keys = new LinkedHashMap<>();
        keys.put("did", Fields.did().trim().required());
        keys.put("version", Fields.semver().required());
        keys.put("name", v.ensureName() ? string().optional() : string().required());
        keys.put("description", Fields.description().required());
        keys.put("group", string().valid(strs(GROUPS)));
        keys.put("main", string().trim());
        keys.put("title", Fields.title().optional().allow(str("")));
        keys.put("logo", v.ensureFiles() ? file().trim().optional() : string().trim().optional());
        keys.put("specVersion", Fields.semver().custom((value, path, ctx) -> {
            // In the reference the version check is the type's base check, so the comparison only sees valid versions.
            if (SemVer.isValid(value.stringValue()) && !SemVer.gte(value.stringValue(), "1.0.0")) {
                throw Reject.of("semver.gte", "spec-version.too-low",
                        "\"" + path.label() + "\" needs to be greater than or equal to 1.0.0");
            }
            return value;
        }).optional());
        keys.put("author", People.PERSON.optional());
        keys.put("contributors", array().items(People.PERSON).optional());
        keys.put("maintainers", array().items(People.PERSON).optional());
        keys.put("community", Fields.uri(false).optional().allow(str("")).defaultValue(str("")));
        keys.put("documentation", Fields.uri(false).optional().allow(str("")).defaultValue(str("")));
        keys.put("homepage", Fields.uri(false).optional().allow(str("")).defaultValue(str("")));
        keys.put("license", string().optional().allow(str("")).defaultValue(str("")));
        keys.put("support", alternatives(Fields.uri(false), Fields.email()).optional());
        keys.put("nftFactory", Fields.did().optional().allow(str("")).defaultValue(str("")));
        keys.put("payment", Payment.PAYMENT);
        keys.put("keywords", alternatives(string().trim().min(1), array().items(string().min(1))).optional());
        keys.put("tags", alternatives(string().trim().min(1), array().items(string().min(1))).optional());
        keys.put("gitHash", string().optional().allow(str("")));
        keys.put("repository", alternatives(string().min(1), object(
                "type", string().valid(strs("git", "https", "svn")).required(),
                "url", Fields.uri(false).required(),
                "directory", string())).optional());
        keys.put("timeout", Requirements.TIMEOUT);
        keys.put("requirements", Requirements.REQUIREMENTS);
        keys.put("interfaces", Interfaces.INTERFACES);
        keys.put("environments", Environments.ENVIRONMENTS);
        keys.put("scripts", Scripts.SCRIPTS);
        keys.put("capabilities", Requirements.CAPABILITIES);
        keys.put("files", files(v.ensureFiles()));
        keys.put("resource", Bundle.RESOURCE);
        keys.put("engine", Components.ENGINE);
        keys.put("screenshots", array().items(string().min(1)).optional().defaultValue(JsTree.NODES.arrayNode()));
        keys.put("videos", Bundle.VIDEOS);
        keys.put("logoUrl", string().optional().allow(str("")));
        keys.put("dist", v.ensureDist() ? Bundle.DIST.required() : Bundle.DIST.optional());
        keys.put("stats", Bundle.STATS.optional());
        keys.put("htmlAst", any().optional());
        keys.put("path", string().optional());
        keys.put("signatures", array().items(Bundle.SIGNATURE).optional());
        keys.put("lastPublishedAt", Fields.isoDate().optional().allow(NullNode.getInstance()));
        keys.put("components", v.ensureComponentStore() ? Components.WITH_STORE_CHECK : Components.WITHOUT_STORE_CHECK);
        keys.put("navigation", Navigation.NAVIGATION);
        keys.put("theme", Navigation.THEME);
        keys.put("copyright", Requirements.COPYRIGHT);
        keys.put("bundleName", string());
        keys.put("bundleDid", Fields.did().trim());
        keys.put("storeId", string());
        keys.put("events", Bundle.EVENTS.optional());
        keys.put("owner", People.OWNER);
        keys.put("egress", bool().optional().defaultValue(JsTree.NODES.booleanNode(true)));
        keys.put("docker", Docker.schema());
        boolean skipDidName = v.skipValidateDidName();
        return object().keys(keys)
                .rename("children", "components")
                .custom((value, path, ctx) -> {
                    ObjectNode data = (ObjectNode) value;
                    Docker.checkTopLevel(data);
                    Identity.checkDidAndName(data, skipDidName);
                    return data;
                });
    }

    /** {@code Joi.file().exists({baseDir})}: a string naming a file that exists under the blocklet directory. */
    private static StringSchema file() {
        return string().custom((value, path, ctx) -> {
            checkFile(value.stringValue(), ctx);
            return value;
        });
    }

    /** {@code files}: with ensureFiles, each must exist, except the bundle's own entry files and globs. */
    private static ArraySchema files(boolean ensureFiles) {
        if (!ensureFiles) {
            return array().items(string().trim()).optional();
        }
        return array().items(string().custom((value, path, ctx) -> {
            String name = value.stringValue();
            if (!name.equals("blocklet.js") && !name.equals("blocklet.zip") && !IsGlob.test(name)) {
                checkFile(name, ctx);
            }
            return value;
        })).optional();
    }

    /**
     * Rejects a file that does not exist under the context's base directory (nothing is checked without one). Unlike
     * the reference, which joins the name to the directory and follows {@code ..} and links anywhere, a name that
     * is absolute, climbs out with {@code ..}, or leads out through a symbolic link is {@code file.outside}.
     */
    private static void checkFile(String name, Context ctx) throws Reject {
        java.nio.file.Path base = ctx.baseDir();
        if (base == null) {
            return;
        }
        java.nio.file.Path file;
        java.nio.file.Path root = base.toAbsolutePath().normalize();
        try {
            java.nio.file.Path given = java.nio.file.Path.of(name);
            file = root.resolve(given).normalize();
            if (given.isAbsolute() || name.startsWith("/") || name.startsWith("\\") || !file.startsWith(root)) {
                throw Reject.of("file.outside", "file.outside", "file \"" + name + "\" is outside the blocklet directory");
            }
        } catch (InvalidPathException e) {
            throw Reject.of("file.error.generic", "file.unreadable",
                    "file could not be read. message: \"" + e.getMessage() + "\"");
        }
        if (!Files.exists(file)) {
            throw Reject.of("file.enoent", "file.enoent", "file \"" + name + "\" does not exist");
        }
        try {
            if (!file.toRealPath().startsWith(root.toRealPath())) {
                throw Reject.of("file.outside", "file.outside",
                        "file \"" + name + "\" leads outside the blocklet directory through a link");
            }
        } catch (java.io.IOException e) {
            throw Reject.of("file.error.generic", "file.unreadable",
                    "file could not be read. message: \"" + e.getMessage() + "\"");
        }
    }
}
