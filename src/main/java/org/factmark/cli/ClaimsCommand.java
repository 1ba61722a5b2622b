package org.factmark.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.factmark.claims.Claim;
import org.factmark.claims.ClaimFolder;
import org.factmark.claims.ClaimGroups;
import org.factmark.claims.ClaimIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {"Print the groups of similar assertions across the articles of FOLDER (and its subfolders), "
                + "with their verdicts.",
            "Sidecars that cannot be read are named on stderr (exit 1); the others are still grouped."})
final class ClaimsCommand implements Callable<Integer> {
    static final String LABEL = "assertion";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FOLDER")
    Path folder;

    @Option(names = "--json", description = "an array of groups: {\"claims\": [{\"article\", \"id\", \"text\", "
            + "\"verdict\"}]}, articles relative to FOLDER")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ClaimFolder.Read read;
        try {
            read = ClaimFolder.read(folder, Set.of(LABEL), false);
        } catch (IOException e) {
            err.println("factmark: " + e.getMessage());
            return FactmarkCli.ERROR;
        }
        read.problems().forEach(p -> err.println("factmark: " + p));
        List<List<Claim>> groups = new ArrayList<>();
        for (List<Claim> group : ClaimGroups.of(new ClaimIndex(read.claims()), LABEL)) {
            if (group.stream().map(Claim::article).distinct().count() > 1) {
                groups.add(group);
            }
        }
        if (json) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(asJson(groups)));
        } else {
            out.println(groups.size() + (groups.size() == 1 ? " group" : " groups") + " of similar assertions in "
                    + read.claims().size() + " assertions");
            for (List<Claim> group : groups) {
                out.println();
                for (Claim c : group) {
                    out.printf("  %-16s %s: %s%n", c.verdict().isBlank() ? "(no verdict)" : c.verdict(),
                            relative(c.article()), oneLine(c.text()));
                }
            }
        }
        out.flush();
        return read.problems().isEmpty() ? FactmarkCli.OK : FactmarkCli.PROBLEMS;
    }

    private ArrayNode asJson(List<List<Claim>> groups) {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        for (List<Claim> group : groups) {
            ArrayNode claims = array.addObject().putArray("claims");
            for (Claim c : group) {
                ObjectNode o = claims.addObject();
                o.put("article", relative(c.article()));
                o.put("id", c.id());
                o.put("text", c.text());
                if (c.verdict().isBlank()) {
                    o.putNull("verdict");
                } else {
                    o.put("verdict", c.verdict());
                }
            }
        }
        return array;
    }

    private String relative(Path article) {
        return folder.relativize(article).toString().replace('\\', '/');
    }

    private static String oneLine(String text) {
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() > 100 ? one.substring(0, 99) + "…" : one;
    }
}
