package org.blocklet4j.meta.did;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DidPropertiesTest {
    private static final String ASCII = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.@/ :";
    private static final char[] SPECIAL = {'\t', '\n', '\u00a0', '\u3000', '\ufeff', '\u2028', '\ud800', '\udfff',
        '\u0000', 'z', '1', '中', 'é', '\uffff'};

    /** Strings of every shape from a fixed seed: ASCII, any UTF-16 unit, white space, lone surrogates. */
    static Stream<String> strings() {
        Random random = new Random(0xB10C);
        return IntStream.range(0, 500).mapToObj(i -> {
            int length = random.nextInt(i % 50 == 0 ? 400 : 40);
            StringBuilder sb = new StringBuilder(length);
            for (int k = 0; k < length; k++) {
                switch (random.nextInt(4)) {
                    case 0 -> sb.append((char) random.nextInt(0x10000));
                    case 1 -> sb.append(SPECIAL[random.nextInt(SPECIAL.length)]);
                    case 2 -> sb.appendCodePoint(0x10000 + random.nextInt(0x100000));
                    default -> sb.append(ASCII.charAt(random.nextInt(ASCII.length())));
                }
            }
            return sb.toString();
        });
    }

    static Stream<byte[]> byteArrays() {
        Random random = new Random(58);
        return IntStream.range(0, 200).mapToObj(i -> {
            byte[] bytes = new byte[random.nextInt(64)];
            random.nextBytes(bytes);
            for (int k = 0; k < bytes.length && random.nextInt(3) == 0; k++) {
                bytes[k] = 0;
            }
            return bytes;
        });
    }

    @ParameterizedTest
    @MethodSource("strings")
    void didDerivedFromAnyStringIsValidAnyEd25519Sha3(String name) {
        String did = BlockletDid.fromName(name);
        assertThat(Did.isValid(did)).isTrue();
        if (!Did.isValid(name)) {
            assertThat(did).startsWith("z").hasSize(37);
            assertThat(Did.typeInfo(did)).contains(
                    DidType.of(RoleType.ANY, KeyType.ED25519, HashType.SHA3, EncodingType.BASE58));
            assertThat(Did.isBlockletRole(did)).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("strings")
    void fromNameIsIdempotent(String name) {
        String did = BlockletDid.fromName(name);
        assertThat(BlockletDid.fromName(did)).isEqualTo(did);
        assertThat(BlockletDid.fromName("did:abt:" + did)).isEqualTo("did:abt:" + did);
    }

    @ParameterizedTest
    @MethodSource("byteArrays")
    void base58RoundTrips(byte[] bytes) {
        assertThat(Base58.decode(Base58.encode(bytes))).containsExactly(bytes);
    }
}
