package org.blocklet4j.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

import org.blocklet4j.meta.did.BlockletDid;

/**
 * Valid {@code blocklet.yml} manifests of three size classes, made from a seed: the same seed gives the same bytes,
 * so the JMH run and the reference's run read the same files.
 *
 * <p>Stateless; safe to use from any thread.
 */
public final class Manifests {
    private Manifests() {
    }

    /** The size classes of the suite. */
    public enum Size {
        /** About 10 lines: identity only. */
        SMALL,
        /** About 80 lines: interfaces with auth, environments, scripts, components, navigation. */
        MEDIUM,
        /** About 500 lines: 32 components, 40 navigation items in two languages, 30 environments, payment, signatures. */
        LARGE;

        /** The lower-case name used in file names and tables. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final String[] WORDS = {"alpha", "beacon", "cedar", "delta", "ember", "fable", "garnet", "harbor",
        "island", "juniper", "kestrel", "lumen", "meadow", "nimbus", "orchid", "prairie", "quartz", "river", "summit",
        "tundra", "umber", "vertex", "willow", "yonder", "zephyr"};
    private static final String[] CJK = {"首页", "资源", "商店", "开发者", "管理", "设置", "文档", "帮助", "社区", "博客"};

    /** The manifest of {@code size} for {@code seed}, as UTF-8 bytes. */
    public static byte[] bytes(Size size, long seed) {
        return text(size, seed).getBytes(StandardCharsets.UTF_8);
    }

    /** The manifest of {@code size} for {@code seed}. */
    public static String text(Size size, long seed) {
        Objects.requireNonNull(size, "size");
        Random random = new Random(seed * 31 + size.ordinal());
        StringBuilder y = new StringBuilder(size == Size.LARGE ? 24_000 : 4_000);
        String name = "bench-" + size.label() + "-" + word(random) + "-" + random.nextInt(10_000);
        y.append("name: ").append(name).append('\n');
        y.append("did: ").append(BlockletDid.fromName(name)).append('\n');
        y.append("title: ").append(capital(word(random))).append(' ').append(capital(word(random))).append('\n');
        y.append("description: A ").append(word(random)).append(" blocklet that serves ").append(word(random))
                .append(" pages for the ").append(word(random)).append(" team\n");
        y.append("version: ").append(1 + random.nextInt(3)).append('.').append(random.nextInt(20)).append('.')
                .append(random.nextInt(50)).append('\n');
        y.append("group: ").append(size == Size.SMALL ? "static" : "dapp").append('\n');
        y.append("main: ").append(size == Size.SMALL ? "dist" : "api/index.js").append('\n');
        y.append("author: ").append(capital(word(random))).append(" Doe <").append(word(random))
                .append("@example.com> (https://example.com)\n");
        y.append("repository: github:example/").append(name).append('\n');
        y.append("keywords: ").append(word(random)).append(", ").append(word(random)).append(", blocklet\n");
        if (size == Size.SMALL) {
            return y.toString();
        }
        boolean large = size == Size.LARGE;
        y.append("license: Apache-2.0\n");
        y.append("logo: logo.png\n");
        y.append("homepage: https://").append(word(random)).append(".example.com\n");
        y.append("specVersion: 1.2.8\n");
        y.append("timeout:\n  start: ").append(30 + random.nextInt(90)).append('\n');
        y.append("requirements:\n  server: '>=1.16.0'\n  os: '*'\n  cpu: '*'\n  nodejs: '>=18'\n");
        y.append("interfaces:\n");
        y.append("  - type: web\n    name: publicUrl\n    path: /\n    prefix: '*'\n    port: BLOCKLET_PORT\n")
                .append("    protocol: http\n    cacheable:\n      - /assets\n");
        y.append("    services:\n      - name: auth\n        config:\n          whoCanAccess: all\n")
                .append("          blockUnauthenticated: false\n          profileFields:\n            - fullName\n")
                .append("            - email\n            - avatar\n          allowSwitchProfile: true\n");
        if (large) {
            y.append("  - type: service\n    name: grpc\n    path: /grpc\n    prefix: /grpc\n    port: GRPC_PORT\n")
                    .append("    protocol: tcp\n");
        }
        y.append("scripts:\n  pre-start: node api/hooks/pre-start.js\n  post-install: node api/hooks/post-install.js\n")
                .append("  dev: npm run start\n");
        y.append("capabilities:\n  navigation: true\n  component: true\n");
        int envs = large ? 30 : 4;
        y.append("environments:\n");
        for (int i = 0; i < envs; i++) {
            y.append("  - name: ").append(word(random).toUpperCase(Locale.ROOT)).append("_SETTING_").append(i).append('\n');
            y.append("    description: The ").append(word(random)).append(" setting ").append(i).append('\n');
            if (i % 3 == 0) {
                y.append("    secure: true\n");
            } else {
                y.append("    default: '").append(random.nextInt(1000)).append("'\n");
            }
        }
        int components = large ? 32 : 3;
        y.append("components:\n");
        for (int i = 0; i < components; i++) {
            String c = "comp-" + word(random) + "-" + i;
            y.append("  - name: ").append(c).append('\n');
            y.append("    mountPoint: /").append(c).append('\n');
            if (i % 2 == 0) {
                y.append("    required: true\n");
            }
            y.append("    source:\n      store: https://store.blocklet.dev\n      name: ").append(c).append('\n');
            if (large) {
                y.append("      version: latest\n");
            }
        }
        int items = large ? 40 : 3;
        y.append("navigation:\n");
        for (int i = 0; i < items; i++) {
            String w = word(random);
            y.append("  - id: nav_").append(w).append('_').append(i).append('\n');
            y.append("    title:\n      en: ").append(capital(w)).append(' ').append(i).append('\n')
                    .append("      zh: ").append(CJK[random.nextInt(CJK.length)]).append(i).append('\n');
            y.append("    link: /").append(w).append('/').append(i).append('\n');
        }
        y.append("theme:\n  background: '#f7f8fa'\n");
        if (!large) {
            return y.toString();
        }
        y.append("payment:\n  price:\n    - value: ").append(1 + random.nextInt(99)).append(".9\n")
                .append("      address: ").append(BlockletDid.fromName("token-" + word(random))).append('\n');
        y.append("  share:\n");
        y.append("    - name: ").append(word(random)).append("\n      address: ")
                .append(BlockletDid.fromName("share-a-" + random.nextInt(1000))).append("\n      value: 0.7\n");
        y.append("    - name: ").append(word(random)).append("\n      address: ")
                .append(BlockletDid.fromName("share-b-" + random.nextInt(1000))).append("\n      value: 0.3\n");
        y.append("signatures:\n");
        for (int i = 0; i < 2; i++) {
            y.append("  - type: ED25519\n    name: ").append(word(random)).append('\n')
                    .append("    signer: ").append(BlockletDid.fromName("signer-" + i + "-" + random.nextInt(1000)))
                    .append('\n')
                    .append("    pk: z").append(base58(random, 44)).append('\n')
                    .append("    created: '2024-0").append(1 + random.nextInt(9)).append("-1").append(random.nextInt(10))
                    .append("T08:30:00.000Z'\n")
                    .append("    sig: z").append(base58(random, 87)).append('\n')
                    .append("    excludes:\n      - signatures\n");
        }
        y.append("screenshots:\n  - home.png\n  - detail.png\n");
        y.append("events:\n  - type: ").append(word(random)).append(".published\n    description: When a ")
                .append(word(random)).append(" is published\n");
        return y.toString();
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private static String base58(Random random, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(BASE58.charAt(random.nextInt(BASE58.length())));
        }
        return b.toString();
    }
}
