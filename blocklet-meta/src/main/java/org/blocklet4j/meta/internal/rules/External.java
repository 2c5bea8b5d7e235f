package org.blocklet4j.meta.internal.rules;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.blocklet4j.meta.did.BlockletDid;
import org.blocklet4j.meta.did.Did;
import org.blocklet4j.meta.internal.format.IsGlob;
import org.blocklet4j.meta.internal.format.JoiEmail;
import org.blocklet4j.meta.internal.format.JoiIp;
import org.blocklet4j.meta.internal.format.JoiIsoDate;
import org.blocklet4j.meta.internal.format.JoiUri;
import org.blocklet4j.meta.internal.format.UriOptions;
import org.blocklet4j.meta.internal.format.UrlPaths;
import org.blocklet4j.meta.internal.js.IsVarName;
import org.blocklet4j.meta.internal.text.CjkLength;
import org.blocklet4j.meta.name.BlockletName;
import org.blocklet4j.meta.semver.SemVer;
import org.blocklet4j.meta.semver.SemverRange;
import org.jspecify.annotations.Nullable;

/** The checks the rules borrow from the DID, name, semver and string-format packages. */
final class External {
    private External() {
    }

    static boolean isValidDid(@Nullable String did) {
        return Did.isValid(did);
    }

    /** validateNewDid: empty when the DID's role is BLOCKLET, else the message. */
    static Optional<String> newDidProblem(String did) {
        return BlockletName.validateNewDid(did);
    }

    /** validateName(name, {checkDid}): empty when fine, else the message it throws. */
    static Optional<String> nameProblem(String name, boolean checkDid) {
        return BlockletName.validate(name, checkDid);
    }

    static String toBlockletDid(String name) {
        return BlockletDid.fromName(name);
    }

    static boolean semverValid(String v) {
        return SemVer.isValid(v);
    }

    static boolean semverValidRange(String v) {
        return SemverRange.validRange(v).isPresent();
    }

    static boolean semverGte(String v, String limit) {
        return SemVer.gte(v, limit);
    }

    static boolean email(String v) {
        return JoiEmail.isValid(v);
    }

    /** Joi uri(): {@code schemes} null for any scheme. */
    static boolean uri(String v, String @Nullable [] schemes, boolean allowRelative) {
        return JoiUri.isValid(v, new UriOptions(schemes == null ? null : List.of(schemes), allowRelative));
    }

    static boolean ip(String v) {
        return JoiIp.isValid(v, JoiIp.IPV4_AND_IPV6, JoiIp.Cidr.OPTIONAL);
    }

    static boolean isIsoDate(String v) {
        return JoiIsoDate.isIsoDate(v);
    }

    static @Nullable String isoDateConvert(String v, ZoneId zone) {
        return JoiIsoDate.convert(v, zone);
    }

    static boolean checkLink(String v) {
        return UrlPaths.checkLink(v);
    }

    static boolean isValidUrlPath(String v) {
        return UrlPaths.isValidUrlPath(v);
    }

    static boolean isGlob(String v) {
        return IsGlob.test(v);
    }

    static boolean isVarName(String v) {
        return IsVarName.test(v);
    }

    static int cjkLength(String v) {
        return CjkLength.of(v);
    }
}
