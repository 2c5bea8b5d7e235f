package org.blocklet4j.meta;

/** How much a {@link Diagnostic} matters: only errors make a manifest invalid. */
public enum Severity {
    /** The manifest is rejected, as the reference rejects it. */
    ERROR,
    /** The manifest is accepted, but something was dropped or is likely a mistake (an unknown key, say). */
    WARNING;

    /** The lower-case name used in every output format: {@code error} or {@code warning}. */
    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
