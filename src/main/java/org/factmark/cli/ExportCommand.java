package org.factmark.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.factmark.formats.ExportInput;
import org.factmark.formats.ExportResult;
import org.factmark.formats.Exporter;
import org.factmark.formats.Formats;
import org.factmark.prefs.Preferences;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the annotations of each ARTICLE in another tool's format.",
            "CSV, JSONL and W3C combine all articles into one output; the others write one file (or more) per "
                + "article. What a format cannot carry is summarised on stderr."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "w3c, brat, csv, jsonl, conll, html or claimreview")
    String format;

    @Option(names = "--output", paramLabel = "PATH",
            description = "the file to write (a folder for formats that write several files); "
                    + "without it a single output goes to stdout")
    Path output;

    @Option(names = "--strict", description = "exit with 1 when the format had to drop something")
    boolean strict;

    @Option(names = "--publisher", paramLabel = "NAME",
            description = "the name published formats (claimreview) give as their author, remembered for next "
                    + "time; without it the one given before, else no author")
    String publisher;

    @Parameters(arity = "1..*", paramLabel = "ARTICLE", description = "the articles (their sidecars are beside them)")
    List<Path> articles;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Exporter> exporter = Formats.exporter(format);
        if (exporter.isEmpty()) {
            err.println("factmark: unknown format \"" + format + "\"; the formats are "
                    + Formats.exporters().stream().map(Exporter::name).collect(Collectors.joining(", ")));
            return FactmarkCli.ERROR;
        }
        List<ExportInput> inputs = new ArrayList<>();
        for (Path article : articles) {
            Optional<Articles.Loaded> loaded = Articles.open(article, err);
            if (loaded.isEmpty()) {
                return FactmarkCli.ERROR;
            }
            inputs.add(loaded.get().input());
        }
        ExportResult result = publishing(exporter.get()).export(inputs);
        List<ExportResult.OutputFile> files = result.files();
        if (output == null) {
            if (files.size() != 1) {
                err.println("factmark: " + format + " writes " + files.size() + " files here ("
                        + files.stream().map(ExportResult.OutputFile::name).collect(Collectors.joining(", "))
                        + "): give --output FOLDER");
                return FactmarkCli.ERROR;
            }
            try (OutputStream out = new TextOut(spec.commandLine().getOut())) {
                files.get(0).writeTo(out);
            }
        } else {
            boolean single = files.size() == 1 && !Files.isDirectory(output);
            if (!single && Files.exists(output) && !Files.isDirectory(output)) {
                err.println("factmark: --output " + output + " is not a folder, but " + format + " writes "
                        + files.size() + " files here (" + files.stream().map(ExportResult.OutputFile::name)
                        .collect(Collectors.joining(", ")) + "): give a folder");
                return FactmarkCli.ERROR;
            }
            List<Path> targets = single ? List.of(output)
                    : files.stream().map(f -> output.resolve(f.name())).toList();
            Optional<Path> clobbered = ExportResult.clobbers(targets, inputs);
            if (clobbered.isPresent()) {
                err.println("factmark: the export would write over " + clobbered.get()
                        + ", one of the articles or sidecars being exported; choose another --output");
                return FactmarkCli.ERROR;
            }
            if (!single) {
                Files.createDirectories(output);
            }
            for (int i = 0; i < targets.size(); i++) {
                write(targets.get(i), files.get(i));
            }
        }
        err.println(format + ": " + result.summary());
        return strict && result.droppedSomething() ? FactmarkCli.PROBLEMS : FactmarkCli.OK;
    }

    /** The format, publishing under the name given now or chosen before (then kept in the preferences). */
    private Exporter publishing(Exporter format) {
        if (!format.publishes()) {
            return format;
        }
        Preferences prefs = Preferences.standard();
        if (publisher != null && !publisher.isBlank()) {
            prefs.setPublisher(publisher);
        }
        return format.publishedBy(prefs.publisher());
    }

    private static void write(Path target, ExportResult.OutputFile file) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        file.saveAs(target);
    }

    /** UTF-8 bytes decoded as they come onto the command's text output, which it flushes and leaves open. */
    private static final class TextOut extends OutputStream {
        private final PrintWriter text;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final ByteBuffer in = ByteBuffer.allocate(1 << 16);
        private final CharBuffer out = CharBuffer.allocate(1 << 16);

        TextOut(PrintWriter text) {
            this.text = text;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            while (length > 0) {
                int n = Math.min(length, in.remaining());
                in.put(bytes, offset, n);
                offset += n;
                length -= n;
                decode(false);
            }
        }

        private void decode(boolean end) {
            in.flip();
            CoderResult result;
            do {
                result = decoder.decode(in, out, end);
                out.flip();
                text.append(out);
                out.clear();
            } while (result.isOverflow());
            in.compact();
        }

        @Override
        public void close() {
            decode(true);
            text.flush();
        }
    }
}
