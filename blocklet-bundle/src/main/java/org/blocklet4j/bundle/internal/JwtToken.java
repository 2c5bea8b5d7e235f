package org.blocklet4j.bundle.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.blocklet4j.meta.did.Did;
import org.blocklet4j.meta.did.HashType;
import org.blocklet4j.meta.did.KeyType;
import org.blocklet4j.meta.internal.js.JsTree;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code verify(token, pk)} of {@code @arcblock/jwt} 1.29 with its defaults (5 s tolerance, timestamps enforced,
 * signer in {@code iss}): the issuer must be the address of {@code pk}, {@code exp}, {@code iat} and {@code nbf}
 * must hold at {@code now}, and the signature must verify over {@code header.body} — pre-hashed with SHA3-256
 * when the body's {@code version} is 1.1.0. Passkey tokens are not supported (false).
 */
public final class JwtToken {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern VERSION = Pattern.compile("(\\d+\\.\\d+\\.\\d+)");
    private static final long TOLERANCE = 5;

    private JwtToken() {
    }

    /** The token's decoded body (its second part), or null when it is not base64 JSON. */
    public static @Nullable JsonNode body(String token) {
        String[] parts = token.split("\\.", -1);
        return parts.length < 2 ? null : parse(parts[1]);
    }

    /** Why the token fails {@code verify(token, pk)} at {@code now}, or null when it passes. */
    public static @Nullable String failure(String token, String pk, Instant now) {
        String[] parts = token.split("\\.", -1);
        if (parts.length < 3) {
            return "the token has no signature part";
        }
        JsonNode header = parse(parts[0]);
        JsonNode body = parse(parts[1]);
        if (header == null || body == null) {
            return "the token's header or body is not base64-encoded JSON";
        }
        byte[] signature = Base64Lenient.decode(parts[2]);
        JsonNode alg = header.get("alg");
        if (alg == null || !JsTree.isTruthy(alg)) {
            return "the token names no algorithm";
        }
        JsonNode iss = body.get("iss");
        if (iss == null || !JsTree.isTruthy(iss)) {
            return "the token names no issuer";
        }
        byte[] pkBytes = JsBytes.toBytes(pk);
        // isFromPublicKey(iss, pk): an exact string comparison, EIP-55 case included.
        if (!iss.isString() || pkBytes == null || !Keys.addressOf(pkBytes, KeyTypeInfo.of(iss.stringValue()))
                .equals(Did.toAddress(iss.stringValue()))) {
            return "the token's issuer is not the address of the delegator's key";
        }
        // Math.ceil(Date.now() / 1000)
        long seconds = now.getEpochSecond() + (now.getNano() > 0 ? 1 : 0);
        double exp = JsValues.toNumberOrZero(body.get("exp"));
        double iat = JsValues.toNumberOrZero(body.get("iat"));
        double nbf = JsValues.toNumberOrZero(body.get("nbf"));
        if (exp != 0 && exp + TOLERANCE < seconds) {
            return "the token expired";
        }
        if (iat != 0 && iat > seconds && iat - seconds > TOLERANCE) {
            return "the token is issued in the future";
        }
        if (nbf != 0 && nbf > seconds && nbf - seconds > TOLERANCE) {
            return "the token is not valid yet";
        }
        if (!alg.isString()) {
            return "the token's algorithm is not a string";
        }
        KeyType key = switch (alg.stringValue().toLowerCase(Locale.ROOT)) {
            case "secp256k1", "es256k" -> KeyType.SECP256K1;
            case "ed25519" -> KeyType.ED25519;
            case "ethereum" -> KeyType.ETHEREUM;
            default -> null;
        };
        if (key == null) {
            return "the token's algorithm is not supported";
        }
        byte[] message = JsBytes.utf8(parts[0] + "." + parts[1]);
        JsonNode version = body.get("version");
        if (version != null && JsTree.isTruthy(version)) {
            if (!version.isString()) {
                return "the token's version is not a string";
            }
            Matcher m = VERSION.matcher(version.stringValue());
            if (m.find() && m.group(1).equals("1.1.0")) {
                message = HashType.SHA3.digest(message);
            }
        }
        return Keys.verify(key, message, signature, pkBytes) ? null : "the token's signature is not valid";
    }

    private static @Nullable JsonNode parse(String base64) {
        try {
            return JSON.readTree(new String(Base64Lenient.decode(base64), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
