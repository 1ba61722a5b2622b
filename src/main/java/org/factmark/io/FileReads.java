package org.factmark.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Locale;

/**
 * The one way Factmark reads a whole file: only a regular file (a link to one is followed), and only up to a
 * bound. A FIFO would block the read forever and a device such as {@code /dev/zero} has no end (and reports
 * size 0): both are refused before they are opened, as is a file larger than the bound.
 */
public final class FileReads {
    /** Sidecars, recovery copies, previous versions and import sources larger than this are refused. */
    public static final long MAX_SIDECAR_BYTES = Long.getLong("factmark.maxSidecarBytes", 1L << 30);
    /** A label schema or a preferences file is a few kilobytes; this is far beyond any real one. */
    public static final long MAX_SETTINGS_BYTES = 16L << 20;

    private FileReads() {
    }

    /** A file that is not one Factmark reads: not a regular file, or too large. The message names it. */
    public static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    /** A sidecar's bytes, or those of a file in its format (a recovery copy, a previous version, an import). */
    public static byte[] sidecar(Path file) throws IOException {
        return read(file, MAX_SIDECAR_BYTES);
    }

    /** A small settings file's bytes: labels.json, preferences, recent files. */
    public static byte[] settings(Path file) throws IOException {
        return read(file, MAX_SETTINGS_BYTES);
    }

    /**
     * The bytes of {@code file}, a regular file of at most {@code max} bytes.
     *
     * @throws Refused when it is a folder, a FIFO, a device or a socket, or larger than {@code max}
     */
    public static byte[] read(Path file, long max) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            throw new Refused(file + " is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new Refused(file + " is not a regular file (it is a pipe, a device or a socket); Factmark reads "
                    + "only regular files");
        }
        long limit = Math.min(max, Integer.MAX_VALUE - 16);
        if (attributes.size() > limit) {
            throw tooLarge(file, attributes.size(), limit);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = new byte[(int) attributes.size()];
            int read = in.readNBytes(bytes, 0, bytes.length);
            if (read < bytes.length) { // it shrank since its size was read
                return Arrays.copyOf(bytes, read);
            }
            // longer than its size said (it grew, or the system does not know its size): read on, to the bound
            byte[] rest = in.readNBytes((int) (limit - bytes.length + 1));
            if (bytes.length + rest.length > limit) {
                throw tooLarge(file, bytes.length + (long) rest.length, limit);
            }
            return rest.length == 0 ? bytes : concat(bytes, rest);
        }
    }

    private static byte[] concat(byte[] start, byte[] rest) {
        byte[] all = Arrays.copyOf(start, start.length + rest.length);
        System.arraycopy(rest, 0, all, start.length, rest.length);
        return all;
    }

    private static Refused tooLarge(Path file, long size, long limit) {
        return new Refused(file + " is larger than " + mib(limit) + " (" + mib(size) + "), more than Factmark "
                + "reads as a file of this kind");
    }

    /** "64.0 MB". */
    public static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
