package org.blocklet4j.meta.internal.rules;

import static org.blocklet4j.meta.internal.schema.Joi.alternatives;
import static org.blocklet4j.meta.internal.schema.Joi.str;
import static org.blocklet4j.meta.internal.schema.Joi.string;

import java.util.List;

import org.blocklet4j.meta.did.Did;
import org.blocklet4j.meta.internal.format.JoiEmail;
import org.blocklet4j.meta.internal.format.JoiIsoDate;
import org.blocklet4j.meta.internal.format.JoiUri;
import org.blocklet4j.meta.internal.format.UriOptions;
import org.blocklet4j.meta.internal.format.UrlPaths;
import org.blocklet4j.meta.internal.schema.AlternativesSchema;
import org.blocklet4j.meta.internal.schema.Reject;
import org.blocklet4j.meta.internal.schema.StringSchema;
import org.blocklet4j.meta.internal.text.CjkLength;
import org.blocklet4j.meta.name.BlockletName;
import org.blocklet4j.meta.semver.SemVer;
import org.blocklet4j.meta.semver.SemverRange;

/**
 * Field types the sections share: the string extensions the reference adds to Joi ({@code DID()},
 * {@code semver()}, {@code semverRange()}) and Joi's string formats, with the reference's error types and
 * messages.
 */
final class Fields {
    static final int MAX_TITLE_LENGTH = 40;
    static final int MAX_DESCRIPTION_LENGTH = 80;

    private Fields() {
    }

    /** {@code Joi.DID()}: a string that is a valid DID. */
    static StringSchema did() {
        return string().check("did.invalid", Did::isValid, "did \"{value}\" is not valid");
    }

    /** {@code Joi.semver().valid()}: kept as written. */
    static StringSchema semver() {
        return string().check("semver.valid", SemVer::isValid, "{label} needs to be a valid semver expression");
    }

    /** {@code Joi.semverRange().valid()}: kept as written. */
    static StringSchema semverRange() {
        return string().check("semver.valid", v -> SemverRange.validRange(v).isPresent(), "{label} needs to be a valid semver range");
    }

    /** {@code Joi.alternatives().try(Joi.string().valid('latest'), Joi.semverRange().valid())}. */
    static AlternativesSchema versionOrLatest() {
        return alternatives(string().valid(str("latest")), semverRange());
    }

    /** {@code Joi.string().uri()} with optional schemes and relative references. */
    static StringSchema uri(boolean allowRelative, String... schemes) {
        String[] s = schemes.length == 0 ? null : schemes;
        if (s == null) {
            return string().check("string.uri", v -> JoiUri.isValid(v, new UriOptions(null, allowRelative)),
                    "{label} must be a valid uri");
        }
        return string().check("string.uriCustomScheme", v -> JoiUri.isValid(v, new UriOptions(List.of(s), allowRelative)),
                "{label} must be a valid uri with a scheme matching the " + String.join("|", s) + " pattern");
    }

    /** {@code Joi.string().email({ tlds: false })}. */
    static StringSchema email() {
        return string().check("string.email", JoiEmail::isValid, "{label} must be a valid email");
    }

    /** {@code Joi.string().isoDate()}: converted to {@code toISOString()} form. */
    static StringSchema isoDate() {
        return string().check("string.isoDate", JoiIsoDate::isIsoDate, "{label} must be in iso format")
                .converting((v, ctx) -> JoiIsoDate.convert(v, ctx.zone()));
    }

    /** The reference's {@code titleSchema}: trimmed, at least 1, at most 40 columns counting CJK as 2. */
    static StringSchema title() {
        return string().trim().min(1).custom((value, path, ctx) -> {
            if (CjkLength.of(value.stringValue()) > MAX_TITLE_LENGTH) {
                throw Reject.thrown("title.too-long", "title length should not exceed " + MAX_TITLE_LENGTH
                        + " (see: https://www.npmjs.com/package/cjk-length)");
            }
            return value;
        });
    }

    /** The reference's {@code descriptionSchema}. */
    static StringSchema description() {
        return string().trim().min(3).max(160);
    }

    /** The reference's {@code blockletNameSchema}: validate-npm-package-name rules, or a blocklet DID. */
    static StringSchema blockletName() {
        return string().custom((value, path, ctx) -> {
            var problem = BlockletName.validate(value.stringValue(), true);
            if (problem.isPresent()) {
                throw Reject.thrown("name.invalid", problem.get());
            }
            return value;
        });
    }

    /** The reference's {@code mountPointSchema}. */
    static StringSchema mountPoint() {
        return string().trim().min(1).custom((value, path, ctx) -> {
            if (!UrlPaths.isValidUrlPath(value.stringValue())) {
                throw Reject.message("mount-point.invalid",
                        "mountPoint cannot contain such characters space $*+~()'\"!:@\\");
            }
            return value;
        });
    }
}
