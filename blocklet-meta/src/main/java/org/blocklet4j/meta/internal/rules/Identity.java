package org.blocklet4j.meta.internal.rules;

import java.util.Optional;

import org.blocklet4j.meta.did.BlockletDid;
import org.blocklet4j.meta.did.Did;
import org.blocklet4j.meta.internal.js.JsTree;
import org.blocklet4j.meta.internal.schema.Reject;
import org.blocklet4j.meta.name.BlockletName;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rule that ties {@code did} to {@code name}: a new-style DID must have the BLOCKLET role; otherwise the DID
 * must be the one derived from the name (createBlockletSchema's closing custom rule).
 */
final class Identity {
    private Identity() {
    }

    static void checkDidAndName(ObjectNode data, boolean skipValidateDidName) throws Reject {
        JsonNode did = data.get("did");
        JsonNode name = data.get("name");
        String didText = did != null && did.isString() ? did.stringValue() : null;
        Optional<String> cached = Optional.empty();
        if (didText != null && Did.isValid(didText)) {
            cached = BlockletName.validateNewDid(didText);
            if (cached.isEmpty()) {
                return;
            }
        }
        if (JsTree.isTruthy(name)) {
            String n = name.isString() ? name.stringValue() : name.asString();
            Optional<String> problem = BlockletName.validate(n, !skipValidateDidName);
            if (problem.isPresent()) {
                throw Reject.thrown("name.invalid", problem.get());
            }
            String expected = BlockletDid.fromName(n);
            if (!expected.equals(didText)) {
                throw Reject.message("did.name.mismatch", "The did of name \"" + n + "\" should be \"" + expected + "\"");
            }
            return;
        }
        if (cached.isPresent()) {
            throw Reject.message("did.role.invalid", cached.get());
        }
    }
}
