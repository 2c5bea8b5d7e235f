package org.blocklet4j.meta.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.blocklet4j.meta.internal.js.JsTree;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the fuzzer's bytes into a Jackson tree of any shape a caller of {@code MetaValidator} could hand over: every
 * node kind Jackson has for JSON values (int, long, big integer, decimal, float and double numbers), binary, and
 * dates as {@link JsTree} holds them; keys and strings mostly from the manifest's own vocabulary so that the fuzzer
 * reaches the rules quickly.
 *
 * <p>The bytes are a program read front to back; the low nibble of a node byte says its kind:
 * <pre>
 * 0 object: count byte, then count × (key, node)   1 array: count byte, then count × node
 * 2 string from {@link #STRINGS}: index byte          3 string: length byte, then that many bytes of {@link FuzzText}
 * 4 number from {@link #NUMBERS}: index byte          5 double: 8 bytes of IEEE 754 bits, big-endian
 * 6 other number node: kind byte, 8 bytes             7 true   8 false   9 null
 * 10 date: 8 bytes of milliseconds (folded into JavaScript's range)   11 binary: length byte, bytes
 * 12..15 null
 * key: a byte below 0x80 indexes {@link #KEYS}; a byte 0x80 | n is followed by n bytes of {@link FuzzText}
 * </pre>
 * Input that ends early ends every open object and array; a node deeper than {@link #MAX_DEPTH} is null (the
 * decoder recurses). {@link #encode} writes the program of a tree, for seeds.
 */
final class TreeInput {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** JavaScript dates lie within ±8.64e15 ms of the epoch. */
    private static final long MAX_DATE = 8_640_000_000_000_000L;
    /** Deep enough to pass any depth bound, shallow enough for recursion in the decoder and in Jackson's equals. */
    static final int MAX_DEPTH = 300;

    static final List<String> KEYS = List.of(
            "name", "did", "version", "title", "description", "main", "group", "logo", "author", "contributors",
            "maintainers", "repository", "keywords", "interfaces", "type", "port", "prefix", "protocol", "path",
            "services", "environments", "default", "secure", "required", "shared", "validation", "components",
            "source", "url", "store", "mountPoint", "navigation", "link", "section", "role", "visible", "scripts",
            "preStart", "preInstall", "dev", "payment", "price", "share", "address", "value", "requirements",
            "nodejs", "os", "cpu", "server", "fuels", "timeout", "start", "capabilities", "engine", "interpreter",
            "dist", "tarball", "integrity", "size", "files", "screenshots", "docker", "image", "dockerfile",
            "volume", "signatures", "events", "resource", "bundles", "specVersion", "theme", "background",
            "homepage", "license", "copyright", "community", "documentation", "support", "endpoints", "cacheable",
            "gitHash", "children", "resources", "lastPublishedAt", "stats", "tags", "email", "en", "zh",
            "__proto__", "constructor", "", "0", "name ", "Name", "pre-start", "mount_point", "http", "https",
            "internal", "external", "icon", "items", "args", "command", "config", "exportApi", "params");
    static final List<String> STRINGS = List.of(
            "", " ", "demo", "my-blocklet", "1.0.0", "0.1.2-beta.1", ">=1.0.0", "^2.3.4 || ~1.2", "*", "latest",
            "z8iZpog7mcgcgBZzTiXJCWESvmnRrQmnd3XBB", "did:abt:z8iZpog7mcgcgBZzTiXJCWESvmnRrQmnd3XBB",
            "0x9E37FaDf1cbF5aD6B98b2C0C2Fe0d5E5dB2D4b1A", "zNKtCNqYWLYWYW3gWRA1vnRykfCBZYHZvzKr",
            "web", "service", "wellknown", "dapp", "static", "docker", "BLOCKLET_PORT", "*", "/", "/api",
            "/.well-known",
            "https://example.com", "https://store.blocklet.dev", "http://[::1]:80/x", "mailto:a@b.c", "javascript:x",
            "Jane <jane@example.com> (https://jane.example)", "a@b", "github:user/repo", "user/repo",
            "linux", "darwin", "x64", "arm64", ">=18", "header", "footer", "bottomNavigation", "userCenter",
            "NaN", "Infinity", "-0", "1e400", "0x10", "true", "null", "undefined", "__proto__", "\u0000", "\uFEFF",
            "\uD800", "\uDC00x", "a\u2028b", "\u00A0trimmed\u3000", "../../etc/passwd", "/etc/passwd", "logo.png",
            "*.js", "[a-", "(?=x)", "x".repeat(300), "2020-01-01T00:00:00Z", "MIT", "sha512-abc");
    static final List<Double> NUMBERS = List.of(
            0d, -0d, 1d, -1d, 0.5, 2d, 80d, 443d, 65535d, 65536d, 99999d, 1e21, 1e-7, 9007199254740991d,
            9007199254740993d, Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 4294967295d, -2147483649d, 0.1 + 0.2, 100d);

    private final byte[] data;
    private int pos;

    private TreeInput(byte[] data) {
        this.data = data;
    }

    /** The tree the bytes describe; the empty input is {@code null}. */
    static JsonNode decode(byte[] data) {
        return new TreeInput(data).node(1);
    }

    private int next() {
        return pos < data.length ? data[pos++] & 0xFF : -1;
    }

    private boolean more() {
        return pos < data.length;
    }

    private long nextLong() {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = v << 8 | Math.max(0, next());
        }
        return v;
    }

    private String text(int length) {
        int end = Math.min(data.length, pos + length);
        String s = FuzzText.decode(data, pos, end);
        pos = end;
        return s;
    }

    private JsonNode node(int depth) {
        int b = next();
        if (b < 0 || depth > MAX_DEPTH) {
            return NODES.nullNode();
        }
        switch (b & 0x0F) {
            case 0: {
                ObjectNode o = NODES.objectNode();
                int n = Math.max(0, next());
                for (int i = 0; i < n && more(); i++) {
                    String key = key();
                    o.set(key, node(depth + 1));
                }
                return o;
            }
            case 1: {
                ArrayNode a = NODES.arrayNode();
                int n = Math.max(0, next());
                for (int i = 0; i < n && more(); i++) {
                    a.add(node(depth + 1));
                }
                return a;
            }
            case 2:
                return NODES.stringNode(STRINGS.get(Math.max(0, next()) % STRINGS.size()));
            case 3:
                return NODES.stringNode(text(Math.max(0, next())));
            case 4:
                return NODES.numberNode(NUMBERS.get(Math.max(0, next()) % NUMBERS.size()));
            case 5:
                return NODES.numberNode(Double.longBitsToDouble(nextLong()));
            case 6:
                return otherNumber(Math.max(0, next()), nextLong());
            case 7:
                return NODES.booleanNode(true);
            case 8:
                return NODES.booleanNode(false);
            case 10:
                return JsTree.date(Instant.ofEpochMilli(nextLong() % (MAX_DATE + 1)));
            case 11: {
                int n = Math.max(0, next());
                int end = Math.min(data.length, pos + n);
                byte[] bytes = java.util.Arrays.copyOfRange(data, pos, end);
                pos = end;
                return NODES.binaryNode(bytes);
            }
            default:
                return NODES.nullNode();
        }
    }

    private static JsonNode otherNumber(int kind, long bits) {
        switch (kind % 7) {
            case 0:
                return NODES.numberNode((int) bits);
            case 1:
                return NODES.numberNode(bits);
            case 2:
                return NODES.numberNode(BigInteger.valueOf(bits).shiftLeft(1100));
            case 3:
                return NODES.numberNode(BigDecimal.valueOf(bits, (int) (bits >>> 48) % 500));
            case 4:
                return NODES.numberNode(Float.intBitsToFloat((int) bits));
            case 5:
                return NODES.numberNode((short) bits);
            default:
                return NODES.numberNode(new BigDecimal(BigInteger.valueOf(bits), -400));
        }
    }

    private String key() {
        int b = next();
        if (b < 0) {
            return "";
        }
        return b < 0x80 ? KEYS.get(b % KEYS.size()) : text(b & 0x7F);
    }

    /**
     * The program of {@code tree}: JSON values only (objects, arrays, strings, numbers as doubles, booleans,
     * null); collections of at most 255 members, strings of at most 255 UTF-8 bytes and keys of at most 127.
     */
    static byte[] encode(JsonNode tree) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        encode(tree, out);
        return out.toByteArray();
    }

    private static void encode(JsonNode node, ByteArrayOutputStream out) {
        if (node.isObject()) {
            out.write(0);
            out.write(count(node.size()));
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                int k = KEYS.indexOf(e.getKey());
                if (k >= 0 && k < 0x80) {
                    out.write(k);
                } else {
                    byte[] key = e.getKey().getBytes(StandardCharsets.UTF_8);
                    if (key.length > 0x7F) {
                        throw new IllegalArgumentException("key too long: " + e.getKey());
                    }
                    out.write(0x80 | key.length);
                    out.writeBytes(key);
                }
                encode(e.getValue(), out);
            }
        } else if (node.isArray()) {
            out.write(1);
            out.write(count(node.size()));
            for (JsonNode item : node) {
                encode(item, out);
            }
        } else if (node.isString()) {
            int s = STRINGS.indexOf(node.stringValue());
            if (s >= 0) {
                out.write(2);
                out.write(s);
            } else {
                byte[] text = node.stringValue().getBytes(StandardCharsets.UTF_8);
                out.write(3);
                out.write(count(text.length));
                out.writeBytes(text);
            }
        } else if (node.isNumber()) {
            int n = NUMBERS.indexOf(node.doubleValue());
            if (n >= 0) {
                out.write(4);
                out.write(n);
            } else {
                out.write(5);
                long bits = Double.doubleToLongBits(node.doubleValue());
                for (int i = 7; i >= 0; i--) {
                    out.write((int) (bits >>> (8 * i)));
                }
            }
        } else if (node.isBoolean()) {
            out.write(node.booleanValue() ? 7 : 8);
        } else if (node.isNull()) {
            out.write(9);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + node);
        }
    }

    private static int count(int n) {
        if (n > 255) {
            throw new IllegalArgumentException("more than 255: " + n);
        }
        return n;
    }

    /** Writes the program of each JSON file given to a file of the same name without {@code .json}. */
    public static void main(String[] args) throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        for (String arg : args) {
            Path in = Path.of(arg);
            Path out = in.resolveSibling(in.getFileName().toString().replaceFirst("\\.json$", ""));
            Files.write(out, encode(mapper.readTree(Files.readString(in))));
        }
    }
}
