package org.blocklet4j.meta;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a manifest is read and checked. Every option mirrors an option of the reference's {@code parse()} or
 * {@code validateMeta()} and has the reference's default.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class ManifestOptions {
    /** The reference's defaults. */
    public static final ManifestOptions DEFAULTS = builder().build();

    private final boolean ensureFiles;
    private final boolean ensureDist;
    private final boolean ensureComponentStore;
    private final boolean ensureName;
    private final boolean skipValidateDidName;
    private final boolean fix;
    private final boolean noDefaults;
    private final @Nullable Function<JsonNode, String> defaultStoreUrl;
    private final @Nullable ObjectNode extraRawAttrs;
    private final ZoneId zone;
    private final ReadLimits limits;

    private ManifestOptions(Builder b) {
        this.ensureFiles = b.ensureFiles;
        this.ensureDist = b.ensureDist;
        this.ensureComponentStore = b.ensureComponentStore;
        this.ensureName = b.ensureName;
        this.skipValidateDidName = b.skipValidateDidName;
        this.fix = b.fix;
        this.noDefaults = b.noDefaults;
        this.defaultStoreUrl = b.defaultStoreUrl;
        this.extraRawAttrs = b.extraRawAttrs == null ? null : b.extraRawAttrs.deepCopy();
        this.zone = b.zone;
        this.limits = b.limits;
    }

    /** A builder starting from the reference's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.ensureFiles = ensureFiles;
        b.ensureDist = ensureDist;
        b.ensureComponentStore = ensureComponentStore;
        b.ensureName = ensureName;
        b.skipValidateDidName = skipValidateDidName;
        b.fix = fix;
        b.noDefaults = noDefaults;
        b.defaultStoreUrl = defaultStoreUrl;
        b.extraRawAttrs = extraRawAttrs;
        b.zone = zone;
        b.limits = limits;
        return b;
    }

    /** {@code ensureFiles} (default false): {@code logo} and {@code files} must exist in the blocklet directory. */
    public boolean ensureFiles() {
        return ensureFiles;
    }

    /** {@code ensureDist} (default false): {@code dist} is required. */
    public boolean ensureDist() {
        return ensureDist;
    }

    /** {@code ensureComponentStore} (default true): a component from a store must name the store. */
    public boolean ensureComponentStore() {
        return ensureComponentStore;
    }

    /**
     * {@code ensureName} (default false): when validating a tree, {@code name} may be absent, as
     * {@code validateBlockletMeta} of {@code @blocklet/resolver} allows. Reading a file always requires it.
     */
    public boolean ensureName() {
        return ensureName;
    }

    /** {@code skipValidateDidName} (default false): a name that is a DID need not have the BLOCKLET role. */
    public boolean skipValidateDidName() {
        return skipValidateDidName;
    }

    /** {@code fix} (default true): run the reference's fix steps before validation. */
    public boolean fix() {
        return fix;
    }

    /**
     * Joi's {@code noDefaults} preference, given as {@code schemaOptions: { noDefaults: true }} to the reference's
     * {@code parse()} or {@code validateMeta()} (default false). When true, no {@code .default(…)} of the blocklet
     * schema is applied at any depth: a key the manifest leaves out stays out ({@code interfaces},
     * {@code environments}, {@code components}, {@code payment}, {@code timeout}, {@code requirements},
     * {@code capabilities}, {@code egress}, the URL fields, and inside interfaces, environments, components, the
     * engine, stats, docker and owner), and a value that counts as empty (an owner's {@code email: ""}) is removed
     * rather than replaced. Everything else, conversions, renames, stripped keys and errors, is as without it, and
     * rules that read a defaulted field see it absent as in the reference (a {@code wellknown} interface without
     * {@code prefix} fails). Blocklet Server validates a bundle's meta this way before it verifies the
     * signatures, which cover the meta as the developer wrote it. The fix steps are not Joi defaults and still
     * fill what they fill.
     */
    public boolean noDefaults() {
        return noDefaults;
    }

    /** {@code defaultStoreUrl}: the store given to components from a store that name none. */
    public Optional<Function<JsonNode, String>> defaultStoreUrl() {
        return Optional.ofNullable(defaultStoreUrl);
    }

    /**
     * {@code extraRawAttrs} (default: an empty object): keys set on the raw manifest before the fixes (a copy);
     * empty after {@link Builder#noExtraRawAttrs()}, the reference's falsy value, which skips the assignment.
     */
    public Optional<ObjectNode> extraRawAttrs() {
        return Optional.ofNullable(extraRawAttrs == null ? null : extraRawAttrs.deepCopy());
    }

    /**
     * The time zone in which an offset-less ISO date-time (e.g. {@code signatures[].created}) is read, as the
     * reference reads it in its process's zone. Default: the JVM's default zone when the options were built.
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The bounds on reading (input length, depth, nodes, aliases, strings, numbers, merges); default
     * {@link ReadLimits#DEFAULTS}. Not an option of the reference, which has only js-yaml's depth and merge bounds.
     */
    public ReadLimits limits() {
        return limits;
    }

    /** Builds {@link ManifestOptions}. Not thread-safe. */
    public static final class Builder {
        private boolean ensureFiles;
        private boolean ensureDist;
        private boolean ensureComponentStore = true;
        private boolean ensureName;
        private boolean skipValidateDidName;
        private boolean fix = true;
        private boolean noDefaults;
        private @Nullable Function<JsonNode, String> defaultStoreUrl;
        private @Nullable ObjectNode extraRawAttrs = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        private ZoneId zone = ZoneId.systemDefault();
        private ReadLimits limits = ReadLimits.DEFAULTS;

        private Builder() {
        }

        /** See {@link ManifestOptions#ensureFiles()}. */
        public Builder ensureFiles(boolean value) {
            this.ensureFiles = value;
            return this;
        }

        /** See {@link ManifestOptions#ensureDist()}. */
        public Builder ensureDist(boolean value) {
            this.ensureDist = value;
            return this;
        }

        /** See {@link ManifestOptions#ensureComponentStore()}. */
        public Builder ensureComponentStore(boolean value) {
            this.ensureComponentStore = value;
            return this;
        }

        /** See {@link ManifestOptions#ensureName()}. */
        public Builder ensureName(boolean value) {
            this.ensureName = value;
            return this;
        }

        /** See {@link ManifestOptions#skipValidateDidName()}. */
        public Builder skipValidateDidName(boolean value) {
            this.skipValidateDidName = value;
            return this;
        }

        /** See {@link ManifestOptions#fix()}. */
        public Builder fix(boolean value) {
            this.fix = value;
            return this;
        }

        /** See {@link ManifestOptions#noDefaults()}. */
        public Builder noDefaults(boolean value) {
            this.noDefaults = value;
            return this;
        }

        /** One store URL for every component that needs one. */
        public Builder defaultStoreUrl(String url) {
            Objects.requireNonNull(url, "url");
            this.defaultStoreUrl = component -> url;
            return this;
        }

        /** A store URL computed from the component (a copy of its raw entry). */
        public Builder defaultStoreUrl(Function<JsonNode, String> fn) {
            this.defaultStoreUrl = Objects.requireNonNull(fn, "fn");
            return this;
        }

        /** See {@link ManifestOptions#extraRawAttrs()}; a copy of {@code attrs} is kept. */
        public Builder extraRawAttrs(ObjectNode attrs) {
            this.extraRawAttrs = Objects.requireNonNull(attrs, "attrs").deepCopy();
            return this;
        }

        /**
         * No extra attributes at all, as {@code extraRawAttrs: null} in the reference: the raw manifest is not
         * assigned to, so an empty {@code blocklet.yml} read with {@code fix(false)} is returned as nothing.
         */
        public Builder noExtraRawAttrs() {
            this.extraRawAttrs = null;
            return this;
        }

        /** See {@link ManifestOptions#zone()}. */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** See {@link ManifestOptions#limits()}. */
        public Builder limits(ReadLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** The options; fails on a combination that makes no sense. */
        public ManifestOptions build() {
            if (!fix && defaultStoreUrl != null) {
                throw new IllegalStateException("defaultStoreUrl is applied by the fix steps; it needs fix(true)");
            }
            return new ManifestOptions(this);
        }
    }
}
