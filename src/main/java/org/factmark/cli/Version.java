package org.factmark.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version}: the build's, from the jar manifest when there is one. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = FactmarkCli.class.getPackage().getImplementationVersion();
        return new String[] {"factmark " + (v == null ? "0.1.0-SNAPSHOT" : v),
            "sidecar format factmark.annotations version 1"};
    }
}
