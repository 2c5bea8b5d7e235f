package org.blocklet4j.cli;

import org.blocklet4j.meta.ManifestResult;

/** One manifest as checked: the path as given on the command line and the result. */
record Checked(String path, ManifestResult result) {
    /** The file the positions refer to: the manifest read, else the path as given. */
    String file() {
        return result.source().map(Object::toString).orElse(path);
    }
}
