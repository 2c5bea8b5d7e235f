package org.blocklet4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.blocklet4j.meta.did.BlockletDid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code blocklet check-bundle} on an unsigned meta and tarball built here, loose and as a release zip. The tarball
 * and its logo are written by hand with {@code java.base} alone (this module reads neither commons-compress nor
 * {@code java.desktop}): a gzipped ustar archive holding {@code package/logo.png}, a 256 × 256 PNG, the smallest
 * logo the store accepts, and {@code package/index.js}.
 */
class CheckBundleCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TGZ = "check-fixture-1.0.0.tgz";
    private static final byte[] TARBALL = tarball("console.log('hi');\n");

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = BlockletCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void reportsAnUnsignedBundleAsTheStoreWould() throws IOException {
        Path json = write("blocklet.json", meta().toPrettyString());
        Path tgz = Files.write(dir.resolve(TGZ), TARBALL);
        Run r = run("check-bundle", json.toString(), tgz.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.lines()).hasSize(2);
        assertThat(r.lines().get(0)).startsWith(json + ":").endsWith(" [signature.missing]")
                .contains(": error: signatures must be an array (at /signatures)");
        assertThat(r.lines().get(1)).isEqualTo("1 manifest checked: 0 valid, 1 invalid (1 error, 0 warnings)");
    }

    @Test
    void acceptsTheBundleWithoutTheSignatureStep() throws IOException {
        Path json = write("blocklet.json", meta().toString());
        Path tgz = Files.write(dir.resolve(TGZ), TARBALL);
        Run r = run("check-bundle", "--no-verify-signatures", json.toString(), tgz.toString());
        assertThat(r.status()).isZero();
        assertThat(r.lines()).containsExactly("1 manifest checked: 1 valid, 0 invalid (0 errors, 0 warnings)");
    }

    @Test
    void requiresAVersionGreaterThanThePreviousOne() throws IOException {
        Path json = write("blocklet.json", meta().toString());
        Path tgz = Files.write(dir.resolve(TGZ), TARBALL);
        Run older = run("check-bundle", "--no-verify-signatures", "--previous-version", "0.9.0", json.toString(),
                tgz.toString());
        assertThat(older.status()).isZero();
        Run same = run("check-bundle", "--no-verify-signatures", "--previous-version", "1.0.0", json.toString(),
                tgz.toString());
        assertThat(same.status()).isEqualTo(1);
        assertThat(same.out()).contains("[bundle.version.notGreater]");
        Run invalid = run("check-bundle", "--previous-version", "one", json.toString(), tgz.toString());
        assertThat(invalid.status()).isEqualTo(2);
        assertThat(invalid.err()).contains("--previous-version is not a valid version: one");
    }

    @Test
    void skipsTheImagesWhenAsked() throws IOException {
        ObjectNode meta = meta();
        meta.put("logo", "absent.png");
        Path json = write("blocklet.json", meta.toString());
        Path tgz = Files.write(dir.resolve(TGZ), TARBALL);
        assertThat(run("check-bundle", "--no-verify-signatures", json.toString(), tgz.toString()).out())
                .contains("[bundle.logo.missing]");
        assertThat(run("check-bundle", "--no-verify-signatures", "--no-images", json.toString(), tgz.toString())
                .status()).isZero();
    }

    @Test
    void writesOneJsonLineInValidatesShape() throws IOException {
        ObjectNode meta = meta();
        Path json = write("blocklet.json", meta.toPrettyString());
        Path tgz = Files.write(dir.resolve(TGZ), tarball("console.log('other');\n"));
        Run r = run("check-bundle", "--format", "jsonl", json.toString(), tgz.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.lines()).hasSize(1);
        JsonNode line = JSON.readTree(r.lines().get(0));
        assertThat(line.propertyNames()).containsExactly("path", "valid", "meta", "problems");
        assertThat(line.get("path").stringValue()).isEqualTo(json.toString());
        assertThat(line.get("valid").booleanValue()).isFalse();
        assertThat(line.get("meta").isNull()).isTrue();
        assertThat(line.get("problems").findValuesAsString("code"))
                .containsExactly("bundle.integrity.mismatch", "bundle.size.mismatch", "signature.missing");
        JsonNode integrity = line.get("problems").get(0);
        assertThat(integrity.propertyNames())
                .containsExactly("severity", "code", "pointer", "message", "line", "column");
        assertThat(integrity.get("pointer").stringValue()).isEqualTo("/dist/integrity");
        String atLine = Files.readAllLines(json).get(integrity.get("line").intValue() - 1);
        assertThat(atLine).contains("\"integrity\"");
    }

    @Test
    void printsTheNormalisedMetaOfAValidBundle() throws IOException {
        Path json = write("blocklet.json", meta().toString());
        Path tgz = Files.write(dir.resolve(TGZ), TARBALL);
        Run r = run("check-bundle", "--format", "jsonl", "--no-verify-signatures", json.toString(), tgz.toString());
        JsonNode line = JSON.readTree(r.out());
        assertThat(line.get("valid").booleanValue()).isTrue();
        assertThat(line.at("/meta/name").stringValue()).isEqualTo("check-fixture");
        assertThat(line.get("problems").isEmpty()).isTrue();
    }

    @Test
    void writesSarif() throws IOException {
        Path json = write("blocklet.json", meta().toPrettyString());
        Path tgz = Files.write(dir.resolve(TGZ), TARBALL);
        JsonNode log = JSON.readTree(run("check-bundle", "--format", "sarif", json.toString(), tgz.toString()).out());
        assertThat(log.get("version").stringValue()).isEqualTo("2.1.0");
        assertThat(log.at("/runs/0/results/0/ruleId").stringValue()).isEqualTo("signature.missing");
        assertThat(log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").stringValue())
                .isEqualTo(json.toUri().toString());
    }

    @Test
    void checksTheReleaseZip() throws IOException {
        Path zip = zip("release.zip", "release/blocklet.json", meta().toString(), "release/" + TGZ, TARBALL);
        Run r = run("check-bundle", "--no-verify-signatures", zip.toString());
        assertThat(r.status()).isZero();
        Run unsigned = run("check-bundle", "--format", "jsonl", zip.toString());
        assertThat(unsigned.status()).isEqualTo(1);
        JsonNode line = JSON.readTree(unsigned.out());
        assertThat(line.get("path").stringValue()).isEqualTo(zip.toString());
        assertThat(line.get("problems").findValuesAsString("code")).containsExactly("signature.missing");
    }

    @Test
    void readsTheReleaseZipFromTheStandardInput() throws IOException {
        Path zip = zip("release.zip", "blocklet.json", meta().toString(), TGZ, TARBALL);
        java.io.InputStream stdin = System.in;
        try (java.io.InputStream in = Files.newInputStream(zip)) {
            System.setIn(in);
            Run r = run("check-bundle", "--format", "jsonl", "-");
            assertThat(r.status()).isEqualTo(1);
            JsonNode line = JSON.readTree(r.out());
            assertThat(line.get("path").stringValue()).isEqualTo("-");
            assertThat(line.get("problems").findValuesAsString("code")).containsExactly("signature.missing");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void reportsWhatTheReleaseZipLacks() throws IOException {
        Path zip = zip("release.zip", "release/blocklet.json", meta().toString(), "../" + TGZ, TARBALL);
        Run r = run("check-bundle", "--format", "jsonl", "--no-verify-signatures", zip.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(JSON.readTree(r.out()).get("problems").findValuesAsString("code"))
                .containsExactly("bundle.release.path.unsafe", "bundle.release.tarball.missing");
        Path empty = zip("empty.zip", "notes.txt", "nothing", "other.txt", new byte[0]);
        assertThat(run("check-bundle", empty.toString()).out()).contains("[bundle.release.meta.missing]");
    }

    @Test
    void passesTheIntegrityOptionThrough() throws IOException {
        ObjectNode meta = meta();
        ObjectNode dist = (ObjectNode) meta.get("dist");
        dist.put("integrity", "sha256-wrong " + dist.get("integrity").stringValue());
        Path json = write("blocklet.json", meta.toString());
        Path tgz = Files.write(dir.resolve(TGZ), TARBALL);
        assertThat(run("check-bundle", "--no-verify-signatures", json.toString(), tgz.toString()).status())
                .isEqualTo(1);
        assertThat(run("check-bundle", "--no-verify-signatures", "--sri", json.toString(), tgz.toString()).status())
                .isZero();
    }

    @Test
    void passesTheSignerBindingOptionThrough() throws IOException {
        ObjectNode meta = meta();
        // A signature claiming a known address with some other key: the binding makes the mismatch an error.
        meta.putArray("signatures").addObject()
                .put("type", "ED25519")
                .put("name", "someone")
                .put("signer", "z1eyFRQsE7qaCa4ZbUhcvGySrbd2Zjj15a8")
                .put("pk", "0x" + "11".repeat(32))
                .put("created", "2024-01-01T00:00:00.000Z")
                .put("sig", "0x" + "22".repeat(64));
        Path json = write("blocklet.json", meta.toString());
        Path tgz = Files.write(dir.resolve(TGZ), TARBALL);
        JsonNode bound = JSON.readTree(run("check-bundle", "--format", "jsonl", json.toString(), tgz.toString()).out());
        JsonNode loose = JSON.readTree(run("check-bundle", "--format", "jsonl", "--no-bind-signers", json.toString(),
                tgz.toString()).out());
        assertThat(severityOf(bound, "signature.signer.mismatch")).isEqualTo("error");
        assertThat(severityOf(loose, "signature.signer.mismatch")).isEqualTo("warning");
    }

    @Test
    void exitsTwoForMissingFilesAndUsageErrors() throws IOException {
        Run missing = run("check-bundle", "--format", "jsonl", dir.resolve("nope.zip").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(JSON.readTree(missing.out()).get("problems").findValuesAsString("code")).containsExactly("io.error");
        Path json = write("blocklet.json", meta().toString());
        assertThat(run("check-bundle", json.toString(), dir.resolve("nope.tgz").toString()).status()).isEqualTo(2);
        assertThat(run("check-bundle").status()).isEqualTo(2);
        Run alone = run("check-bundle", json.toString());
        assertThat(alone.status()).isEqualTo(2);
        assertThat(alone.err()).contains("the tarball is missing");
        assertThat(run("check-bundle", "a", "b", "c").status()).isEqualTo(2);
        assertThat(run("check-bundle", "--format", "xml", json.toString()).status()).isEqualTo(2);
        assertThat(run("check-bundle", "--previous-version", "1.0.0", json.toString()).status()).isEqualTo(2);
    }

    private static String severityOf(JsonNode line, String code) {
        for (JsonNode p : line.get("problems")) {
            if (p.get("code").stringValue().equals(code)) {
                return p.get("severity").stringValue();
            }
        }
        return "none";
    }

    /** An unsigned meta that passes {@code validateMeta}, its dist describing {@link #TARBALL}. */
    private static ObjectNode meta() {
        ObjectNode meta = JSON.createObjectNode();
        meta.put("name", "check-fixture");
        meta.put("did", BlockletDid.fromName("check-fixture"));
        meta.put("version", "1.0.0");
        meta.put("description", "A bundle for the check-bundle command");
        meta.put("logo", "logo.png");
        ObjectNode dist = meta.putObject("dist");
        dist.put("tarball", TGZ);
        dist.put("integrity", "sha512-" + sha512(TARBALL));
        dist.put("size", TARBALL.length);
        return meta;
    }

    private static String sha512(byte[] data) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A gzipped tar of {@code package/logo.png} and {@code package/index.js} holding {@code indexJs}. */
    private static byte[] tarball(String indexJs) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            tarEntry(gzip, "package/logo.png", png(256, 256));
            tarEntry(gzip, "package/index.js", indexJs.getBytes(StandardCharsets.UTF_8));
            gzip.write(new byte[1024]); // the end of the archive: two zero records
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One regular file: its ustar header, then its bytes padded to a 512-byte record. */
    private static void tarEntry(OutputStream out, String name, byte[] data) throws IOException {
        byte[] header = new byte[512];
        put(header, 0, name);
        put(header, 100, "0000644");
        put(header, 108, "0000000");
        put(header, 116, "0000000");
        put(header, 124, String.format("%011o", data.length));
        put(header, 136, "00000000000");
        Arrays.fill(header, 148, 156, (byte) ' ');
        header[156] = '0';
        put(header, 257, "ustar");
        put(header, 263, "00");
        int sum = 0;
        for (byte b : header) {
            sum += b & 0xff;
        }
        put(header, 148, String.format("%06o", sum));
        header[154] = 0;
        out.write(header);
        out.write(data);
        out.write(new byte[(512 - data.length % 512) % 512]);
    }

    private static void put(byte[] header, int at, String ascii) {
        byte[] b = ascii.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, header, at, b.length);
    }

    /** An 8-bit RGB PNG, grey rows of changing shade: signature, IHDR, one zlib IDAT, IEND. */
    private static byte[] png(int width, int height) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (int y = 0; y < height; y++) {
            raw.write(0); // filter type None
            for (int x = 0; x < width * 3; x++) {
                raw.write(y);
            }
        }
        Deflater deflater = new Deflater();
        deflater.setInput(raw.toByteArray());
        deflater.finish();
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            idat.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        pngChunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array());
        pngChunk(png, "IDAT", idat.toByteArray());
        pngChunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void pngChunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path zip(String name, String metaName, String metaText, String tarballName, byte[] tarball)
            throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream bytes = Files.newOutputStream(file); ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(metaName));
            out.write(metaText.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new ZipEntry(tarballName));
            out.write(tarball);
            out.closeEntry();
        }
        return file;
    }
}
