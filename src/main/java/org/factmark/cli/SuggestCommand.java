package org.factmark.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.factmark.model.LabelSchemaRef;
import org.factmark.model.SidecarContent;
import org.factmark.sidecar.SidecarStore;
import org.factmark.suggest.Acceptance;
import org.factmark.suggest.Prose;
import org.factmark.suggest.Rejections;
import org.factmark.suggest.Suggesters;
import org.factmark.suggest.Suggestion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = {"Find figures, quotes with their speakers, dates and check-worthy sentences in each ARTICLE.",
            "Prints the suggestions; with --accept adds them to the sidecar as annotations (skipping ones already "
                + "there or in its \"rejected\" list)."})
final class SuggestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ARTICLE")
    List<Path> articles;

    @Option(names = "--labels", paramLabel = "LABELS",
            description = "Only these labels, comma-separated: figure, quote, event, assertion (default: all).")
    String labels;

    @Option(names = "--json", description = "Print a JSON array of {label, start, end, text, attributes, rule, "
            + "score, reason, article}; offsets in code points.")
    boolean json;

    @Option(names = "--accept", description = "Add the suggestions to each ARTICLE's sidecar as annotations.")
    boolean accept;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The article's date, for relative dates, when its sidecar's document.source has none.")
    LocalDate date;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> wanted = labels == null ? null : Suggesters.parseLabels(labels);
        if (wanted != null) {
            List<String> unknown = wanted.stream().filter(l -> !Suggesters.labels().contains(l)).toList();
            if (!unknown.isEmpty() || wanted.isEmpty()) {
                err.println("factmark suggest: unknown label " + String.join(", ", unknown) + " in --labels (known: "
                        + String.join(", ", Suggesters.labels()) + ")");
                return FactmarkCli.ERROR;
            }
        }
        int code = FactmarkCli.OK;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Path article : articles) {
            Optional<Articles.Loaded> loaded = Articles.open(article, err);
            if (loaded.isEmpty()) {
                code = FactmarkCli.ERROR;
                continue;
            }
            SidecarContent content = loaded.get().opened().content();
            LocalDate published = Suggesters.publishedDate(content.source());
            Prose prose = Prose.of(content.article(), published != null ? published : date);
            List<Suggestion> found = Suggesters.run(prose, wanted);
            if (accept) {
                accept(article, loaded.get(), content, prose, found, err);
            } else if (json) {
                found.forEach(s -> rows.add(row(article, s, prose)));
            } else {
                print(out, article, prose, found);
            }
        }
        if (json && !accept) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
        }
        out.flush();
        return code;
    }

    private static Map<String, Object> row(Path article, Suggestion s, Prose prose) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("label", s.label());
        row.put("start", s.start());
        row.put("end", s.end());
        row.put("text", s.text(prose));
        row.put("attributes", s.attributes());
        row.put("rule", s.rule());
        row.put("score", s.score());
        row.put("reason", s.reason());
        row.put("article", article.toString());
        return row;
    }

    private static void print(PrintWriter out, Path article, Prose prose, List<Suggestion> found) {
        out.println(article + ": " + found.size() + (found.size() == 1 ? " suggestion" : " suggestions"));
        for (Suggestion s : found) {
            StringBuilder details = new StringBuilder();
            s.attributes().forEach((k, v) -> details.append(' ').append(k).append('=').append(v));
            String text = s.text(prose).replace('\n', ' ');
            out.printf("  %d-%d %-9s “%s”%s  (%s, %.2f)%n", s.start(), s.end(), s.label(),
                    text.length() > 100 ? text.substring(0, 99) + "…" : text, details, s.rule(), s.score());
        }
    }

    private static void accept(Path article, Articles.Loaded loaded, SidecarContent content, Prose prose,
                               List<Suggestion> found, PrintWriter err) throws IOException {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Acceptance.Result result = Acceptance.accept(content, found, prose, System.getProperty("user.name", ""), now);
        int n = result.added().size();
        String summary = article + ": " + (n == 0 ? "no suggestions added" : n == 1 ? "1 suggestion added as an "
                + "annotation" : n + " suggestions added as annotations")
                + (result.alreadyThere() > 0 ? ", " + result.alreadyThere() + " already annotated" : "")
                + (result.rejected() > 0 ? ", " + result.rejected() + " rejected before (in \""
                + Rejections.FIELD + "\")" : "");
        if (result.added().isEmpty()) {
            err.println(summary + "; the sidecar was not written.");
            return;
        }
        SidecarContent next = result.content();
        if (next.labelSchema() == null) {
            next = new SidecarContent(next.article(), next.annotations(), next.orphans(), next.topExtra(),
                    next.documentExtra(), LabelSchemaRef.of(loaded.input().labels()));
        }
        SidecarStore.save(article, next, loaded.opened().sidecarBroken());
        err.println(summary + ".");
    }
}
