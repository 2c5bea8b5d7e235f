package org.blocklet4j.meta.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.blocklet4j.meta.did.BlockletDid;
import org.blocklet4j.meta.did.Did;
import org.blocklet4j.meta.did.DidType;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target for DID checks and derivation: any string gives an answer, never an exception (null is the only
 * misuse, and {@code fromName} the only method that rejects it); answers are stable; {@code fromName} always gives a
 * valid DID, and gives a valid DID back unchanged.
 */
class DidFuzzTest {
    @FuzzTest
    void checksAndDerivesAnyDid(byte[] data) {
        String s = FuzzText.decode(data);

        boolean valid = Did.isValid(s);
        assertThat(Did.isValid(s)).isEqualTo(valid);
        Optional<DidType> type = Did.typeInfo(s);
        assertThat(Did.typeInfo(s)).isEqualTo(type);
        boolean blocklet = Did.isBlockletRole(s);
        if (blocklet) {
            assertThat(type.flatMap(DidType::roleType)).isPresent();
        }
        String address = Did.toAddress(s);
        assertThat(s).endsWith(address);

        String derived = BlockletDid.fromName(s);
        assertThat(BlockletDid.fromName(s)).isEqualTo(derived);
        assertThat(Did.isValid(derived)).as("fromName(%s) = %s is valid", s, derived).isTrue();
        if (valid) {
            assertThat(derived).isEqualTo(s);
        } else {
            assertThat(derived).startsWith("z");
            assertThat(BlockletDid.fromName(derived)).isEqualTo(derived);
        }
    }
}
