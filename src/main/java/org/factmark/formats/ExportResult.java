package org.factmark.formats;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.factmark.io.AtomicFiles;

/**
 * What an export produced and what it could not carry.
 *
 * @param files the files to write, by name relative to the output folder (one for a combined output);
 *              brat, for instance, gives an {@code .ann} per article and one {@code annotation.conf}
 * @param lost  one line per kind of loss, e.g. "attributes: not carried by CoNLL (44 annotations)";
 *              empty when nothing was lost
 */
public record ExportResult(List<OutputFile> files, List<String> lost) {
    public ExportResult {
        files = List.copyOf(files);
        lost = List.copyOf(lost);
    }

    /**
     * One output file, made as it is written: a large export goes to disk piece by piece, never whole in memory.
     */
    public record OutputFile(String name, Content content) {
        /** A file already made. */
        public OutputFile(String name, byte[] bytes) {
            this(name, out -> out.write(bytes));
        }

        /** Writes the file's bytes to {@code out}, leaving it open. */
        public void writeTo(OutputStream out) throws IOException {
            content.writeTo(out);
        }

        /** The whole file in memory: for small outputs and tests. */
        public byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException("writing to memory cannot fail", e);
            }
            return out.toByteArray();
        }

        /** Writes the file as {@code target}, as it is made, in one atomic step ({@link AtomicFiles}). */
        public void saveAs(Path target) throws IOException {
            AtomicFiles.write(target, temp -> {
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                     OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                    writeTo(out);
                    out.flush();
                    channel.force(true);
                }
                return null;
            });
        }
    }

    /** What makes a file's bytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The one-line summary the app shows and the CLI prints to stderr. */
    public String summary() {
        return lost.isEmpty() ? "Everything was exported." : "Not carried: " + String.join("; ", lost) + ".";
    }

    /**
     * The first of {@code targets} that is one of the exported articles or their sidecars: an export must never
     * write over the user's own files (brat, for one, writes a normalised copy of each article). Real paths are
     * compared, so neither a link at the target nor a linked folder on the way gets past.
     */
    public static java.util.Optional<java.nio.file.Path> clobbers(List<java.nio.file.Path> targets,
                                                                  List<ExportInput> inputs) {
        java.util.Set<java.nio.file.Path> own = new java.util.HashSet<>();
        for (ExportInput input : inputs) {
            own.add(AtomicFiles.realPath(input.article()));
            own.add(AtomicFiles.realPath(org.factmark.sidecar.SidecarStore.sidecarFor(input.article())));
        }
        return targets.stream().filter(t -> own.contains(AtomicFiles.realPath(t))
                || own.contains(AtomicFiles.replacedBy(t))).findFirst();
    }

    public boolean droppedSomething() {
        return !lost.isEmpty();
    }
}
