package org.blocklet4j.meta.did;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DidTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            example           | z8iZrkWYbi3JU3AP9NHJQbBUdrgiRbeorauqf | fc0170983d692f648185febe6d6fa607630ae68649f7cdadca8e
            static-demo       | z8iZwyBfqwNcGbLCiUnFAQLEzT8sJd2TSjbM2 | fc01a9d6852ad55b7f7299a2fb254df99bae4b9c9d7cada647f1
            my-blocklet       | z8ia4zFrpmi7DRUXsvmpgY3Mopcz84Zo3G7EB | fc01f6d3504e179849e590e9c67745e279b1a819af09ce36738c
            " padded-name "   | z8iZmyRzZ74KGkqP3De3PXtbhGrudw1JCj5QU | fc013c3137de5c3db184d1feca09c6b940062e5c5ccbc079e2c1
            中文名             | z8iZmyJqutWidLt3c4JxwiiihxV459YPu2nDk | fc013c2b40247f9464e6243e8d7962e7b72b9ef5b7fc54925f1f
            ""                | z8iZwoTk3uPEdoSJWjm3eXJ3mYznkAHjKJF5L | fc01a7ffc6f8bf1ed76651c14756a061d662f580ff4dbe4ec87b
            0xabc             | z8iZsGYXRYuFNHKKAEHEKA8c4AmPKBKsAY8Uh | fc0176465f10547f37304ea4b527d714023f745f21cb84af4b6a
            @scope/pkg        | z8iZx3LtCKXvUTe9QanvnkCUWPeryK8UT3YHw | fc01aa9fdfe716e18ccd4051e30cb50a23ca603f5ffb991979c2
            """)
    void derivesBlockletDidFromName(String name, String did, String bytes) {
        assertThat(BlockletDid.fromName(name)).isEqualTo(did);
        assertThat(HexFormat.of().formatHex(Base58.decode(did.substring(1)))).startsWith(bytes);
        assertThat(Did.isValid(did)).isTrue();
        assertThat(Did.typeInfo(did)).contains(new DidType(63, 0, 1, EncodingType.BASE58));
    }

    @Test
    void trimsJavaScriptWhiteSpaceBeforeHashing() {
        assertThat(BlockletDid.fromName("\u00a0example\u3000")).isEqualTo(BlockletDid.fromName("example"));
        assertThat(BlockletDid.fromName("\u001cexample")).isNotEqualTo(BlockletDid.fromName("example"));
    }

    @Test
    void hashesLoneSurrogateAsReplacementCharacter() {
        assertThat(BlockletDid.fromName("\ud800")).isEqualTo("z8ia4bW8YVJdCmMQdwqK27rX8r9vEKcefmczh");
        assertThat(BlockletDid.fromName("\ufffd")).isEqualTo("z8ia4bW8YVJdCmMQdwqK27rX8r9vEKcefmczh");
    }

    @Test
    void returnsValidDidUnchangedWithItsPrefix() {
        String did = "z8iZrkWYbi3JU3AP9NHJQbBUdrgiRbeorauqf";
        assertThat(BlockletDid.fromName(did)).isSameAs(did);
        assertThat(BlockletDid.fromName("did:abt:" + did)).isEqualTo("did:abt:" + did);
        assertThat(Did.isValid("did:abt:" + did)).isTrue();
        assertThat(Did.typeInfo("did:abt:" + did)).contains(new DidType(63, 0, 1, EncodingType.BASE58));
    }

    @Test
    void acceptsKeccakAccountDid() {
        assertThat(Did.isValid("z11BCJGGk3psmxSSv1arb9s8jbKBj2KannYJ")).isTrue();
        DidType type = Did.typeInfo("z11BCJGGk3psmxSSv1arb9s8jbKBj2KannYJ").orElseThrow();
        assertThat(type.roleType()).contains(RoleType.ACCOUNT);
        assertThat(type.keyType()).contains(KeyType.ED25519);
        assertThat(type.hashType()).contains(HashType.KECCAK);
    }

    @Test
    void acceptsSha2NodeDid() {
        assertThat(Did.isValid("z89aVkQFu8HF3VkLiP4uMgrtaZC4ZoxfNxwf")).isTrue();
        DidType type = Did.typeInfo("z89aVkQFu8HF3VkLiP4uMgrtaZC4ZoxfNxwf").orElseThrow();
        assertThat(type.roleType()).contains(RoleType.NODE);
        assertThat(type.hashType()).contains(HashType.SHA2);
    }

    @Test
    void checksEip55CaseOfEthereumAddress() {
        assertThat(Did.isValid("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")).isTrue();
        assertThat(Did.isValid("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")).isFalse();
        assertThat(Did.isValid("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")).isTrue();
        assertThat(Did.isValid("0X5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED")).isTrue();
        assertThat(Did.isValid("5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")).isTrue();
        assertThat(Did.typeInfo("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")).contains(DidType.ETHEREUM);
    }

    @Test
    void rejectsDidWithBadChecksum() {
        assertThat(Did.isValid("z8iZrkWYbi3JU3AP9NHJQbBUdrgiRbeorauqg")).isFalse();
    }

    @Test
    void rejectsEmptyNullAndPaddedInput() {
        assertThat(Did.isValid(null)).isFalse();
        assertThat(Did.isValid("")).isFalse();
        assertThat(Did.isValid(" z8iZrkWYbi3JU3AP9NHJQbBUdrgiRbeorauqf")).isFalse();
        assertThat(Did.isValid("z8iZrkWYbi3JU3AP9NHJQbBUdrgiRbeorauqf\n")).isFalse();
    }

    @Test
    void stripsOnlyOneLowercaseMethodPrefix() {
        assertThat(Did.toAddress("did:abt:z1")).isEqualTo("z1");
        assertThat(Did.toAddress("did:xyz9:z1")).isEqualTo("z1");
        assertThat(Did.toAddress("did:abt:did:abt:z1")).isEqualTo("did:abt:z1");
        assertThat(Did.toAddress("DID:abt:z1")).isEqualTo("DID:abt:z1");
        assertThat(Did.toAddress("did::z1")).isEqualTo("did::z1");
        assertThat(Did.toAddress("did:a-b:z1")).isEqualTo("did:a-b:z1");
        assertThat(Did.toAddress("did:abt")).isEqualTo("did:abt");
        String did = "z8iZrkWYbi3JU3AP9NHJQbBUdrgiRbeorauqf";
        assertThat(Did.isValid("did:xyz:" + did)).isTrue();
        assertThat(Did.isValid("did:abt:did:abt:" + did)).isTrue();
        assertThat(Did.isValid("did:abt:did:abt:did:abt:" + did)).isFalse();
        assertThat(Did.isValid("DID:abt:" + did)).isFalse();
    }

    @Test
    void acceptsHexFormOfDid() {
        String hex = "0x" + HexFormat.of().formatHex(Base58.decode("8iZrkWYbi3JU3AP9NHJQbBUdrgiRbeorauqf"));
        assertThat(Did.isValid(hex)).isTrue();
        assertThat(Did.typeInfo(hex)).contains(new DidType(63, 0, 1, EncodingType.BASE16));
        // No prefix is removed before the hex test in toTypeInfo.
        assertThat(Did.isValid("did:abt:" + hex)).isTrue();
        assertThat(Did.typeInfo("did:abt:" + hex)).isEmpty();
    }

    @Test
    void ignoresBytesAfterTheChecksum() {
        byte[] bytes = Base58.decode("8iZrkWYbi3JU3AP9NHJQbBUdrgiRbeorauqf");
        byte[] longer = java.util.Arrays.copyOf(bytes, 27);
        longer[26] = 42;
        assertThat(Did.isValid("z" + Base58.encode(longer))).isTrue();
    }

    @Test
    void readsTypeFieldsOfUndecodableAndShortInput() {
        assertThat(Did.typeInfo("")).isEmpty();
        assertThat(Did.typeInfo(null)).isEmpty();
        assertThat(Did.typeInfo("abc")).isEmpty();
        assertThat(Did.typeInfo("0x")).contains(new DidType(0, 0, 0, EncodingType.BASE16));
        DidType oneByte = Did.typeInfo("0xab").orElseThrow();
        assertThat(oneByte).isEqualTo(new DidType(0, 5, 11, EncodingType.BASE16));
        assertThat(oneByte.keyType()).isEmpty();
        assertThat(oneByte.hashType()).isEmpty();
        assertThat(Did.typeInfo("-0xab")).contains(new DidType(0, 0, 0, EncodingType.BASE16));
        assertThat(Did.typeInfo("z")).contains(new DidType(0, 0, 0, EncodingType.BASE58));
    }

    @Test
    void recognisesBlockletRole() {
        assertThat(Did.isBlockletRole("z2qZwzdTFvPFN275o7wm4WwXTAVBvdSfHSDqq")).isTrue();
        assertThat(Did.isBlockletRole("z8iZrkWYbi3JU3AP9NHJQbBUdrgiRbeorauqf")).isFalse();
        assertThat(Did.isBlockletRole(null)).isFalse();
        assertThat(Did.isBlockletRole("example")).isFalse();
    }

    @Test
    void decodesLongBase58InputQuickly() {
        String longInput = "z" + "8".repeat(100_000);
        assertThat(Did.isValid(longInput)).isFalse();
        assertThat(Did.typeInfo(longInput)).isPresent();
    }

    @Test
    void base58RoundTripsLeadingZeros() {
        byte[] bytes = {0, 0, 1, 2, (byte) 255};
        assertThat(Base58.decode(Base58.encode(bytes))).containsExactly(bytes);
        assertThat(Base58.encode(new byte[] {0})).isEqualTo("1");
        assertThat(Base58.decode("")).isEmpty();
        assertThat(Base58.decode("0")).isNull();
        assertThat(Base58.decode("\u00e9")).isNull();
    }
}
