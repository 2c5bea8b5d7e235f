package org.blocklet4j.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = BlockletCommand.class.getPackage().getImplementationVersion();
        return new String[] {"blocklet4j " + (v == null ? "development build" : v)};
    }
}
