package org.factmark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.factmark.gitmerge.SidecarMerge;
import org.factmark.io.AtomicFiles;
import org.factmark.io.FileReads;
import org.factmark.merge.Conflict;
import org.factmark.model.Annotation;
import org.factmark.sidecar.SidecarException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "merge-driver", mixinStandardHelpOptions = true,
        description = {"Git's merge driver for sidecars (factmark git-setup installs it): merges THEIRS into OURS "
            + "from BASE, by annotation id and field, and writes the result to OURS.",
            "Exit 0 when merged cleanly, 1 when conflicts are left (marked in the sidecar, which stays valid JSON; "
                + "factmark validate lists them), 2 when a file is not a sidecar (OURS is then left as it was)."})
final class MergeDriverCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE")
    Path base;

    @Parameters(index = "1", paramLabel = "OURS")
    Path ours;

    @Parameters(index = "2", paramLabel = "THEIRS")
    Path theirs;

    @Parameters(index = "3", arity = "0..1", paramLabel = "PATH", description = "the sidecar's path in the repository, for messages")
    String path;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        String name = path != null ? path : ours.toString();
        SidecarMerge.Outcome outcome;
        try {
            outcome = SidecarMerge.merge(FileReads.sidecar(base), FileReads.sidecar(ours), FileReads.sidecar(theirs));
        } catch (SidecarException e) {
            err.println("factmark: " + name + ": cannot merge, " + e.getMessage() + " (our version is kept as it was)");
            return FactmarkCli.ERROR;
        }
        AtomicFiles.write(ours, outcome.merged());
        for (Conflict c : outcome.annotations().conflicts()) {
            err.println("factmark: " + name + ": conflict: " + describe(c));
        }
        for (String field : outcome.fieldClashes()) {
            err.println("factmark: " + name + ": conflict: both changed " + field + " (ours kept, both values listed "
                    + "under \"" + SidecarMerge.CONFLICTS + "\")");
        }
        if (outcome.reanchor()) {
            err.println("factmark: " + name + ": the two sides annotated different versions of the article; "
                    + "the annotations will be placed again when it is opened (or run factmark reanchor)");
        }
        err.flush();
        return outcome.conflicts() > 0 ? FactmarkCli.PROBLEMS : FactmarkCli.OK;
    }

    private static String describe(Conflict c) {
        Annotation a = c.mine() != null ? c.mine() : c.theirs();
        String what = a.label() + " " + quoted(a) + " (" + a.id() + ")";
        return switch (c.kind()) {
            case BOTH_CHANGED -> what + ": both changed " + String.join(", ", c.fields().stream().map(SidecarMerge::fieldName).toList())
                    + "; theirs is beside ours, marked \"conflict\"";
            case DELETED_HERE_CHANGED_THERE -> what + ": deleted in ours, changed in theirs; theirs is back, marked "
                    + "\"conflict\"";
            case CHANGED_HERE_DELETED_THERE -> what + ": changed in ours, deleted in theirs; ours stays, marked "
                    + "\"conflict\"";
            case DIFFERS -> what + ": differs";
        };
    }

    private static String quoted(Annotation a) {
        Object text = a.extra().get("text");
        if (!(text instanceof String s)) {
            return "at " + a.start() + "–" + a.end();
        }
        String one = s.replace('\n', ' ');
        return "“" + (one.length() > 40 ? one.substring(0, 39) + "…" : one) + "”";
    }
}
