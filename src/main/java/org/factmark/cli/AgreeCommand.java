package org.factmark.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.factmark.agree.Agreement;
import org.factmark.agree.Counts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "agree", mixinStandardHelpOptions = true,
        description = {"Measure how far two or more annotators agree on one article, per label and over all labels.",
            "Give each annotator's sidecar (read with the article its document.file names beside it), or the "
                + "articles, or folders of sidecars paired by file name. Span F1 is the first against the second "
                + "(exact and by overlap); Cohen's kappa (two annotators) and Krippendorff's alpha (nominal) are on "
                + "tokens coded 1 or 0 per label. See the README, Working as a team."})
final class AgreeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "SIDECAR_OR_ARTICLE")
    List<Path> inputs;

    @Option(names = "--json", description = "Print the figures and their counts as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<AgreeInputs.Article> articles;
        try {
            articles = AgreeInputs.read(inputs, err);
        } catch (AgreeInputs.Refused e) {
            err.println("factmark: " + e.getMessage());
            return FactmarkCli.ERROR;
        }
        List<Agreement.Report> reports = new ArrayList<>();
        for (AgreeInputs.Article a : articles) {
            reports.add(Agreement.measure(a.text().text(), a.annotators()));
        }
        Agreement.Report total = reports.stream().reduce(Agreement.Report::plus).orElseThrow();
        if (json) {
            Map<String, Object> root = report(total);
            if (articles.size() > 1) {
                List<Object> each = new ArrayList<>();
                for (int i = 0; i < articles.size(); i++) {
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put("article", articles.get(i).name());
                    one.put("sidecars", articles.get(i).sidecars().stream().map(Path::toString).toList());
                    one.putAll(report(reports.get(i)));
                    each.add(one);
                }
                root.put("articles", each);
            } else {
                root.put("sidecars", articles.get(0).sidecars().stream().map(Path::toString).toList());
            }
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
        } else {
            for (int i = 0; i < articles.size(); i++) {
                table(out, articles.get(i), reports.get(i));
            }
            if (articles.size() > 1) {
                out.println("All " + articles.size() + " articles together:");
                rows(out, total);
            }
        }
        out.flush();
        return FactmarkCli.OK;
    }

    private static void table(PrintWriter out, AgreeInputs.Article article, Agreement.Report r) {
        out.println(article.name() + ": " + r.annotators() + " annotators, " + r.tokens() + " tokens");
        for (int i = 0; i < article.sidecars().size(); i++) {
            out.println("  " + (i + 1) + " " + article.sidecars().get(i));
        }
        rows(out, r);
    }

    private static void rows(PrintWriter out, Agreement.Report r) {
        boolean two = r.annotators() == 2;
        out.printf("  %-14s %-13s %8s %10s %7s %7s%n", "label", "spans", "F1 exact", "F1 overlap",
                two ? "kappa" : "", "alpha");
        r.labels().forEach((label, c) -> row(out, label, c, two));
        row(out, "all labels", r.overall(), two);
    }

    private static void row(PrintWriter out, String label, Counts c, boolean two) {
        String spans = String.join(" / ", c.spans().stream().map(String::valueOf).toList());
        out.printf(Locale.ROOT, "  %-14s %-13s %8.3f %10.3f %7s %7.3f%n", label, spans, c.f1Exact(), c.f1Overlap(),
                two ? String.format(Locale.ROOT, "%.3f", c.cohenKappa()) : "", c.krippendorffAlpha());
    }

    /** The report as the JSON the README documents: figures, then the counts behind them. */
    private static Map<String, Object> report(Agreement.Report r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("annotators", r.annotators());
        root.put("tokens", r.tokens());
        root.putAll(figures(r.overall(), r.annotators()));
        Map<String, Object> labels = new LinkedHashMap<>();
        r.labels().forEach((label, c) -> labels.put(label, figures(c, r.annotators())));
        root.put("labels", labels);
        return root;
    }

    private static Map<String, Object> figures(Counts c, int annotators) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("f1Exact", c.f1Exact());
        m.put("f1Overlap", c.f1Overlap());
        if (annotators == 2) {
            m.put("cohenKappa", c.cohenKappa());
        }
        m.put("krippendorffAlpha", c.krippendorffAlpha());
        m.put("spans", c.spans());
        m.put("exactMatches", c.exactMatches());
        m.put("overlapMatches", c.overlapMatches());
        m.put("units", c.units());
        m.put("marked", c.marked());
        m.put("both", c.both());
        m.put("firstOnly", c.firstOnly());
        m.put("secondOnly", c.secondOnly());
        m.put("neither", c.neither());
        m.put("disagreement", c.disagreement());
        return m;
    }
}
