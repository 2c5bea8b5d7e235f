package org.blocklet4j.meta.internal.rules;

import static org.blocklet4j.meta.internal.schema.Joi.object;
import static org.blocklet4j.meta.internal.schema.Joi.string;

import org.blocklet4j.meta.internal.schema.ObjectSchema;

/** {@code scripts}: lifecycle hooks, with the kebab-case names renamed to camelCase. */
final class Scripts {
    private Scripts() {
    }

    static final ObjectSchema SCRIPTS = object(
            "dev", string().trim().min(1),
            "e2eDev", string().trim().min(1),
            "preFlight", string().trim().min(1),
            "preInstall", string().trim().min(1),
            "postInstall", string().trim().min(1),
            "preStart", string().trim().min(1),
            "postStart", string().trim().min(1),
            "preStop", string().trim().min(1),
            "preUninstall", string().trim().min(1),
            "preConfig", string().trim().min(1))
            .rename("pre-flight", "preFlight")
            .rename("pre-install", "preInstall")
            .rename("post-install", "postInstall")
            .rename("pre-start", "preStart")
            .rename("post-start", "postStart")
            .rename("pre-stop", "preStop")
            .rename("pre-uninstall", "preUninstall")
            .rename("pre-config", "preConfig")
            .optional();
}
