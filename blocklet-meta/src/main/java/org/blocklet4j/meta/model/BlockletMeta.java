package org.blocklet4j.meta.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A valid, normalised manifest as typed values. Every value comes from the normalised JSON ({@link #json()}), which
 * is what the reference's {@code parse()} returns; sections without a fixed shape ({@code docker},
 * {@code resource}, {@code theme}, …) are offered as JSON.
 *
 * <p>Instances are immutable and safe to share between threads. New accessors may be added as the manifest grows.
 */
public final class BlockletMeta {
    private final JsonNode json;
    private final String did;
    private final @Nullable String name;
    private final String version;
    private final String description;
    private final @Nullable Person author;
    private final List<Person> contributors;
    private final List<Person> maintainers;
    private final Payment payment;
    private final @Nullable Repository repository;
    private final Requirements requirements;
    private final List<BlockletInterface> interfaces;
    private final List<Environment> environments;
    private final Map<String, String> scripts;
    private final Capabilities capabilities;
    private final List<Component> components;
    private final List<NavigationItem> navigation;
    private final @Nullable Dist dist;
    private final List<Signature> signatures;
    private final List<Event> events;

    private BlockletMeta(JsonNode json) {
        this.json = json;
        this.did = Json.text(json, "did", "");
        this.name = Json.text(json, "name");
        this.version = Json.text(json, "version", "");
        this.description = Json.text(json, "description", "");
        this.author = json.has("author") ? Person.of(json.get("author")) : null;
        this.contributors = Json.list(json, "contributors", Person::of);
        this.maintainers = Json.list(json, "maintainers", Person::of);
        this.payment = Payment.of(json.path("payment"));
        this.repository = json.has("repository") ? Repository.of(json.get("repository")) : null;
        this.requirements = Requirements.of(json.path("requirements"));
        this.interfaces = Json.list(json, "interfaces", BlockletInterface::of);
        this.environments = Json.list(json, "environments", Environment::of);
        this.scripts = Json.stringMap(json, "scripts");
        this.capabilities = Capabilities.of(json.get("capabilities"));
        this.components = Json.list(json, "components", Component::of);
        this.navigation = Json.list(json, "navigation", NavigationItem::of);
        this.dist = json.has("dist") ? Dist.of(json.get("dist")) : null;
        this.signatures = Json.list(json, "signatures", Signature::of);
        this.events = Json.list(json, "events", Event::of);
    }

    /** The model of a normalised manifest (as {@code ManifestResult.json()} gives it); {@code json} is copied. */
    public static BlockletMeta of(JsonNode json) {
        Objects.requireNonNull(json, "json");
        if (!json.isObject()) {
            throw new IllegalArgumentException("a manifest is a JSON object");
        }
        return new BlockletMeta(json.deepCopy());
    }

    /** The normalised manifest as JSON (a copy). */
    public JsonNode json() {
        return json.deepCopy();
    }

    /** {@code did}: the blocklet's DID. */
    public String did() {
        return did;
    }

    /** {@code name}; absent only for trees validated with {@code ensureName}. */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** {@code version}, as written ({@code v1.2.3} stays so). */
    public String version() {
        return version;
    }

    /** {@code description} (trimmed; {@code Blocklet from <dir>} when the file had none). */
    public String description() {
        return description;
    }

    /** {@code title}, when given. */
    public Optional<String> title() {
        return Optional.ofNullable(Json.text(json, "title"));
    }

    /** {@code group}: {@code dapp}, {@code static}, {@code gateway} or {@code pack}. */
    public Optional<String> group() {
        return Optional.ofNullable(Json.text(json, "group"));
    }

    /** {@code main}: the entry point. */
    public Optional<String> main() {
        return Optional.ofNullable(Json.text(json, "main"));
    }

    /** {@code logo}. */
    public Optional<String> logo() {
        return Optional.ofNullable(Json.text(json, "logo"));
    }

    /** {@code specVersion}. */
    public Optional<String> specVersion() {
        return Optional.ofNullable(Json.text(json, "specVersion"));
    }

    /** {@code author}. */
    public Optional<Person> author() {
        return Optional.ofNullable(author);
    }

    /** {@code contributors}. */
    public List<Person> contributors() {
        return contributors;
    }

    /** {@code maintainers}. */
    public List<Person> maintainers() {
        return maintainers;
    }

    /** {@code homepage} ({@code ""} when none). */
    public String homepage() {
        return Json.text(json, "homepage", "");
    }

    /** {@code license} ({@code ""} when none). */
    public String license() {
        return Json.text(json, "license", "");
    }

    /** {@code keywords}. */
    public List<String> keywords() {
        return Json.strings(json, "keywords");
    }

    /** {@code tags}. */
    public List<String> tags() {
        return Json.strings(json, "tags");
    }

    /** {@code repository}. */
    public Optional<Repository> repository() {
        return Optional.ofNullable(repository);
    }

    /** {@code payment} (empty price and share when none). */
    public Payment payment() {
        return payment;
    }

    /** {@code timeout.start} in seconds (60 by default), when given. */
    public Optional<Double> startTimeout() {
        return Optional.ofNullable(Json.number(json.path("timeout"), "start"));
    }

    /** {@code requirements}. */
    public Requirements requirements() {
        return requirements;
    }

    /** {@code interfaces}. */
    public List<BlockletInterface> interfaces() {
        return interfaces;
    }

    /** {@code environments}. */
    public List<Environment> environments() {
        return environments;
    }

    /** {@code scripts}, by camelCase hook name ({@code preStart}, …). */
    public Map<String, String> scripts() {
        return scripts;
    }

    /** {@code capabilities}. */
    public Capabilities capabilities() {
        return capabilities;
    }

    /** {@code files}: other contents of the bundle. */
    public List<String> files() {
        return Json.strings(json, "files");
    }

    /** {@code screenshots}. */
    public List<String> screenshots() {
        return Json.strings(json, "screenshots");
    }

    /** {@code components}. */
    public List<Component> components() {
        return components;
    }

    /** {@code navigation}. */
    public List<NavigationItem> navigation() {
        return navigation;
    }

    /** {@code dist}. */
    public Optional<Dist> dist() {
        return Optional.ofNullable(dist);
    }

    /** {@code signatures}. */
    public List<Signature> signatures() {
        return signatures;
    }

    /** {@code events}. */
    public List<Event> events() {
        return events;
    }

    /** {@code egress} (true by default). */
    public boolean egress() {
        return Json.bool(json, "egress", true);
    }

    /** A section without a fixed shape, or any other key, as JSON: {@code docker}, {@code engine}, … */
    public Optional<JsonNode> section(String key) {
        return Optional.ofNullable(Json.tree(json, key));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BlockletMeta other && json.equals(other.json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "BlockletMeta[" + did + " " + name + "@" + version + "]";
    }
}
