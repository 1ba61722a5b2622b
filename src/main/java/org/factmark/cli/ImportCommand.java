package org.factmark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.factmark.edit.AnnotationDocument;
import org.factmark.formats.FormatException;
import org.factmark.formats.Formats;
import org.factmark.formats.ImportResult;
import org.factmark.formats.Importer;
import org.factmark.formats.Imports;
import org.factmark.io.AtomicFiles;
import org.factmark.io.FileReads;
import org.factmark.merge.Conflict;
import org.factmark.merge.MergeResult;
import org.factmark.merge.ThreeWayMerge;
import org.factmark.model.Annotation;
import org.factmark.model.LabelSchemaRef;
import org.factmark.model.SidecarContent;
import org.factmark.sidecar.SidecarStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Merge annotations another tool produced into ARTICLE's sidecar.",
            "The old sidecar is kept as ARTICLE.annotations.json.before-import-<time>; what cannot be imported "
                + "is listed on stderr."})
final class ImportCommand implements Callable<Integer> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "w3c, brat or jsonl")
    String format;

    @Option(names = "--from", required = true, paramLabel = "SOURCE", description = "the file to import")
    Path source;

    @Parameters(paramLabel = "ARTICLE", description = "the article whose sidecar receives the annotations")
    Path article;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Importer> importer = Formats.importer(format);
        if (importer.isEmpty()) {
            err.println("factmark: cannot import \"" + format + "\"; import reads "
                    + Formats.importers().stream().map(Importer::name).collect(Collectors.joining(", ")));
            return FactmarkCli.ERROR;
        }
        if (!Files.isRegularFile(source)) {
            err.println("factmark: " + source + " does not exist or is not a file");
            return FactmarkCli.ERROR;
        }
        Optional<Articles.Loaded> loaded = Articles.open(article, err);
        if (loaded.isEmpty()) {
            return FactmarkCli.ERROR;
        }
        SidecarContent content = loaded.get().opened().content();
        ImportResult result;
        try {
            result = Imports.read(importer.get(), FileReads.sidecar(source), content.article(),
                    loaded.get().input().labels());
        } catch (FormatException e) {
            err.println("factmark: " + source + ": " + e.getMessage());
            return FactmarkCli.ERROR;
        }
        if (result.annotations().isEmpty()) { // no sidecar made, none rewritten, no backup
            err.println(format + ": " + result.summary() + " Nothing to import: "
                    + SidecarStore.sidecarFor(article).getFileName() + " was not written.");
            return FactmarkCli.OK;
        }
        AnnotationDocument doc = new AnnotationDocument(article, content.article(), content.annotations(),
                content.orphans(), content.topExtra(), content.documentExtra(), false, Clock.systemUTC());
        doc.setLabelSchema(content.labelSchema() != null ? content.labelSchema()
                : LabelSchemaRef.of(loaded.get().input().labels()));
        MergeResult merged = ThreeWayMerge.importInto(content.annotations(), result.annotations());
        if (!merged.changesNothing()) {
            doc.applyMerge("Import", merged);
            Path sidecar = SidecarStore.sidecarFor(article);
            if (Files.exists(sidecar)) {
                Path backup = AtomicFiles.copyToNewName(sidecar, sidecar.getFileName() + ".before-import-"
                        + ZonedDateTime.now(ZoneOffset.UTC).format(STAMP));
                err.println("kept the old sidecar as " + backup.getFileName());
            }
            SidecarStore.save(article, doc.snapshot(), false);
        }
        err.println(format + ": " + summary(merged, result));
        merged.conflicts().forEach(c -> err.println("  conflict: " + conflict(c)));
        return FactmarkCli.OK;
    }

    /** "3 annotations imported (1 conflict to resolve). 2 already present, not added twice. Skipped 1: …" */
    static String summary(MergeResult merged, ImportResult result) {
        int n = merged.joined();
        int conflicts = merged.conflicts().size();
        int already = merged.alreadyPresent().size();
        return n + (n == 1 ? " annotation" : " annotations") + " imported"
                + (conflicts > 0 ? " (" + conflicts + (conflicts == 1 ? " conflict" : " conflicts") + " to resolve)"
                : "") + "."
                + (already > 0 ? " " + already + " already present, not added twice." : "")
                + (result.skipped().isEmpty() ? "" : " Skipped " + result.skipped().size() + ": "
                + String.join("; ", result.skipped()) + ".");
    }

    private static String conflict(Conflict c) {
        Annotation theirs = c.theirs();
        return theirs.label() + " " + theirs.id() + " differs from " + c.mine().id() + " in "
                + String.join(", ", c.fields()) + "; added beside it as " + c.added().id()
                + ", marked in its \"conflict\" field";
    }
}
