package org.blocklet4j.meta.internal.fix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.blocklet4j.meta.internal.js.JsError;
import org.blocklet4j.meta.internal.js.JsStrings;
import org.blocklet4j.meta.internal.js.JsUri;
import org.jspecify.annotations.Nullable;

/**
 * A port of hosted-git-info 3.0.8 ({@code fromUrl} without options, and the URL forms the fix step prints):
 * GitHub, Bitbucket, GitLab and gists, from full URLs ({@code https}, {@code git+https}, {@code git+ssh},
 * {@code ssh}, {@code git}), scp-like {@code git@host:user/repo.git}, {@code user/repo} and the
 * {@code github:}, {@code gitlab:}, {@code bitbucket:} and {@code gist:} shortcuts, with a {@code #committish} and
 * user info.
 *
 * <p>The library's quirks are kept: a URL that two hosts match gives nothing; a placeholder whose value is
 * missing stays in the output ({@code git+https://github.com/{user}/repo.git}); committish and user info are
 * inserted raw, so {@code $&}-style patterns and later placeholders in them are expanded as
 * {@code String.prototype.replace} would. {@link #fromUrl} and the printers throw {@link JsError} where the
 * library throws ({@code URIError} for a lone surrogate or a bad escape in the user info, {@code TypeError:
 * Invalid URL} for a host the URL parsers reject).
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class HostedGitInfo {
    /** V8's longest string, in UTF-16 code units; longer results throw {@code RangeError}. */
    static final long MAX_STRING_LENGTH = (1L << 29) - 24;

    private static final Pattern DEFAULT_PATHMATCH = Pattern.compile("^/([^/]+)/([^/]+?)(?:\\.git|/)?\\z");
    private static final Pattern GITLAB_PATHMATCH = Pattern.compile(
            "^/([^/]+)/((?![^\\n\\r\\u2028\\u2029]*(?:/-/|/repository(?:/[^/]+)?/archive\\.tar\\.gz))"
                    + "[^\\n\\r\\u2028\\u2029]*?)(?:\\.git|/)?\\z");
    private static final Pattern GIST_PATHMATCH = Pattern.compile("^/(?:([^/]+)/)?([a-z0-9]{7,})(?:\\.git)?\\z");

    private static final Map<String, String> DEFAULT_TEMPLATES = Map.of(
            "sshtemplate", "git@{domain}:{user}/{project}.git{#committish}",
            "sshurltemplate", "git+ssh://git@{domain}/{user}/{project}.git{#committish}",
            "browsetemplate", "https://{domain}/{user}/{project}{/tree/committish}",
            "browsefiletemplate", "https://{domain}/{user}/{project}/{treepath}/{committish}/{path}{#fragment}",
            "docstemplate", "https://{domain}/{user}/{project}{/tree/committish}#readme",
            "httpstemplate", "git+https://{auth@}{domain}/{user}/{project}.git{#committish}",
            "filetemplate", "https://{domain}/{user}/{project}/raw/{committish}/{path}",
            "shortcuttemplate", "{type}:{user}/{project}{#committish}",
            "pathtemplate", "{user}/{project}{#committish}");

    /** The four hosts, in hosted-git-info's order, with their template keys in its property order. */
    enum Host {
        GITHUB("github", "github.com", "tree", List.of("git", "http", "git+ssh", "git+https", "ssh", "https"),
                DEFAULT_PATHMATCH, new String[][] {
                    {"protocols", null}, {"domain", null}, {"treepath", null},
                    {"filetemplate", "https://{auth@}raw.githubusercontent.com/{user}/{project}/{committish}/{path}"},
                    {"bugstemplate", "https://{domain}/{user}/{project}/issues"},
                    {"gittemplate", "git://{auth@}{domain}/{user}/{project}.git{#committish}"},
                    {"tarballtemplate", "https://codeload.{domain}/{user}/{project}/tar.gz/{committish}"},
                    {"sshtemplate", null}, {"sshurltemplate", null}, {"browsetemplate", null},
                    {"browsefiletemplate", null}, {"docstemplate", null}, {"httpstemplate", null},
                    {"shortcuttemplate", null}, {"pathtemplate", null}, {"pathmatch", null}, {"hashformat", null},
                    {"protocols_re", null}}),
        BITBUCKET("bitbucket", "bitbucket.org", "src", List.of("git+ssh", "git+https", "ssh", "https"),
                DEFAULT_PATHMATCH, new String[][] {
                    {"protocols", null}, {"domain", null}, {"treepath", null},
                    {"tarballtemplate", "https://{domain}/{user}/{project}/get/{committish}.tar.gz"},
                    {"sshtemplate", null}, {"sshurltemplate", null}, {"browsetemplate", null},
                    {"browsefiletemplate", null}, {"docstemplate", null}, {"httpstemplate", null},
                    {"filetemplate", null}, {"shortcuttemplate", null}, {"pathtemplate", null}, {"pathmatch", null},
                    {"hashformat", null}, {"protocols_re", null}}),
        GITLAB("gitlab", "gitlab.com", "tree", List.of("git+ssh", "git+https", "ssh", "https"), GITLAB_PATHMATCH,
                new String[][] {
                    {"protocols", null}, {"domain", null}, {"treepath", null},
                    {"bugstemplate", "https://{domain}/{user}/{project}/issues"},
                    {"httpstemplate", "git+https://{auth@}{domain}/{user}/{projectPath}.git{#committish}"},
                    {"tarballtemplate",
                        "https://{domain}/{user}/{project}/repository/archive.tar.gz?ref={committish}"},
                    {"pathmatch", null}, {"sshtemplate", null}, {"sshurltemplate", null}, {"browsetemplate", null},
                    {"browsefiletemplate", null}, {"docstemplate", null}, {"filetemplate", null},
                    {"shortcuttemplate", null}, {"pathtemplate", null}, {"hashformat", null},
                    {"protocols_re", null}}),
        GIST("gist", "gist.github.com", null, List.of("git", "git+ssh", "git+https", "ssh", "https"),
                GIST_PATHMATCH, new String[][] {
                    {"protocols", null}, {"domain", null}, {"pathmatch", null},
                    {"filetemplate", "https://gist.githubusercontent.com/{user}/{project}/raw{/committish}/{path}"},
                    {"bugstemplate", "https://{domain}/{project}"},
                    {"gittemplate", "git://{domain}/{project}.git{#committish}"},
                    {"sshtemplate", "git@{domain}:/{project}.git{#committish}"},
                    {"sshurltemplate", "git+ssh://git@{domain}/{project}.git{#committish}"},
                    {"browsetemplate", "https://{domain}/{project}{/committish}"},
                    {"browsefiletemplate", "https://{domain}/{project}{/committish}{#path}"},
                    {"docstemplate", "https://{domain}/{project}{/committish}"},
                    {"httpstemplate", "git+https://{domain}/{project}.git{#committish}"},
                    {"shortcuttemplate", "{type}:{project}{#committish}"},
                    {"pathtemplate", "{project}{#committish}"},
                    {"tarballtemplate", "https://codeload.github.com/gist/{project}/tar.gz/{committish}"},
                    {"hashformat", null}, {"protocols_re", null}});



        final String type;
        final String domain;
        final @Nullable String treepath;
        final List<String> protocols;
        final Pattern pathmatch;
        /** The host object's keys in property order, each with the string {@code _fill} sees for it. */
        final LinkedHashMap<String, String> properties = new LinkedHashMap<>();

        Host(String type, String domain, @Nullable String treepath, List<String> protocols, Pattern pathmatch,
             String[][] keys) {
            this.type = type;
            this.domain = domain;
            this.treepath = treepath;
            this.protocols = protocols;
            this.pathmatch = pathmatch;
            for (String[] kv : keys) {
                String key = kv[0];
                String value = kv[1];
                if (value == null) {
                    switch (key) {
                        case "protocols":
                            value = String.join(",", protocols);
                            break;
                        case "domain":
                            value = domain;
                            break;
                        case "treepath":
                            value = treepath;
                            break;
                        default:
                            // Regular expressions and functions print as source text; no template names them.
                            value = DEFAULT_TEMPLATES.getOrDefault(key, "[" + key + "]");
                            break;
                    }
                }
                properties.put(key, value);
            }
        }

        String template(String name) {
            return properties.get(name);
        }

        boolean acceptsProtocol(@Nullable String protocol) {
            return protocol != null && protocol.endsWith(":")
                    && protocols.contains(protocol.substring(0, protocol.length() - 1));
        }
    }

    private final Host host;
    private final @Nullable String user;
    private final @Nullable String auth;
    private final String project;
    private final @Nullable String committish;
    private final String defaultRepresentation;

    private HostedGitInfo(Host host, @Nullable String user, @Nullable String auth, String project,
                          @Nullable String committish, String defaultRepresentation) {
        this.host = host;
        this.user = user;
        this.auth = auth;
        this.project = project;
        this.committish = committish;
        this.defaultRepresentation = defaultRepresentation;
    }

    /**
     * {@code hostedGitInfo.fromUrl(giturl)}: the repository {@code giturl} names on one of the four hosts, or
     * empty when it names none (or, as the library decides, more than one).
     *
     * @throws JsError where the library throws
     */
    public static Optional<HostedGitInfo> fromUrl(String giturl) {
        if (giturl.isEmpty()) {
            return Optional.empty();
        }
        String url = fixupUnqualifiedGist(isGitHubShorthand(giturl) ? "github:" + giturl : giturl);
        ParsedGitUrl parsed = parseGitUrl(url);
        String[] shortcut = shortcutMatch(url);
        List<HostedGitInfo> matches = new ArrayList<>(1);
        for (Host h : Host.values()) {
            try {
                HostedGitInfo info = match(h, parsed, shortcut);
                if (info != null) {
                    matches.add(info);
                }
            } catch (JsError e) {
                if (!e.errorName().equals("URIError")) {
                    throw e;
                }
            }
        }
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    private static @Nullable HostedGitInfo match(Host h, ParsedGitUrl parsed, String @Nullable [] shortcut) {
        String authValue = null;
        if (parsed.auth != null && !parsed.auth.isEmpty() && isAuthProtocol(parsed.protocol)) {
            authValue = parsed.auth;
        }
        String committishValue = parsed.hash != null && !parsed.hash.isEmpty()
                ? JsUri.decodeURIComponent(parsed.hash.substring(1)) : null;
        String userValue = null;
        String projectValue;
        String representation;
        if (shortcut != null && shortcut[1].equals(h.type)) {
            userValue = shortcut[2] == null ? null : JsUri.decodeURIComponent(shortcut[2]);
            String p = shortcut[3];
            projectValue = JsUri.decodeURIComponent(p.endsWith(".git") ? p.substring(0, p.length() - 4) : p);
            representation = "shortcut";
        } else {
            String parsedHost = parsed.host;
            if (parsedHost != null && !parsedHost.isEmpty() && !parsedHost.equals(h.domain)
                    && !(parsedHost.startsWith("www.") ? parsedHost.substring(4) : parsedHost).equals(h.domain)) {
                return null;
            }
            if (!h.acceptsProtocol(parsed.protocol)) {
                return null;
            }
            if (parsed.path == null || parsed.path.isEmpty()) {
                return null;
            }
            Matcher m = h.pathmatch.matcher(parsed.path);
            if (!m.find()) {
                return null;
            }
            if (m.group(1) != null) {
                String u = m.group(1);
                userValue = JsUri.decodeURIComponent(u.startsWith(":") ? u.substring(1) : u);
            }
            projectValue = JsUri.decodeURIComponent(m.group(2));
            representation = protocolToRepresentation(parsed.protocol);
        }
        return new HostedGitInfo(h, userValue, authValue, projectValue, committishValue, representation);
    }

    private static boolean isAuthProtocol(@Nullable String protocol) {
        return protocol != null && switch (protocol) {
            case "git:", "https:", "git+https:", "http:", "git+http:" -> true;
            default -> false;
        };
    }

    private static String protocolToRepresentation(String protocol) {
        switch (protocol) {
            case "git+ssh:", "ssh:":
                return "sshurl";
            case "git+https:":
                return "https";
            case "git:":
                return "git";
            default:
                return protocol.substring(0, protocol.length() - 1);
        }
    }

    /** {@code /^[^:@%/\s.-][^:@%/\s]*[/][^:@\s/%]+(?:#.*)?$/}, without the regex's quadratic backtracking. */
    static boolean isGitHubShorthand(String arg) {
        int n = arg.length();
        if (n == 0 || isShorthandStop(arg.charAt(0)) || arg.charAt(0) == '.' || arg.charAt(0) == '-') {
            return false;
        }
        int i = 1;
        while (i < n && !isShorthandStop(arg.charAt(i))) {
            i++;
        }
        if (i == n || arg.charAt(i) != '/') {
            return false;
        }
        int restStart = i + 1;
        int k = restStart;
        int lastHash = -1;
        while (k < n && !isShorthandStop(arg.charAt(k))) {
            if (arg.charAt(k) == '#' && k > restStart) {
                lastHash = k;
            }
            k++;
        }
        if (k == n) {
            return k > restStart;
        }
        if (lastHash < 0) {
            return false;
        }
        for (int j = lastHash + 1; j < n; j++) {
            if (isLineTerminator(arg.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isShorthandStop(char c) {
        return c == ':' || c == '@' || c == '%' || c == '/' || JsStrings.isWhitespace(c);
    }

    static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    private static String fixupUnqualifiedGist(String giturl) {
        LegacyUrl parsed = LegacyUrl.parse(giturl);
        if ("gist:".equals(parsed.protocol) && parsed.host != null && !parsed.host.isEmpty()
                && (parsed.path == null || parsed.path.isEmpty())) {
            return parsed.protocol + "/" + parsed.host;
        }
        return giturl;
    }

    /** What {@code parseGitUrl} returns, reduced to the fields {@code fromUrl} reads. */
    private record ParsedGitUrl(@Nullable String protocol, @Nullable String auth, @Nullable String host,
                                @Nullable String path, @Nullable String hash) {
    }

    private static ParsedGitUrl parseGitUrl(String giturl) {
        String[] scp = scpMatch(giturl);
        if (scp == null) {
            LegacyUrl legacy = LegacyUrl.parse(giturl);
            String auth = legacy.auth;
            if (auth != null && !auth.isEmpty()) {
                String authmatch = authMatch(giturl);
                if (authmatch != null) {
                    WhatwgUrl whatwg = WhatwgUrl.parse(authmatch);
                    auth = whatwg.username;
                    if (!whatwg.password.isEmpty()) {
                        auth += ":" + whatwg.password;
                    }
                }
            }
            return new ParsedGitUrl(legacy.protocol, auth, legacy.host, legacy.path, legacy.hash);
        }
        return new ParsedGitUrl("git+ssh:", scp[0], scp[1], "/" + scp[2], scp[3]);
    }

    /** The first match of {@code /[^@]+@[^:/]+/}, or null. */
    private static @Nullable String authMatch(String s) {
        int from = 0;
        while (true) {
            int at = s.indexOf('@', from);
            if (at < 0) {
                return null;
            }
            if (at > from) {
                int end = at + 1;
                while (end < s.length() && s.charAt(end) != ':' && s.charAt(end) != '/') {
                    end++;
                }
                if (end > at + 1) {
                    return s.substring(from, end);
                }
            }
            from = at + 1;
        }
    }

    /**
     * {@code /^([^@]+)@([^:/]+):[/]?((?:[^/]+[/])?[^/]+?)(?:[.]git)?(#.*)?$/} as the regex engine resolves it
     * (user, host, path, hash or null), in linear time; null when it does not match.
     */
    private static String @Nullable [] scpMatch(String s) {
        int n = s.length();
        int at = s.indexOf('@');
        if (at < 1) {
            return null;
        }
        int colon = at + 1;
        while (colon < n && s.charAt(colon) != ':' && s.charAt(colon) != '/') {
            colon++;
        }
        if (colon == at + 1 || colon >= n || s.charAt(colon) != ':') {
            return null;
        }
        int lastTerminator = -1;
        for (int i = n - 1; i >= 0; i--) {
            if (isLineTerminator(s.charAt(i))) {
                lastTerminator = i;
                break;
            }
        }
        int[] starts = colon + 1 < n && s.charAt(colon + 1) == '/'
                ? new int[] {colon + 2, colon + 1} : new int[] {colon + 1};
        for (int start : starts) {
            int firstSlash = s.indexOf('/', start);
            // (?:[^/]+[/])? taken first when possible, then skipped.
            int[] groupStarts = firstSlash > start ? new int[] {firstSlash + 1, start} : new int[] {start};
            for (int lazyStart : groupStarts) {
                int limit = lazyStart;
                while (limit < n && s.charAt(limit) != '/') {
                    limit++;
                }
                for (int p = lazyStart + 1; p <= limit; p++) {
                    int q = -1;
                    if (s.startsWith(".git", p) && endsHere(s, p + 4, lastTerminator)) {
                        q = p + 4;
                    } else if (endsHere(s, p, lastTerminator)) {
                        q = p;
                    }
                    if (q >= 0) {
                        return new String[] {s.substring(0, at), s.substring(at + 1, colon), s.substring(start, p),
                            q < n ? s.substring(q) : null};
                    }
                }
            }
        }
        return null;
    }

    /** {@code (#.*)?$} at {@code q}: the end, or a {@code #} with no line terminator after it. */
    private static boolean endsHere(String s, int q, int lastTerminator) {
        return q == s.length() || q < s.length() && s.charAt(q) == '#' && lastTerminator < q + 1;
    }

    /**
     * {@code /^([^:]+):(?:[^@]+@)?(?:([^/]*)\/)?([^#]+)/}: groups 1 to 3 (group 2 may be null), or null.
     */
    private static String @Nullable [] shortcutMatch(String s) {
        int n = s.length();
        int colon = s.indexOf(':');
        if (colon < 1) {
            return null;
        }
        int afterColon = colon + 1;
        int at = s.indexOf('@', afterColon);
        int[] authEnds = at > afterColon ? new int[] {at + 1, afterColon} : new int[] {afterColon};
        for (int start : authEnds) {
            int slash = s.indexOf('/', start);
            int[] userOptions = slash >= start ? new int[] {slash, -1} : new int[] {-1};
            for (int userEnd : userOptions) {
                int projectStart = userEnd >= 0 ? userEnd + 1 : start;
                int projectEnd = projectStart;
                while (projectEnd < n && s.charAt(projectEnd) != '#') {
                    projectEnd++;
                }
                if (projectEnd > projectStart) {
                    return new String[] {s.substring(0, colon), s.substring(0, colon),
                        userEnd >= 0 ? s.substring(start, userEnd) : null, s.substring(projectStart, projectEnd)};
                }
            }
        }
        return null;
    }

    /** The host's name: {@code github}, {@code bitbucket}, {@code gitlab} or {@code gist}. */
    public String type() {
        return host.type;
    }

    /** The user (owner), or null; may be empty. */
    public @Nullable String user() {
        return user;
    }

    /** The user info kept for {@code git:}, {@code http(s):} and {@code git+http(s):} URLs, or null. */
    public @Nullable String auth() {
        return auth;
    }

    /** The project (repository) name. */
    public String project() {
        return project;
    }

    /** The decoded committish after {@code #}, or null. */
    public @Nullable String committish() {
        return committish;
    }

    /** {@code getDefaultRepresentation()}: {@code shortcut}, {@code sshurl}, {@code https}, {@code git}, … */
    public String getDefaultRepresentation() {
        return defaultRepresentation;
    }

    /** {@code https()}: the {@code git+https://} URL. */
    public String https() {
        return fill(host.template("httpstemplate"));
    }

    /** {@code sshurl()}: the {@code git+ssh://} URL. */
    public String sshurl() {
        return fill(host.template("sshurltemplate"));
    }

    /** {@code git()}: the {@code git://} URL, for the hosts that have one; null otherwise. */
    public @Nullable String git() {
        String t = host.template("gittemplate");
        return t == null ? null : fill(t);
    }

    /** {@code shortcut()}: {@code github:user/project}. */
    public String shortcut() {
        return fill(host.template("shortcuttemplate"));
    }

    /** {@code toString()}: the URL in the default representation, {@link #sshurl()} when it has no printer. */
    @Override
    public String toString() {
        switch (defaultRepresentation) {
            case "shortcut":
                return shortcut();
            case "https":
                return https();
            case "sshurl":
                return sshurl();
            case "git":
                String git = git();
                return git != null ? git : sshurl();
            default:
                return sshurl();
        }
    }

    /** {@code GitHost.prototype._fill(template)} without options. */
    private String fill(String template) {
        LinkedHashMap<String, String> vars = new LinkedHashMap<>();
        vars.put("path", "");
        vars.put("type", host.type);
        for (Map.Entry<String, String> e : host.properties.entrySet()) {
            if (e.getValue() != null) {
                vars.put(e.getKey(), e.getValue());
            }
        }
        if (user != null) {
            vars.put("user", user);
        }
        if (auth != null) {
            vars.put("auth", auth);
        }
        vars.put("project", project);
        if (committish != null) {
            vars.put("committish", committish);
        }
        vars.put("default", defaultRepresentation);
        vars.put("opts", "[object Object]");
        for (Map.Entry<String, String> e : vars.entrySet()) {
            String key = e.getKey();
            if (key.equals("path") || key.equals("project")) {
                e.setValue(encodeSegments(e.getValue()));
            } else if (!key.equals("domain")) {
                e.setValue(JsUri.encodeURIComponent(e.getValue()));
            }
        }
        vars.put("auth@", auth != null && !auth.isEmpty() ? auth + "@" : "");
        vars.put("#fragment", "");
        vars.put("fragment", "");
        vars.put("#path", "");
        vars.put("/path", "");
        vars.put("projectPath", encodeSegments(project));
        String encodedCommittish = vars.get("committish");
        boolean hasCommittish = encodedCommittish != null && !encodedCommittish.isEmpty();
        vars.put("#committish", committish != null && !committish.isEmpty() ? "#" + committish : "");
        vars.put("/tree/committish", hasCommittish
                ? "/" + (host.treepath == null ? "undefined" : host.treepath) + "/" + encodedCommittish : "");
        vars.put("/committish", hasCommittish ? "/" + encodedCommittish : "");
        vars.put("committish", hasCommittish ? encodedCommittish : "master");
        String res = template;
        for (Map.Entry<String, String> e : vars.entrySet()) {
            res = replaceAll(res, "{" + e.getKey() + "}", e.getValue());
        }
        return res;
    }

    private static String encodeSegments(String value) {
        String[] parts = value.split("/", -1);
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append('/');
            }
            out.append(JsUri.encodeURIComponent(parts[i]));
        }
        return out.toString();
    }

    /**
     * {@code s.replace(/[{]key[}]/g, replacement)}: every occurrence, with {@code $$}, {@code $&}, {@code $`} and
     * {@code $'} expanded (the pattern has no groups, so {@code $1} and {@code $<} stay as written).
     */
    static String replaceAll(String s, String needle, String replacement) {
        int first = s.indexOf(needle);
        if (first < 0) {
            return s;
        }
        boolean plain = replacement.indexOf('$') < 0;
        List<Integer> positions = new ArrayList<>();
        for (int i = first; i >= 0; i = s.indexOf(needle, i + needle.length())) {
            positions.add(i);
        }
        long total = s.length() - (long) positions.size() * needle.length();
        for (int pos : positions) {
            total += plain ? replacement.length() : substitutionLength(s, pos, needle.length(), replacement);
        }
        if (total > MAX_STRING_LENGTH) {
            throw JsError.rangeError("Invalid string length");
        }
        StringBuilder out = new StringBuilder((int) total);
        int last = 0;
        for (int pos : positions) {
            out.append(s, last, pos);
            if (plain) {
                out.append(replacement);
            } else {
                substitute(out, s, pos, needle.length(), replacement);
            }
            last = pos + needle.length();
        }
        out.append(s, last, s.length());
        return out.toString();
    }

    private static long substitutionLength(String s, int pos, int matchLength, String replacement) {
        long length = 0;
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c == '$' && i + 1 < replacement.length()) {
                char d = replacement.charAt(i + 1);
                if (d == '$') {
                    length += 1;
                    i++;
                    continue;
                } else if (d == '&') {
                    length += matchLength;
                    i++;
                    continue;
                } else if (d == '`') {
                    length += pos;
                    i++;
                    continue;
                } else if (d == '\'') {
                    length += s.length() - pos - matchLength;
                    i++;
                    continue;
                }
            }
            length++;
        }
        return length;
    }

    private static void substitute(StringBuilder out, String s, int pos, int matchLength, String replacement) {
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c == '$' && i + 1 < replacement.length()) {
                char d = replacement.charAt(i + 1);
                if (d == '$') {
                    out.append('$');
                    i++;
                    continue;
                } else if (d == '&') {
                    out.append(s, pos, pos + matchLength);
                    i++;
                    continue;
                } else if (d == '`') {
                    out.append(s, 0, pos);
                    i++;
                    continue;
                } else if (d == '\'') {
                    out.append(s, pos + matchLength, s.length());
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
    }
}
