package org.factmark.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure Factmark against the bare toolkit on generated documents (needs a display, or "
                + "Xvfb).",
            "Sizes: small (100 KB, 1,000 annotations), medium (5 MB, 50,000), large (20 MB, 200,000), line (2 MB "
                + "without a line break); add (a 200 KB news page through factmark add). Results go to "
                + "target/bench/results.json."})
final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "SIZE", description = "small, medium, large, line, add (default: small medium)")
    List<String> sizes = new ArrayList<>();

    @Option(names = "--repeats", defaultValue = "3", description = "timed runs of open and save after a warm-up")
    int repeats;

    @Option(names = "--operations", defaultValue = "100", description = "annotate/relabel/delete rounds")
    int operations;

    @Option(names = "--profile", description = "record the measured edits with Flight Recorder (target/bench/*.jfr)")
    boolean profile;

    @Override
    public Integer call() throws Exception {
        List<String> args = new ArrayList<>(sizes);
        args.addAll(List.of("--repeats", String.valueOf(repeats), "--operations", String.valueOf(operations)));
        if (profile) {
            args.add("--profile");
        }
        // by name: the command line itself never loads JavaFX
        Class.forName("org.factmark.bench.Benchmark").getMethod("main", String[].class)
                .invoke(null, (Object) args.toArray(String[]::new));
        return FactmarkCli.OK;
    }
}
