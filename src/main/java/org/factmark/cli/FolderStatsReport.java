package org.factmark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factmark.desk.Desk;
import org.factmark.desk.DeskEntry;
import org.factmark.desk.FolderStats;
import org.factmark.desk.Statuses;
import org.factmark.labels.LabelSchemaLoader;
import org.factmark.model.LabelSet;

/** {@code factmark stats FOLDER}: the figures of every article in a folder tree, and the verdicts over time. */
final class FolderStatsReport {
    private FolderStatsReport() {
    }

    /** Prints the folder's figures; the exit code is {@link FactmarkCli#PROBLEMS} when some files are broken. */
    static int print(Path folder, PrintWriter out, PrintWriter err) throws IOException {
        List<DeskEntry> entries = Desk.scan(folder);
        Statuses.Loaded statuses = Statuses.forFolder(folder);
        statuses.problem().ifPresent(p -> err.println("factmark: warning: " + p));
        LabelSet labels = LabelSchemaLoader.forArticle(folder.resolve("labels.json")).labels();
        FolderStats stats = FolderStats.of(entries, statuses.statuses());
        int annotations = stats.byLabel().values().stream().mapToInt(Integer::intValue).sum();
        out.println(folder + ": " + count(stats.usable(), "article") + (stats.broken() == 0 ? ""
                : " (and " + stats.broken() + " that cannot be read)") + ", " + count(annotations, "annotation")
                + "; " + count(stats.assertions(), "assertion") + ", " + stats.rated() + " rated; "
                + stats.done() + " of " + stats.usable() + " " + statuses.statuses().done());
        table(out, "status", stats.byStatus(), s -> s);
        Map<String, Integer> byLabel = new java.util.LinkedHashMap<>();
        labels.labels().forEach(def -> byLabel.put(def.id(), 0));
        stats.byLabel().forEach((id, n) -> byLabel.merge(id, n, Integer::sum));
        table(out, "label", byLabel, id -> labels.nameOf(id).toLowerCase(Locale.ROOT));
        List<String> verdicts = verdictOrder(labels, stats);
        if (stats.assertions() > 0) {
            Map<String, Integer> ordered = new java.util.LinkedHashMap<>();
            verdicts.forEach(v -> ordered.put(v, stats.verdicts().getOrDefault(v, 0)));
            table(out, "verdict", ordered, v -> v);
            overTime(out, stats, verdicts);
        }
        for (DeskEntry broken : entries) {
            if (broken.isBroken()) {
                err.println("factmark: " + broken.article() + ": " + broken.problem());
            }
        }
        out.flush();
        return stats.broken() == 0 ? FactmarkCli.OK : FactmarkCli.PROBLEMS;
    }

    /** The schema's verdicts in its order, then any others the folder uses. */
    private static List<String> verdictOrder(LabelSet labels, FolderStats stats) {
        Set<String> order = new LinkedHashSet<>();
        labels.byId("assertion").flatMap(d -> d.attribute("verdict")).ifPresent(d -> order.addAll(d.values()));
        order.addAll(stats.verdicts().keySet());
        order.removeIf(v -> !stats.verdicts().containsKey(v));
        return new ArrayList<>(order);
    }

    private static void overTime(PrintWriter out, FolderStats stats, List<String> verdicts) {
        out.println("  verdicts by the articles' month");
        StringBuilder head = new StringBuilder(String.format("    %-10s", "month"));
        verdicts.forEach(v -> head.append(String.format(" %" + Math.max(5, v.length()) + "s", v)));
        out.println(head.toString().stripTrailing());
        stats.verdictsByMonth().forEach((month, counts) -> {
            StringBuilder row = new StringBuilder(String.format("    %-10s", month));
            verdicts.forEach(v -> row.append(String.format(" %" + Math.max(5, v.length()) + "d",
                    counts.getOrDefault(v, 0))));
            out.println(row);
        });
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static void table(PrintWriter out, String heading, Map<String, Integer> counts,
                              java.util.function.UnaryOperator<String> name) {
        out.println("  " + heading);
        counts.forEach((key, n) -> out.printf("    %-18s %5d%n", name.apply(key), n));
    }
}
