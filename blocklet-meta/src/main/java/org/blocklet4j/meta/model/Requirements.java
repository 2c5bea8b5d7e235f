package org.blocklet4j.meta.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * {@code requirements}: what the host must offer. Instances are immutable and safe to share between threads.
 *
 * @param server  the Blocklet Server version range
 * @param abtnode the legacy ABT Node version range
 * @param nodejs  the Node.js version range
 * @param os      the platforms ({@code *}: any)
 * @param cpu     the architectures ({@code *}: any)
 * @param fuels   fuels, as JSON
 * @param aigne   whether AIGNE is needed; null when not said
 */
public record Requirements(@Nullable String server, @Nullable String abtnode, @Nullable String nodejs,
                           List<String> os, List<String> cpu, List<JsonNode> fuels, @Nullable Boolean aigne) {
    static Requirements of(JsonNode n) {
        return new Requirements(Json.text(n, "server"), Json.text(n, "abtnode"), Json.text(n, "nodejs"),
                Json.strings(n, "os"), Json.strings(n, "cpu"), Json.list(n, "fuels", JsonNode::deepCopy),
                Json.bool(n, "aigne"));
    }
}
