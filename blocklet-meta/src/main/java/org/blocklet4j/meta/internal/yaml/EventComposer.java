package org.blocklet4j.meta.internal.yaml;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.internal.js.JsTree;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.ScannerImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BinaryNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the value of a YAML text from snakeyaml-engine's parse events the way js-yaml's loader builds it: scalars
 * through {@link ScalarRules}, keys through {@link PropertyKeys}, duplicate keys last-wins in the first key's place,
 * merge keys, anchors that share one value, explicit tags checked as js-yaml's types check them. Works on a stack
 * of open collections, never recursing, so nesting costs heap rather than stack; stops at the first problem.
 *
 * <p>One instance loads one text; not thread-safe.
 */
final class EventComposer {
    private final YamlLimits limits;
    private final LineIndex lines;
    private final @Nullable MaskedCharacters masked;
    private final JsYamlScanner scanner;
    private final ParserImpl parser;

    private final Map<String, Anchored> anchors = new HashMap<>();
    private final List<Frame> stack = new ArrayList<>();
    private long expansion;
    private int nodes;
    private int mergeWork;
    private int documents;
    private @Nullable JsonNode root;
    private SourceMap.@Nullable Entry rootEntry;

    private EventComposer(String text, YamlLimits limits) {
        this.limits = limits;
        this.lines = new LineIndex(text);
        this.masked = MaskedCharacters.replace(text);
        String parsed = masked == null ? text : masked.text();
        LoadSettings settings = LoadSettings.builder()
                .setLabel("manifest")
                .setUseMarks(true)
                // The whole text in one window: snakeyaml-engine copies its window each time it reads more, which
                // makes long single-line scalars quadratic with the default 1 KiB.
                .setBufferSize(parsed.length() + 1)
                // The caller has already bounded the length.
                .setCodePointLimit(Integer.MAX_VALUE)
                .build();
        this.scanner = new JsYamlScanner(new ScannerImpl(settings, new StreamReader(settings, parsed)));
        this.parser = new ParserImpl(settings, scanner);
    }

    /** Loads {@code text}, which has no byte order mark, no NUL and holds a document by js-yaml's rule. */
    static YamlLoad compose(String text, YamlLimits limits) {
        EventComposer composer = new EventComposer(text, limits);
        try {
            return composer.run();
        } catch (LoadFailure failure) {
            return YamlLoad.failure(failure.diagnostic);
        } catch (MarkedYamlEngineException e) {
            return YamlLoad.failure(composer.syntaxError(e));
        } catch (ReaderException e) {
            return YamlLoad.failure(Diagnostic.error("yaml.character", "",
                            "the stream contains non-printable characters")
                    .at(composer.lines.positionOfCodePoint(Math.max(0, e.getPosition()))));
        } catch (YamlEngineException e) {
            return YamlLoad.failure(Diagnostic.error("yaml.syntax", "", firstLine(e.getMessage())));
        } catch (RuntimeException e) {
            // A failure inside snakeyaml-engine on input it should have rejected; never let its types escape.
            return YamlLoad.failure(Diagnostic.error("yaml.syntax", "", "the YAML parser failed on this text"));
        }
    }

    private YamlLoad run() {
        while (parser.hasNext()) {
            Event event = parser.next();
            switch (event.getEventId()) {
                case DocumentStart:
                    documents++;
                    if (documents > 1) {
                        throw fail("yaml.multiple-documents",
                                "expected a single document in the stream, but found more", event);
                    }
                    break;
                case Scalar:
                    scalar((ScalarEvent) event);
                    break;
                case Alias:
                    alias((AliasEvent) event);
                    break;
                case SequenceStart:
                    open((CollectionStartEvent) event, false);
                    break;
                case MappingStart:
                    open((CollectionStartEvent) event, true);
                    break;
                case SequenceEnd:
                case MappingEnd:
                    close();
                    break;
                default:
                    break;
            }
        }
        JsonNode value = root;
        if (value == null) {
            // Only comments, directives or blank lines: js-yaml still reads one empty document.
            return YamlLoad.of(JsTree.NODES.nullNode(), SourceMap.EMPTY);
        }
        return YamlLoad.of(value, new SourceMap(rootEntry));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Nodes

    private void scalar(ScalarEvent event) {
        Slot slot = slot(event, false);
        String tag = event.getTag().orElse(null);
        boolean plain = event.isPlain();
        boolean empty = plain && event.getValue().isEmpty();
        String text = event.getValue();
        if (masked != null) {
            boolean quoted = event.isSQuoted() || event.isDQuoted();
            String restored = masked.restore(text, quoted);
            if (restored == null) {
                // js-yaml's two messages: captureSegment's check for quoted and for other scalars.
                throw fail("yaml.character", quoted ? "expected valid JSON character"
                        : "the stream contains non-printable characters", event);
            }
            text = restored;
        }
        if (text.length() > limits.maxStringLength()) {
            throw fail("yaml.string-too-long", "a scalar is longer than maxStringLength (" + limits.maxStringLength()
                    + " characters)", event);
        }
        JsonNode value;
        boolean merge = false;
        if (tag == null) {
            if (empty) {
                value = JsTree.NODES.nullNode();
            } else if (plain) {
                value = ScalarRules.resolvePlain(text);
                merge = text.equals("<<");
            } else {
                value = JsTree.NODES.stringNode(text);
            }
        } else if (tag.equals("!")) {
            // The non-specific tag: js-yaml leaves the node unresolved.
            value = empty ? JsTree.NODES.nullNode() : JsTree.NODES.stringNode(text);
        } else {
            String data = empty ? null : text;
            value = explicitScalar(tag, data, event);
            merge = tag.equals(ScalarRules.MERGE);
        }
        if (value.isNumber() && text.length() > limits.maxNumberLength()) {
            throw fail("yaml.number-too-long", "a number is longer than maxNumberLength (" + limits.maxNumberLength()
                    + " characters)", event);
        }
        event.getAnchor().ifPresent(a -> anchors.put(a.getValue(), new Anchored(value, 1, 1)));
        complete(value, 1, 1, slot, merge);
    }

    /** A scalar with an explicit tag; {@code data} is null for an empty node, which any type may claim. */
    private JsonNode explicitScalar(String tag, @Nullable String data, Event event) {
        JsonNode value;
        switch (tag) {
            case ScalarRules.STR:
                return JsTree.NODES.stringNode(data == null ? "" : data);
            case ScalarRules.NULL:
                value = data == null || ScalarRules.isNull(data) ? JsTree.NODES.nullNode() : null;
                break;
            case ScalarRules.BOOL: {
                Boolean b = data == null ? null : ScalarRules.bool(data);
                value = b == null ? null : JsTree.NODES.booleanNode(b);
                break;
            }
            case ScalarRules.INT: {
                Double d = data == null ? null : ScalarRules.integer(data);
                value = d == null ? null : JsTree.NODES.numberNode(d);
                break;
            }
            case ScalarRules.FLOAT: {
                Double d = data == null ? null : ScalarRules.floating(data);
                value = d == null ? null : JsTree.NODES.numberNode(d);
                break;
            }
            case ScalarRules.TIMESTAMP: {
                Instant t = data == null ? null : ScalarRules.timestamp(data);
                value = t == null ? null : JsTree.date(t);
                break;
            }
            case ScalarRules.BINARY: {
                byte[] bytes = data == null ? null : ScalarRules.binary(data);
                value = bytes == null ? null : JsTree.NODES.binaryNode(bytes);
                break;
            }
            case ScalarRules.MERGE:
                value = data == null ? JsTree.NODES.nullNode()
                        : data.equals("<<") ? JsTree.NODES.stringNode(data) : null;
                break;
            case ScalarRules.SEQ:
            case ScalarRules.OMAP:
            case ScalarRules.PAIRS:
                if (data != null) {
                    throw wrongKind(tag, "a scalar", event);
                }
                return JsTree.NODES.arrayNode();
            case ScalarRules.MAP:
            case ScalarRules.SET:
                if (data != null) {
                    throw wrongKind(tag, "a scalar", event);
                }
                return JsTree.NODES.objectNode();
            default:
                throw fail("yaml.tag.unknown", "unknown tag !<" + tag + ">", event);
        }
        if (value == null) {
            throw fail("yaml.tag.invalid", "cannot resolve a node with !<" + tag + "> explicit tag", event);
        }
        return value;
    }

    private void alias(AliasEvent event) {
        Slot slot = slot(event, false);
        String name = event.getAlias().getValue();
        Anchored anchored = anchors.get(name);
        if (anchored == null) {
            throw fail("yaml.alias.unknown", "unidentified alias \"" + name + "\"", event);
        }
        JsonNode value = anchored.value;
        if (value == null) {
            throw fail("yaml.alias.recursive", "alias \"" + name + "\" refers to a node that contains it", event);
        }
        expansion += anchored.weight - 1;
        if (expansion > limits.maxAliasExpansion()) {
            throw fail("yaml.aliases", "aliases expand the document by more than " + limits.maxAliasExpansion()
                    + " nodes", event);
        }
        // Whatever walks the value later recurses through aliases as deep as they reach.
        if (slot.depth + anchored.height - 1 > limits.maxDepth()) {
            throw fail("yaml.depth", "aliases nest the document deeper than maxDepth (" + limits.maxDepth() + ")",
                    event);
        }
        complete(value, anchored.weight, anchored.height, slot, false);
    }

    private void open(CollectionStartEvent event, boolean mapping) {
        Slot slot = slot(event, true);
        Frame frame = new Frame(slot, mapping, event.isFlow(), event.getTag().orElse(null),
                event.getAnchor().map(a -> a.getValue()).orElse(null));
        if (frame.anchor != null) {
            anchors.put(frame.anchor, Anchored.OPEN);
        }
        stack.add(frame);
    }

    private void close() {
        Frame frame = stack.remove(stack.size() - 1);
        JsonNode value = frame.container;
        if (frame.mapping) {
            JsTree.toJsOrder((ObjectNode) value);
        }
        if (frame.tag != null && !frame.tag.equals("!")) {
            value = explicitCollection(frame, value);
        }
        if (frame.anchor != null) {
            // js-yaml stores the anchor again once the node is complete.
            anchors.put(frame.anchor, new Anchored(value, frame.weight, frame.height));
        }
        complete(value, frame.weight, frame.height, frame.slot, false);
    }

    private JsonNode explicitCollection(Frame frame, JsonNode value) {
        String tag = frame.tag;
        String kind = frame.mapping ? "a mapping" : "a sequence";
        switch (tag) {
            case ScalarRules.SEQ:
                return frame.mapping ? failKind(tag, kind, frame) : value;
            case ScalarRules.MAP:
                return frame.mapping ? value : failKind(tag, kind, frame);
            case ScalarRules.SET:
                if (!frame.mapping) {
                    return failKind(tag, kind, frame);
                }
                for (Map.Entry<String, JsonNode> e : value.properties()) {
                    if (!e.getValue().isNull()) {
                        throw invalid(tag, frame);
                    }
                }
                return value;
            case ScalarRules.OMAP: {
                if (frame.mapping) {
                    return failKind(tag, kind, frame);
                }
                Set<String> keys = new HashSet<>();
                for (JsonNode pair : value) {
                    if (!pair.isObject() || pair.size() != 1 || !keys.add(pair.propertyNames().iterator().next())) {
                        throw invalid(tag, frame);
                    }
                }
                return value;
            }
            case ScalarRules.PAIRS:
                return frame.mapping ? failKind(tag, kind, frame) : pairs(frame, value);
            case ScalarRules.STR:
            case ScalarRules.NULL:
            case ScalarRules.BOOL:
            case ScalarRules.INT:
            case ScalarRules.FLOAT:
            case ScalarRules.TIMESTAMP:
            case ScalarRules.BINARY:
            case ScalarRules.MERGE:
                return failKind(tag, kind, frame);
            default:
                throw fail("yaml.tag.unknown", "unknown tag !<" + tag + ">", frame.slot.index);
        }
    }

    /** {@code !!pairs}: a sequence of one-key mappings becomes a sequence of {@code [key, value]}. */
    private JsonNode pairs(Frame frame, JsonNode value) {
        ArrayNode out = JsTree.NODES.arrayNode(value.size());
        SourceMap.Entry entry = frame.slot.entry;
        SourceMap.Entry rebuilt = entry == null ? null : new SourceMap.Entry(entry.value, entry.key);
        int i = 0;
        for (JsonNode pair : value) {
            if (!pair.isObject() || pair.size() != 1) {
                throw invalid(frame.tag, frame);
            }
            Map.Entry<String, JsonNode> only = pair.properties().iterator().next();
            out.add(JsTree.NODES.arrayNode(2).add(only.getKey()).add(only.getValue()));
            if (rebuilt != null) {
                SourceMap.Entry item = entry.item(i);
                SourceMap.Entry field = item == null ? null : item.field(only.getKey());
                SourceMap.Entry pairEntry = new SourceMap.Entry(item == null ? entry.value : item.value, 0);
                if (field != null) {
                    pairEntry.addItem(new SourceMap.Entry(field.key, 0));
                    pairEntry.addItem(field.withKey(0));
                }
                rebuilt.addItem(pairEntry);
            }
            i++;
        }
        frame.slot = frame.slot.withEntry(rebuilt);
        return out;
    }

    private JsonNode failKind(String tag, String kind, Frame frame) {
        throw wrongKind(tag, kind, frame.slot.index);
    }

    private LoadFailure wrongKind(String tag, String kind, Event event) {
        return wrongKind(tag, kind, index(event));
    }

    private LoadFailure wrongKind(String tag, String kind, int index) {
        return fail("yaml.tag.invalid", "tag !<" + tag + "> cannot be used on " + kind, index);
    }

    private LoadFailure invalid(String tag, Frame frame) {
        return fail("yaml.tag.invalid", "cannot resolve a node with !<" + tag + "> explicit tag", frame.slot.index);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Placing nodes

    /**
     * Where a node that starts now goes: its depth (checked against the limit), whether it is a key or lies in
     * one, and its source-map entry.
     */
    private Slot slot(NodeEvent event, boolean collection) {
        Frame parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
        int index = index(event);
        boolean isKey = parent != null && parent.mapping && !parent.awaitingValue;
        if (isKey) {
            parent.keyExplicit = scanner.lastKeyExplicit();
        }
        boolean inKey = isKey || (parent != null && parent.slot.inKey);
        boolean blockCollection = collection && !((CollectionStartEvent) event).isFlow();
        int depth = (parent == null ? 0 : parent.slot.depth) + 1
                + (!blockCollection && triesBlockMappingFirst(parent, isKey, index) ? 1 : 0);
        if (depth > limits.maxDepth()) {
            throw fail("yaml.depth", "nesting exceeded maxDepth (" + limits.maxDepth() + ")", index);
        }
        if (++nodes > limits.maxNodes()) {
            throw fail("yaml.nodes", "the document has more than " + limits.maxNodes() + " nodes", index);
        }
        long position = lines.packCodePoint(index);
        SourceMap.Entry entry = null;
        if (!inKey) {
            entry = new SourceMap.Entry(position, parent != null && parent.mapping ? parent.keyPosition : 0);
        }
        return new Slot(index, position, depth, inKey, entry);
    }

    /**
     * js-yaml counts one more level for a node that stands where a block collection could: it first tries to
     * read such a node as the first key of a block mapping. That is the document root, a block sequence item,
     * an explicit key, the value of an explicit key, and a block mapping value that starts on a later line.
     */
    private boolean triesBlockMappingFirst(@Nullable Frame parent, boolean isKey, int index) {
        if (parent == null) {
            return true;
        }
        if (parent.flow) {
            return false;
        }
        if (!parent.mapping) {
            return true;
        }
        if (isKey || parent.keyExplicit) {
            return parent.keyExplicit;
        }
        int colon = scanner.lastValueIndex();
        return colon >= 0 && lines.lineOfCodePoint(index) > lines.lineOfCodePoint(colon);
    }

    /** Hands a finished node to its parent (or makes it the document). */
    private void complete(JsonNode value, long weight, int height, Slot slot, boolean mergeTag) {
        if (stack.isEmpty()) {
            root = value;
            rootEntry = slot.entry;
            return;
        }
        Frame parent = stack.get(stack.size() - 1);
        if (!parent.mapping) {
            ((ArrayNode) parent.container).add(value);
            parent.weight += weight;
            parent.height = Math.max(parent.height, height + 1);
            if (parent.slot.entry != null && slot.entry != null) {
                parent.slot.entry.addItem(slot.entry);
            }
            return;
        }
        if (!parent.awaitingValue) {
            String key = PropertyKeys.of(value);
            if (key == null) {
                throw fail("yaml.key", "nested arrays are not supported inside keys", slot.index);
            }
            parent.key = key;
            // js-yaml takes the tag of an explicit block mapping key to be none, so `? <<` is an ordinary key.
            parent.keyIsMerge = mergeTag && (parent.flow || !parent.keyExplicit);
            parent.keyPosition = slot.position;
            parent.awaitingValue = true;
            return;
        }
        parent.awaitingValue = false;
        parent.weight += weight;
        parent.height = Math.max(parent.height, height + 1);
        ObjectNode object = (ObjectNode) parent.container;
        if (parent.keyIsMerge) {
            merge(parent, value, slot);
            return;
        }
        object.set(parent.key, value);
        if (parent.slot.entry != null && slot.entry != null) {
            parent.slot.entry.putField(parent.key, slot.entry);
        }
    }

    /** {@code <<: source} or {@code <<: [sources]}: js-yaml's {@code storeMappingPair} for the merge tag. */
    private void merge(Frame target, JsonNode value, Slot slot) {
        if (value.isArray()) {
            if (value.size() > limits.maxMergeSources()) {
                throw fail("yaml.merge", "abnormal merge sequence size", slot.index);
            }
            for (int i = 0; i < value.size(); i++) {
                SourceMap.Entry item = slot.entry == null ? null : slot.entry.item(i);
                mergeSource(target, value.get(i), item, slot);
            }
        } else {
            mergeSource(target, value, slot.entry, slot);
        }
    }

    /**
     * js-yaml's {@code mergeMappings}: any object is a source (a mapping, a sequence by its indices, a Date with no
     * keys, binary data by its byte indices); each key is added only when absent; every source and every key costs
     * one unit of merge work.
     */
    private void mergeSource(Frame target, JsonNode source, SourceMap.@Nullable Entry sourceEntry, Slot slot) {
        boolean isObject = source.isObject() || source.isArray() || JsTree.isDate(source)
                || source instanceof BinaryNode;
        int index = slot.index;
        if (!isObject) {
            throw fail("yaml.merge", "cannot merge mappings; the provided source object is unacceptable", index);
        }
        chargeMergeWork(index);
        ObjectNode object = (ObjectNode) target.container;
        if (source.isObject()) {
            for (Map.Entry<String, JsonNode> e : source.properties()) {
                mergeKey(target, object, e.getKey(), e.getValue(), sourceEntry, index);
            }
        } else if (source.isArray()) {
            for (int i = 0; i < source.size(); i++) {
                mergeKey(target, object, Integer.toString(i), source.get(i), sourceEntry, index);
            }
        } else if (source instanceof BinaryNode b) {
            byte[] bytes = b.binaryValue();
            for (int i = 0; i < bytes.length; i++) {
                mergeKey(target, object, Integer.toString(i), JsTree.NODES.numberNode((double) (bytes[i] & 0xFF)),
                        sourceEntry, index);
            }
        }
    }

    private void mergeKey(Frame target, ObjectNode object, String key, JsonNode value,
                          SourceMap.@Nullable Entry sourceEntry, int index) {
        chargeMergeWork(index);
        if (object.has(key)) {
            return;
        }
        object.set(key, value);
        SourceMap.Entry targetEntry = target.slot.entry;
        if (targetEntry != null && sourceEntry != null) {
            SourceMap.Entry known = sourceEntry.child(key);
            targetEntry.putField(key, known != null ? known.withKey(target.keyPosition)
                    : new SourceMap.Entry(sourceEntry.value, target.keyPosition));
        }
    }

    private void chargeMergeWork(int index) {
        mergeWork++;
        if (mergeWork > limits.maxMergeKeys()) {
            throw fail("yaml.merge", "merge keys exceeded maxTotalMergeKeys (" + limits.maxMergeKeys() + ")", index);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Problems

    private Diagnostic syntaxError(MarkedYamlEngineException e) {
        String problem = e.getProblem();
        String context = e.getContext();
        String message = problem == null || problem.isBlank() ? firstLine(e.getMessage())
                : context == null || context.isBlank() ? problem : context + ": " + problem;
        Diagnostic d = Diagnostic.error("yaml.syntax", "", firstLine(message));
        Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
        return mark == null ? d : d.at(lines.positionOfCodePoint(mark.getIndex()));
    }

    private static String firstLine(@Nullable String message) {
        if (message == null || message.isBlank()) {
            return "the YAML text cannot be parsed";
        }
        return message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(message.strip());
    }

    private LoadFailure fail(String code, String message, Event event) {
        return fail(code, message, index(event));
    }

    private LoadFailure fail(String code, String message, int index) {
        return new LoadFailure(Diagnostic.error(code, "", message).at(lines.positionOfCodePoint(Math.max(0, index))));
    }

    private static int index(Event event) {
        return event.getStartMark().map(Mark::getIndex).orElse(0);
    }

    // ---------------------------------------------------------------------------------------------------------
    // State

    /** Where a node sits: its start, its depth, whether it is (part of) a key, its source-map entry. */
    private static final class Slot {
        final int index;
        final long position;
        final int depth;
        final boolean inKey;
        final SourceMap.@Nullable Entry entry;

        Slot(int index, long position, int depth, boolean inKey, SourceMap.@Nullable Entry entry) {
            this.index = index;
            this.position = position;
            this.depth = depth;
            this.inKey = inKey;
            this.entry = entry;
        }

        Slot withEntry(SourceMap.@Nullable Entry replacement) {
            return new Slot(index, position, depth, inKey, replacement);
        }
    }

    /** An open collection. */
    private static final class Frame {
        Slot slot;
        final boolean mapping;
        final boolean flow;
        final @Nullable String tag;
        final @Nullable String anchor;
        final JsonNode container;
        /** The node count of this collection with aliases expanded, itself included. */
        long weight = 1;
        /** The levels of this collection with aliases expanded, itself included (at most one too many). */
        int height = 1;
        // A mapping's pending entry.
        boolean awaitingValue;
        String key = "";
        boolean keyIsMerge;
        boolean keyExplicit;
        long keyPosition;

        Frame(Slot slot, boolean mapping, boolean flow, @Nullable String tag, @Nullable String anchor) {
            this.slot = slot;
            this.mapping = mapping;
            this.flow = flow;
            this.tag = tag;
            this.anchor = anchor;
            this.container = mapping ? JsTree.NODES.objectNode() : JsTree.NODES.arrayNode();
        }
    }

    /**
     * What an anchor names: a finished value with its expanded size and levels, or (value null) a collection still
     * open.
     */
    private static final class Anchored {
        static final Anchored OPEN = new Anchored(null, 0, 0);

        final @Nullable JsonNode value;
        final long weight;
        final int height;

        Anchored(@Nullable JsonNode value, long weight, int height) {
            this.value = value;
            this.weight = weight;
            this.height = height;
        }
    }

    /** Unwinds the composer at the first problem. */
    private static final class LoadFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        final transient Diagnostic diagnostic;

        LoadFailure(Diagnostic diagnostic) {
            super(diagnostic.message(), null, false, false);
            this.diagnostic = diagnostic;
        }
    }
}
