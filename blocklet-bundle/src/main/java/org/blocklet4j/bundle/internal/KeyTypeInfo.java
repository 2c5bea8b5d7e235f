package org.blocklet4j.bundle.internal;

import java.util.Optional;

import org.blocklet4j.meta.did.Did;
import org.blocklet4j.meta.did.DidType;
import org.blocklet4j.meta.did.EncodingType;
import org.blocklet4j.meta.did.HashType;
import org.blocklet4j.meta.did.KeyType;
import org.blocklet4j.meta.did.RoleType;
import org.jspecify.annotations.Nullable;

/**
 * The wallet type {@code DidType(toTypeInfo(did))} of {@code @arcblock/did}: the DID's type fields, unknown ones
 * replaced by the ArcBlock defaults (account, ED25519, SHA3, base58), and the hash forced to SHA2 for the node,
 * validator, tether and swap roles of a non-Ethereum type.
 */
public record KeyTypeInfo(RoleType role, KeyType key, HashType hash, EncodingType encoding) {

    /** The wallet type the reference derives from {@code did} (any string, or null). */
    public static KeyTypeInfo of(@Nullable String did) {
        Optional<DidType> type = Did.typeInfo(did);
        RoleType role = type.flatMap(DidType::roleType).orElse(RoleType.ACCOUNT);
        KeyType key = type.flatMap(DidType::keyType).orElse(KeyType.ED25519);
        HashType hash = type.flatMap(DidType::hashType).orElse(HashType.SHA3);
        EncodingType encoding = type.map(DidType::encoding).orElse(EncodingType.BASE58);
        KeyTypeInfo info = new KeyTypeInfo(role, key, hash, encoding);
        if (!info.isEthereum() && (role == RoleType.NODE || role == RoleType.VALIDATOR || role == RoleType.TETHER
                || role == RoleType.SWAP)) {
            return new KeyTypeInfo(role, key, HashType.SHA2, encoding);
        }
        return info;
    }

    /** {@code isEthereumType}: ETHEREUM key, Keccak hash, hex encoding. */
    public boolean isEthereum() {
        return key == KeyType.ETHEREUM && hash == HashType.KECCAK && encoding == EncodingType.BASE16;
    }

    /** The two type bytes: role (6 bits), key (5 bits), hash (5 bits). */
    int bits() {
        return role.code() << 10 | key.code() << 5 | hash.code();
    }
}
