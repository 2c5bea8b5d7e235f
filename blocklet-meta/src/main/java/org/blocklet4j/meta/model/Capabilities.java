package org.blocklet4j.meta.model;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * {@code capabilities}: what the blocklet can do. A null component was not said. Instances are immutable and safe
 * to share between threads.
 *
 * @param clusterMode runs in cluster mode
 * @param didSpace    DID Space requirement ({@code required}, {@code requiredOnSetup}, {@code optional},
 *                    {@code requiredOnConnect})
 * @param navigation  joins navigation merging
 * @param serverless  can be installed serverless
 * @param component   can be a component of another blocklet
 * @param sitemap     supports a composable sitemap
 * @param mcp         offers an MCP server
 * @param singleton   allows a single instance only
 */
public record Capabilities(@Nullable Boolean clusterMode, @Nullable String didSpace, @Nullable Boolean navigation,
                           @Nullable Boolean serverless, @Nullable Boolean component, @Nullable Boolean sitemap,
                           @Nullable Boolean mcp, @Nullable Boolean singleton) {
    static Capabilities of(@Nullable JsonNode n) {
        if (n == null) {
            return new Capabilities(null, null, null, null, null, null, null, null);
        }
        return new Capabilities(Json.bool(n, "clusterMode"), Json.text(n, "didSpace"), Json.bool(n, "navigation"),
                Json.bool(n, "serverless"), Json.bool(n, "component"), Json.bool(n, "sitemap"), Json.bool(n, "mcp"),
                Json.bool(n, "singleton"));
    }
}
