package org.blocklet4j.meta.did;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;

import org.blocklet4j.meta.testing.JsonLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

/**
 * {@link Did#fromPublicKey} against vectors recorded from the reference by
 * {@code conformance/reference/vectors/did-from-public-key.js}: every role, key type, hash type and encoding, and
 * the addresses of wallets made from secret keys.
 */
class DidFromPublicKeyTest {
    private static final HexFormat HEX = HexFormat.of();

    static Stream<JsonNode> vectors() {
        return JsonLines.read(DidFromPublicKeyTest.class, "from-public-key-vectors.jsonl").stream();
    }

    private static DidType typeOf(JsonNode type) {
        int address = type.get("address").intValue();
        return new DidType(type.get("role").intValue(), type.get("pk").intValue(), type.get("hash").intValue(),
                address == 0 ? EncodingType.BASE16 : EncodingType.BASE58);
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void matchesReference(JsonNode v) {
        byte[] key = HEX.parseHex(v.get("publicKey").stringValue());
        JsonNode type = v.get("type");
        if (type.get("address").intValue() > 1) {
            assertThat(v.has("error")).isTrue(); // no EncodingType for it: nothing to call
            return;
        }
        if (v.has("error")) {
            assertThatThrownBy(() -> Did.fromPublicKey(key, typeOf(type)))
                    .isInstanceOf(IllegalArgumentException.class);
            return;
        }
        String did = Did.fromPublicKey(key, typeOf(type));
        assertThat(did).as("fromPublicKey(%s, %s)", v.get("publicKey"), type).isEqualTo(v.get("did").stringValue());
        assertThat(Did.isValid(did)).isTrue();
    }

    @Test
    void makesEthereumAddressInChecksumCase() {
        // The address of the secret key 0x4646…46 (EIP-155's example key).
        byte[] key = HEX.parseHex("4bc2a31265153f07e70e0bab08724e6b85e217f8cd628ceb62974247bb493382"
                + "ce28cab79ad7119ee1ad3ebcdb98a16805211530ecc6cfefa1b88e6dff99232a");
        assertThat(Did.fromPublicKey(key, DidType.ETHEREUM)).isEqualTo("0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F");
    }

    @Test
    void hashesNodeRolesWithSha2WhateverTheTypeSays() {
        byte[] key = new byte[32];
        for (RoleType role : new RoleType[] {RoleType.NODE, RoleType.VALIDATOR, RoleType.TETHER, RoleType.SWAP}) {
            String sha3 = Did.fromPublicKey(key, DidType.of(role, KeyType.ED25519, HashType.SHA3, EncodingType.BASE58));
            String sha2 = Did.fromPublicKey(key, DidType.of(role, KeyType.ED25519, HashType.SHA2, EncodingType.BASE58));
            assertThat(sha3).isEqualTo(sha2);
            assertThat(Did.typeInfo(sha3).flatMap(DidType::hashType)).contains(HashType.SHA2);
        }
    }

    @Test
    void keepsRoleOutOfEthereumAddress() {
        byte[] key = new byte[64];
        DidType node = DidType.of(RoleType.NODE, KeyType.ETHEREUM, HashType.KECCAK, EncodingType.BASE16);
        assertThat(node.isEthereumType()).isTrue();
        assertThat(Did.fromPublicKey(key, node)).isEqualTo(Did.fromPublicKey(key, DidType.ETHEREUM));
    }

    @Test
    void writesHexFormInLowercaseWithTypeField() {
        DidType type = DidType.of(RoleType.BLOCKLET, KeyType.ED25519, HashType.SHA3, EncodingType.BASE16);
        String did = Did.fromPublicKey(new byte[32], type);
        assertThat(did).matches("0x3c01[0-9a-f]{48}");
        assertThat(Did.typeInfo(did)).contains(type);
    }

    @Test
    void agreesWithBlockletDidOfName() {
        assertThat(Did.fromPublicKey("example".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                DidType.of(RoleType.ANY, KeyType.ED25519, HashType.SHA3, EncodingType.BASE58)))
                .isEqualTo("z8iZrkWYbi3JU3AP9NHJQbBUdrgiRbeorauqf");
    }

    @Test
    void rejectsUnassignedCodes() {
        byte[] key = new byte[32];
        assertThatThrownBy(() -> Did.fromPublicKey(key, new DidType(25, 0, 1, EncodingType.BASE58)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("role");
        assertThatThrownBy(() -> Did.fromPublicKey(key, new DidType(0, 4, 1, EncodingType.BASE58)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> Did.fromPublicKey(key, new DidType(0, 0, 7, EncodingType.BASE58)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hash");
    }

    static Stream<DidType> knownTypes() {
        Random random = new Random(20250117);
        return Stream.generate(() -> DidType.of(RoleType.values()[random.nextInt(RoleType.values().length)],
                KeyType.values()[random.nextInt(KeyType.values().length)],
                HashType.values()[random.nextInt(HashType.values().length)],
                EncodingType.values()[random.nextInt(2)])).limit(200);
    }

    @ParameterizedTest
    @MethodSource("knownTypes")
    void makesValidDidOfItsOwnType(DidType type) {
        byte[] key = new byte[33];
        new Random(type.hashCode()).nextBytes(key);
        String did = Did.fromPublicKey(key, type);
        assertThat(Did.isValid(did)).isTrue();
        if (type.isEthereumType()) {
            assertThat(Did.typeInfo(did)).contains(DidType.ETHEREUM);
        } else {
            DidType read = Did.typeInfo(did).orElseThrow();
            assertThat(read.role()).isEqualTo(type.role());
            assertThat(read.key()).isEqualTo(type.key());
            assertThat(read.encoding()).isEqualTo(type.encoding());
        }
    }
}
