package org.factmark.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.factmark.edit.AnnotationDocument;
import org.factmark.prefs.Preferences;
import org.factmark.prefs.RecentFiles;
import org.factmark.recovery.WorkStore;
import org.factmark.sidecar.SidecarStore;
import org.factmark.ui.MainWindow;
import org.factmark.ui.article.ArticleArea;
import org.factmark.ui.list.AnnotationList;

/**
 * The benchmark ({@code mvn -B -Pbench verify}, README "Speed"): measures Factmark against the bare toolkit on generated documents and prints a
 * table (written as JSON to {@code target/bench/results.json} too). Open, annotate, relabel, delete, jump and
 * save go through the code paths the user's keys and clicks use; the floor is a bare RichTextFX area given the
 * same text and style spans in one call, and bare Jackson reading and writing the same sidecar.
 */
public final class Benchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final int repeats;
    private final int operations;
    private final Path folder;
    private final boolean profile;
    private final boolean filesOnly;
    /** {@code --no-floor}: without the bare toolkit's floor (minutes for a text without line breaks). */
    private boolean noFloor;
    private final List<Map<String, Object>> results = new ArrayList<>();

    private Benchmark(int repeats, int operations, Path folder, boolean profile, boolean filesOnly) {
        this.profile = profile;
        this.filesOnly = filesOnly;
        this.repeats = repeats;
        this.operations = operations;
        this.folder = folder;
    }

    /**
     * Arguments: sizes (small, medium, large, line, zh), then optional {@code --repeats N --operations N}, and
     * {@code --profile} to record the measured edits with Flight Recorder ({@code target/bench/<doc>-edits.jfr}),
     * and {@code --files} to measure only opening and saving (with the heartbeat), without the edits and the floor.
     */
    public static void main(String[] args) throws Exception {
        List<String> sizes = new ArrayList<>();
        int repeats = 3;
        int operations = 100;
        boolean profile = false;
        boolean filesOnly = false;
        boolean noFloor = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--repeats" -> repeats = Integer.parseInt(args[++i]);
                case "--operations" -> operations = Integer.parseInt(args[++i]);
                case "--profile" -> profile = true;
                case "--files" -> filesOnly = true;
                case "--no-floor" -> noFloor = true;
                default -> sizes.add(args[i]);
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of("small", "medium");
        }
        Path folder = Path.of("target", "bench");
        Files.createDirectories(folder);
        if ("Monocle".equals(System.getProperty("glass.platform")) && System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "1440x900-32"); // its default screen is smaller than the window
        }
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        Benchmark bench = new Benchmark(repeats, operations, folder, profile, filesOnly);
        bench.noFloor = noFloor;
        System.out.printf("Factmark benchmark — %s, %d cores, Java %s, prism %s%n", System.getProperty("os.name"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("prism.order", "default"));
        for (String size : sizes) {
            if (size.equals("add")) {
                bench.results.add(AddBench.measure(folder, repeats));
                continue;
            }
            if (size.equals("claims")) {
                bench.results.add(ClaimsBench.measure(folder, repeats));
                continue;
            }
            if (size.equals("search")) {
                bench.results.add(SearchBench.measure(folder, repeats));
                continue;
            }
            if (size.equals("compare")) {
                bench.results.add(CompareBench.measure(folder, repeats));
                continue;
            }
            Corpus.Doc doc = switch (size) {
                case "small" -> Corpus.make(folder, "small-100k", 100_000, 1_000, true);
                case "medium" -> Corpus.make(folder, "medium-5m", 5_000_000, 50_000, true);
                case "large" -> Corpus.make(folder, "large-20m", 20_000_000, 200_000, true);
                case "line" -> Corpus.make(folder, "line-2m", 2_000_000, 20_000, false);
                case "zh" -> Corpus.chinese(folder, "zh-2m", 2_000_000, 20_000);
                default -> throw new IllegalArgumentException("unknown size " + size);
            };
            bench.measure(doc);
        }
        bench.startup();
        JSON.enable(SerializationFeature.INDENT_OUTPUT).writeValue(folder.resolve("results.json").toFile(),
                bench.results);
        System.out.println("results: " + folder.resolve("results.json"));
        Platform.exit();
        System.exit(0);
    }

    private void measure(Corpus.Doc doc) throws Exception {
        System.out.printf("%n%s: %,d characters, %,d annotations%n", doc.name(), doc.bytes(), doc.annotations());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("document", doc.name());
        row.put("characters", doc.bytes());
        row.put("annotations", doc.annotations());

        Floor floor = filesOnly || noFloor ? null : Floor.measure(doc, repeats, operations, folder); // first, in a clean heap
        Path work = Files.createTempDirectory("factmark-bench");
        long heapBefore = Floor.usedHeap();
        Stage stage = Frames.onFx(() -> new Stage());
        MainWindow window = Frames.onFx(() -> {
            MainWindow w = new MainWindow(stage, new RecentFiles(work.resolve("recent.json")),
                    new Preferences(work.resolve("prefs.json")), new WorkStore(work));
            stage.show();
            return w;
        });
        Scene scene = stage.getScene();
        Heartbeat openBeat = new Heartbeat();
        jdk.jfr.Recording openRecording = profile ? Profiling.start() : null;
        java.util.Random phase = new Random(11);
        List<Long> open = Rounds.measure(repeats, () -> {
            Frames.anyPhase(phase);
            AnnotationDocument before = window.document();
            return Frames.untilFrameWhen(() -> scene, () -> window.open(doc.article()),
                    () -> window.document() != null && window.document() != before
                            && articleLength((ArticleArea) scene.lookup("#article")) == doc.bytes());
        });
        openBeat.close();
        if (openRecording != null) {
            Profiling.stop(openRecording, folder.resolve(doc.name() + "-open.jfr"));
        }
        // with the window settled: the text area that was replaced, and its document, are let go only once
        // the next frames have passed
        Thread.sleep(1500);
        Frames.untilNextFrame(() -> scene, () -> { });
        long heapOpen = Floor.usedHeap() - heapBefore;
        Stats openStats = Stats.of(open);
        report(row, "open", openStats);
        row.put("open longest block ms", openBeat.longestMs());
        System.out.printf("  %-22s %8.1f ms%n", "open: longest block", openBeat.longestMs());

        ArticleArea area = Frames.onFx(() -> (ArticleArea) scene.lookup("#article"));
        AnnotationDocument document = window.document();
        String text = document.text();
        if (!filesOnly) {
            measureEdits(row, scene, area, document, text, doc);
        }
        Stats save = save(row, stage, scene, area, document, text, doc);
        if (floor != null) {
            compare(row, floor, openStats, save, heapOpen);
        }
        results.add(row);
    }

    /** Annotate, relabel and delete by key, far apart, then jumps down the list. */
    private void measureEdits(Map<String, Object> row, Scene scene, ArticleArea area,
                              AnnotationDocument document, String text, Corpus.Doc doc) throws Exception {
        for (int pass = 0; pass < 2; pass++) { // the first pass warms up
            jdk.jfr.Recording recording = pass == 1 && profile ? Profiling.start() : null;
            Random random = new Random(7 + pass);
            List<Frames.Timing> annotate = new ArrayList<>();
            List<Frames.Timing> relabel = new ArrayList<>();
            List<Frames.Timing> delete = new ArrayList<>();
            for (int i = 0; i < operations; i++) {
                int[] span = Floor.spanNear(text, operations, i, random, pass);
                // the user selects text they can see: select it, bring it on screen, let a frame pass
                Frames.untilNextFrame(() -> scene, () -> {
                    area.requestFocus();
                    area.selectArticleRange(span[0], span[1]);
                    area.requestFollowCaret();
                });
                annotate.add(Frames.untilNextFrame(() -> scene, () -> key(area, KeyCode.DIGIT2)));
                relabel.add(Frames.untilNextFrame(() -> scene, () -> key(area, KeyCode.DIGIT3)));
                delete.add(Frames.untilNextFrame(() -> scene, () -> key(area, KeyCode.DELETE)));
            }
            if (document.annotations().size() != doc.annotations()) {
                System.out.println("  WARNING: the key presses did not reach the editor; the timings below are void");
            }
            if (recording != null) {
                Profiling.stop(recording, folder.resolve(doc.name() + "-edits.jfr"));
            }
            if (pass == 1) {
                report(row, "annotate", annotate);
                report(row, "relabel", relabel);
                report(row, "delete", delete);
            }
        }

        AnnotationList list = Frames.onFx(() -> (AnnotationList) scene.lookup("#annotation-list"));
        List<Frames.Timing> jump = new ArrayList<>();
        for (int i = 0; i < Math.min(20, operations); i++) {
            int index = (int) ((long) (document.annotations().size() - 1) * (i + 1) / 20);
            jump.add(Frames.untilNextFrame(() -> scene, () -> list.select(index)));
        }
        report(row, "jump", jump);

        // scrolling: a paragraph far down put at the top of the view, to the frame that shows it
        List<Frames.Timing> scroll = new ArrayList<>();
        int paragraphs = Frames.onFx(() -> area.getParagraphs().size());
        for (int i = 0; i < Math.min(20, operations); i++) {
            int paragraph = (int) ((long) (paragraphs - 1) * ((i * 7) % 20 + 1) / 20);
            scroll.add(Frames.untilNextFrame(() -> scene, () -> area.showParagraphAtTop(paragraph)));
        }
        report(row, "scroll", scroll);
    }

    /** Ctrl+S watched by the heartbeat, then the save and the serialising timed alone. */
    private Stats save(Map<String, Object> row, Stage stage, Scene scene, ArticleArea area,
                       AnnotationDocument document, String text, Corpus.Doc doc) throws Exception {

        // the user's save, Ctrl+S, watched for how long it holds the JavaFX thread
        Frames.onFx(() -> {
            area.requestFocus();
            area.selectRange(0, Math.max(1, text.indexOf(' ')));
            key(area, KeyCode.DIGIT2); // something to save
        });
        Heartbeat saveBeat = new Heartbeat();
        long t0 = System.nanoTime();
        Frames.onFx(() -> scene.getRoot().lookupAll(".button").stream()
                .filter(n -> n instanceof javafx.scene.control.Button b && b.getTooltip() != null
                        && b.getTooltip().getText().startsWith("Save"))
                .findFirst().ifPresent(n -> ((javafx.scene.control.Button) n).fire())); // what Ctrl+S runs
        while (Frames.onFx(() -> stage.getTitle().startsWith("•")) && System.nanoTime() - t0 < 60_000_000_000L) {
            Thread.sleep(5);
        }
        saveBeat.close();
        row.put("save (Ctrl+S) longest block ms", saveBeat.longestMs());
        System.out.printf("  %-22s %8.1f ms%n", "Ctrl+S: longest block", saveBeat.longestMs());
        // then the model to bytes on disk, timed alone (after the window's own save, so it asks nothing)
        List<Long> save = Rounds.measure(repeats, () -> {
            long start = System.nanoTime();
            try {
                SidecarStore.save(doc.article(), document.snapshot(), false);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return System.nanoTime() - start;
        });
        report(row, "save", Stats.of(save));
        // of which: the model to bytes in memory, the part bare Jackson's write also does (it is not forced
        // to disk; a save is, file and folder, so that a crash leaves the old sidecar or the new one)
        List<Long> serialise = Rounds.measure(repeats, () -> {
            long start = System.nanoTime();
            org.factmark.sidecar.SidecarWriter.write(document.snapshot());
            return System.nanoTime() - start;
        });
        report(row, "save: to bytes", Stats.of(serialise));
        Frames.onFx(stage::close);
        return Stats.of(save);
    }

    /** Factmark's figures against the bare toolkit's. */
    private static void compare(Map<String, Object> row, Floor floor, Stats openStats, Stats save, long heapOpen) {
        report(row, "floor open", floor.open());
        if (!floor.restyle().isEmpty()) {
            report(row, "floor restyle one span", floor.restyle());
        }
        report(row, "floor jackson write", floor.write());
        report(row, "floor jackson read", floor.read());
        row.put("heap open MB", heapOpen / 1e6);
        row.put("floor heap MB", floor.heap() / 1e6);
        System.out.printf("  %-22s %8.1f MB   floor %8.1f MB   ratio %.2f%n", "heap", heapOpen / 1e6,
                floor.heap() / 1e6, (double) heapOpen / Math.max(1, floor.heap()));
        // the floor of an open: the bare area showing the text and its spans, and bare Jackson reading the sidecar
        double openFloor = floor.open().median() + floor.read().median();
        row.put("open ratio", openStats.median() / openFloor);
        row.put("open ratio to the bare area alone", openStats.median() / floor.open().median());
        System.out.printf("  %-22s %8.2f × floor (bare area + Jackson read); %.2f × the bare area alone%n",
                "open ratio", openStats.median() / openFloor, openStats.median() / floor.open().median());
        System.out.printf("  %-22s %8.2f × floor%n", "save ratio", save.median() / floor.write().median());
    }

    /**
     * Start-up: from the launch to the first frame with the sample open, in a new JVM each time, after one
     * launch not timed (the files are then in the disk cache, as for a user's second start). Measured for
     * {@code java -jar target/factmark.jar} and, when {@code mvn -B -Pdist package} has made it, for the app
     * image's launcher, which maps the class archive made at build time.
     */
    private void startup() throws Exception {
        Path sample = Path.of("samples", "khamenei-gaza-speech.txt");
        Path jar = Path.of("target", "factmark.jar");
        Path launcher = Path.of("target", "dist", "factmark", "bin", "factmark");
        if (!Files.exists(jar) || !Files.exists(sample)) {
            System.out.println("\nstart-up: not measured (run from the project folder, after mvn -B package)");
            return;
        }
        startup("start-up, java -jar", List.of("java", "-jar", jar.toString(), "open"), sample);
        if (Files.isExecutable(launcher)) {
            startup("start-up, app image", List.of(launcher.toString()), sample);
        }
    }

    private void startup(String what, List<String> command, Path sample) throws Exception {
        Path home = Files.createTempDirectory("factmark-startup");
        List<Long> times = new ArrayList<>();
        for (int i = 0; i <= repeats; i++) {
            List<String> line = new ArrayList<>(command);
            line.add(sample.toString());
            ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
            // through the environment, which both java and the app image's launcher read
            builder.environment().put("JAVA_TOOL_OPTIONS", "-Dfactmark.startupProbe=true -Dfactmark.home=" + home
                    + " -Dprism.order=" + System.getProperty("prism.order", "sw"));
            Process p = builder.start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("first frame after (\\d+) ms").matcher(out);
            if (!m.find()) {
                System.out.printf("%n%s: not measured, the window did not start:%n%s%n", what, out);
                return;
            }
            if (i > 0) {
                times.add(Long.parseLong(m.group(1)) * 1_000_000L);
            }
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("document", what);
        System.out.println();
        report(row, what + " to first frame", Stats.of(times));
        results.add(row);
    }

    /** The article's length in {@code area} (which shows very long paragraphs split). */
    private static int articleLength(ArticleArea area) {
        return area.display().toModel(area.getLength());
    }

    private static void key(ArticleArea area, KeyCode code) {
        Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
    }

    /** Reports an operation twice: the JavaFX thread's work for it, and the latency to the frame. */
    private static void report(Map<String, Object> row, String what, List<Frames.Timing> timings) {
        report(row, what + " (work)", Stats.of(timings.stream().map(Frames.Timing::work).toList()));
        report(row, what + " (to frame)", Stats.of(timings.stream().map(Frames.Timing::latency).toList()));
    }

    private static void report(Map<String, Object> row, String what, Stats s) {
        row.put(what + " median ms", s.median());
        row.put(what + " p99 ms", s.p99());
        System.out.printf("  %-22s median %8.1f ms   p99 %8.1f ms   (%.1f–%.1f, n=%d)%n", what, s.median(), s.p99(),
                s.min(), s.max(), s.n());
    }
}
