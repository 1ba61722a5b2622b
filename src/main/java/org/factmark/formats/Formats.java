package org.factmark.formats;

import java.util.List;
import java.util.Optional;

/** Every export and import format, by its {@code --format} name. */
public final class Formats {
    private Formats() {
    }

    public static List<Exporter> exporters() {
        return List.of(new Exporter[] {
                new W3cFormat(),
                new BratFormat(),
                new CsvFormat(),
                new JsonlFormat(),
                new ConllFormat(),
                new HtmlReport(),
                new ClaimReviewFormat(),
        });
    }

    public static List<Importer> importers() {
        return List.of(new Importer[] {
                new W3cFormat(),
                new BratFormat(),
                new JsonlFormat(),
        });
    }

    public static Optional<Exporter> exporter(String name) {
        return exporters().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public static Optional<Importer> importer(String name) {
        return importers().stream().filter(i -> i.name().equals(name)).findFirst();
    }
}
