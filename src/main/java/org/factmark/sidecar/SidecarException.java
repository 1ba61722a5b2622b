package org.factmark.sidecar;

/** A sidecar that cannot be read as version 1 of the contract; the message says where and what. */
public final class SidecarException extends Exception {
    public SidecarException(String message) {
        super(message);
    }
}
