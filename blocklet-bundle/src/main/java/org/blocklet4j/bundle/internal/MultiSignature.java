package org.blocklet4j.bundle.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.did.Did;
import org.blocklet4j.meta.did.KeyType;
import org.blocklet4j.meta.internal.js.JsTree;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code verifyMultiSig} of {@code @blocklet/meta} 1.17.12, one diagnostic per failing signature instead of the
 * first {@code false}.
 *
 * <p>Signature {@code i} signs {@code json-stable-stringify} of the meta without {@code signatures}, minus the
 * fields the previous signature {@code appended} and the fields it {@code excludes} itself, plus
 * {@code signatures: [itself without sig, ...the older signatures]}. The key type and the digest come from the
 * signer DID's type bits. A delegated signature is signed by the {@code delegatee} with {@code delegateePk}, and
 * its {@code delegation} JWT must be from the signer to the delegatee with permission {@code publish_blocklet},
 * signed by {@code pk}.
 *
 * <p>The reference never checks that {@code signer} is the address of {@code pk} (nor {@code delegatee} of
 * {@code delegateePk}); this class does, as an error when {@code bindSigners} is true and a warning otherwise.
 */
public final class MultiSignature {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MultiSignature() {
    }

    /** Every problem with {@code meta}'s signatures at {@code now}; empty when they all verify. */
    public static List<Diagnostic> verify(JsonNode meta, Instant now, boolean bindSigners) {
        List<Diagnostic> out = new ArrayList<>();
        JsonNode signatures = meta.get("signatures");
        if (!(meta instanceof ObjectNode object) || signatures == null || !signatures.isArray()) {
            out.add(Diagnostic.error("signature.missing", "/signatures", "signatures must be an array"));
            return out;
        }
        if (signatures.isEmpty()) {
            out.add(Diagnostic.error("signature.missing", "/signatures", "signatures must not be empty"));
            return out;
        }
        ObjectNode base = object.deepCopy();
        base.remove("signatures");
        @Nullable JsonNode previous = null;
        for (int i = 0; i < signatures.size(); i++) {
            String pointer = "/signatures/" + i;
            JsonNode entry = signatures.get(i);
            if (!(entry instanceof ObjectNode signature)) {
                out.add(Diagnostic.error("signature.malformed", pointer, "a signature must be an object"));
                previous = entry;
                continue;
            }
            verifyOne(base, (ArrayNode) signatures, i, signature, previous, now, bindSigners, pointer, out);
            previous = signature;
        }
        return out;
    }

    private static void verifyOne(ObjectNode base, ArrayNode signatures, int index, ObjectNode signature,
            @Nullable JsonNode previous, Instant now, boolean bindSigners, String pointer, List<Diagnostic> out) {
        JsonNode delegation = signature.get("delegation");
        boolean delegated = delegation != null && JsTree.isTruthy(delegation);
        if (delegated && !checkDelegation(signature, delegation, now, bindSigners, pointer, out)) {
            return;
        }
        JsonNode sig = signature.get("sig");
        JsonNode signer = signature.get(delegated ? "delegatee" : "signer");
        JsonNode pk = signature.get(delegated ? "delegateePk" : "pk");
        ObjectNode self = signature.deepCopy();
        self.remove("sig");

        ObjectNode signed = base;
        if (previous instanceof ObjectNode p && p.get("appended") != null && JsTree.isTruthy(p.get("appended"))) {
            JsonNode appended = p.get("appended");
            if (!appended.isArray()) {
                out.add(Diagnostic.error("signature.malformed", "/signatures/" + (index - 1) + "/appended",
                        "appended must be a list of fields"));
                return;
            }
            for (JsonNode field : appended) {
                signed = LodashOmit.omit(signed, field);
            }
        }
        JsonNode excludes = signature.get("excludes");
        // signature.excludes && signature.excludes.length > 0, then excludes.forEach: only a list works.
        if (excludes != null && (excludes.isArray() && !excludes.isEmpty()
                || excludes.isString() && !excludes.stringValue().isEmpty()
                || excludes.isObject() && JsValues.toNumberOrZero(excludes.get("length")) > 0)) {
            if (!excludes.isArray()) {
                out.add(Diagnostic.error("signature.malformed", pointer + "/excludes",
                        "excludes must be a list of fields"));
                return;
            }
            for (JsonNode field : excludes) {
                signed = LodashOmit.omit(signed, field);
            }
        }
        ObjectNode message = signed == base ? base.objectNode().setAll(base) : signed;
        ArrayNode chain = NODES.arrayNode();
        chain.add(self);
        for (int k = index + 1; k < signatures.size(); k++) {
            chain.add(signatures.get(k));
        }
        message.set("signatures", chain);

        String signerDid = signer != null && signer.isString() ? signer.stringValue() : null;
        KeyTypeInfo type = KeyTypeInfo.of(signerDid);
        String keyField = delegated ? "delegateePk" : "pk";
        if (pk == null || !JsTree.isTruthy(pk) || !pk.isString()) {
            out.add(Diagnostic.error("signature.malformed", pointer + "/" + keyField, keyField + " must be a key"));
            return;
        }
        byte[] pkBytes = JsBytes.toBytes(pk.stringValue());
        byte[] sigBytes = sig == null || sig.isNull() ? new byte[0]
                : sig.isString() ? JsBytes.toBytes(sig.stringValue()) : null;
        if (pkBytes == null || sigBytes == null) {
            out.add(Diagnostic.error("signature.malformed", pointer, "sig and " + keyField + " must be hex or base58"));
            return;
        }
        if (type.key() == KeyType.PASSKEY) {
            out.add(Diagnostic.error("signature.keyType.unsupported", pointer,
                    "passkey signatures are not supported"));
            return;
        }
        if (type.key() == KeyType.ED25519 && (sigBytes.length != 64 || pkBytes.length != 32)) {
            // The reference throws here (@noble/ed25519 takes nothing else); say what is wrong.
            out.add(Diagnostic.error("signature.invalid", pointer + (sigBytes.length != 64 ? "/sig" : "/" + keyField),
                    sigBytes.length != 64
                            ? "an ED25519 signature has 64 bytes, this one " + sigBytes.length
                            : "an ED25519 key has 32 bytes, this one " + pkBytes.length));
            return;
        }
        byte[] digest = type.hash().digest(JsBytes.utf8(StableJson.write(message)));
        if (!Keys.verify(type.key(), digest, sigBytes, pkBytes)) {
            out.add(Diagnostic.error("signature.invalid", pointer + "/sig", "the signature of "
                    + (signerDid == null ? "an unnamed signer" : signerDid) + " does not verify ("
                    + type.key().name() + " key, " + type.hash().name() + " digest)"));
        }
        if (!delegated) {
            bind(signatures.get(index), "signer", "pk", "signature.signer.mismatch", bindSigners, pointer, out);
        } else {
            bind(signatures.get(index), "delegatee", "delegateePk", "signature.delegatee.mismatch", bindSigners,
                    pointer, out);
        }
    }

    /** The delegation token's checks; false (with a diagnostic) when the reference would give false. */
    private static boolean checkDelegation(ObjectNode signature, JsonNode delegation, Instant now,
            boolean bindSigners, String pointer, List<Diagnostic> out) {
        String at = pointer + "/delegation";
        JsonNode payload = delegation.isString() ? JwtToken.body(delegation.stringValue()) : null;
        if (payload == null) {
            out.add(Diagnostic.error("signature.delegation.invalid", at, "the delegation is not a readable token"));
            return false;
        }
        if (!sameValue(payload.get("from"), signature.get("signer"))) {
            out.add(Diagnostic.error("signature.delegation.invalid", at, "the delegation is not from the signer"));
            return false;
        }
        if (!sameValue(payload.get("to"), signature.get("delegatee"))) {
            out.add(Diagnostic.error("signature.delegation.invalid", at, "the delegation is not to the delegatee"));
            return false;
        }
        if (!grantsPublish(payload.get("permissions"))) {
            out.add(Diagnostic.error("signature.delegation.invalid", at,
                    "the delegation does not grant publish_blocklet"));
            return false;
        }
        JsonNode pk = signature.get("pk");
        String failure = pk != null && pk.isString() ? JwtToken.failure(delegation.stringValue(), pk.stringValue(), now)
                : "the delegator's pk is missing";
        if (failure != null) {
            out.add(Diagnostic.error(failure.contains("expired") ? "signature.delegation.expired"
                    : "signature.delegation.invalid", at, failure));
            return false;
        }
        // The reference never ties signer to pk; the token's issuer is pk's address, but may differ from signer.
        bind(signature, "signer", "pk", "signature.signer.mismatch", bindSigners, pointer, out);
        return true;
    }

    /** {@code _.get(payload, 'permissions', []).includes('publish_blocklet')}. */
    private static boolean grantsPublish(@Nullable JsonNode permissions) {
        if (permissions == null) {
            return false;
        }
        if (permissions.isArray()) {
            for (JsonNode p : permissions) {
                if (p.isString() && p.stringValue().equals("publish_blocklet")) {
                    return true;
                }
            }
            return false;
        }
        return permissions.isString() && permissions.stringValue().contains("publish_blocklet");
    }

    /** {@code a === b} for two JSON values, undefined included; objects are never identical. */
    private static boolean sameValue(@Nullable JsonNode a, @Nullable JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isContainer() || b.isContainer()) {
            return false;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.doubleValue() == b.doubleValue();
        }
        return a.getNodeType() == b.getNodeType() && a.equals(b);
    }

    private static void bind(JsonNode signature, String didField, String keyField, String code, boolean asError,
            String pointer, List<Diagnostic> out) {
        JsonNode did = signature.get(didField);
        JsonNode pk = signature.get(keyField);
        if (did == null || !did.isString() || pk == null || !pk.isString()) {
            return;
        }
        byte[] pkBytes = JsBytes.toBytes(pk.stringValue());
        String claimed = Did.toAddress(did.stringValue());
        String derived = pkBytes == null ? "" : Keys.addressOf(pkBytes, KeyTypeInfo.of(did.stringValue()));
        boolean hex = derived.startsWith("0x");
        if (hex ? derived.toLowerCase(Locale.ROOT).equals(claimed.toLowerCase(Locale.ROOT)) : derived.equals(claimed)) {
            return;
        }
        String message = didField + " " + claimed + " is not the address of " + keyField + " (" + derived + ")";
        out.add(asError ? Diagnostic.error(code, pointer + "/" + didField, message)
                : Diagnostic.warning(code, pointer + "/" + didField, message));
    }
}
