package org.factmark.claims;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factmark.model.Annotation;

/**
 * What "seen before" compares with: the claims of an article's folder and of the reference folders, indexed
 * once, asked for each selected annotation. The article's own annotations are left out of the answers (they
 * are being edited; the open document is the truth about them).
 *
 * @param index    the claims of every folder
 * @param folders  how many folders were read
 * @param problems one line per file or folder that could not be read
 */
public record ClaimLibrary(ClaimIndex index, int folders, List<String> problems) {
    /** The labels compared: what is claimed and what is said. */
    public static final Set<String> LABELS = Set.of("assertion", "quote");
    /** At most this many matches are shown. */
    public static final int SHOWN = 20;

    public ClaimLibrary {
        problems = List.copyOf(problems);
    }

    /**
     * Reads the claims of {@code folder} and of each reference folder (a reference folder that is the article's
     * own folder, or inside it, is read once).
     */
    public static ClaimLibrary load(Path folder, List<Path> references) {
        Map<Path, Boolean> toRead = new LinkedHashMap<>();
        toRead.put(folder.toAbsolutePath().normalize(), false);
        for (Path reference : references) {
            Path r = reference.toAbsolutePath().normalize();
            if (toRead.keySet().stream().noneMatch(r::startsWith)) {
                toRead.put(r, true);
            }
        }
        List<Claim> claims = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        toRead.forEach((path, reference) -> {
            try {
                ClaimFolder.Read read = ClaimFolder.read(path, LABELS, reference);
                claims.addAll(read.claims());
                problems.addAll(read.problems());
            } catch (IOException e) {
                problems.add(e.getMessage());
            }
        });
        return new ClaimLibrary(new ClaimIndex(claims), toRead.size(), problems);
    }

    /** The claims most like {@code selected} (of its label) in other articles than {@code article}. */
    public List<ClaimIndex.Match> seenBefore(Path article, String articleText, Annotation selected) {
        if (!LABELS.contains(selected.label()) || selected.end() > articleText.length()) {
            return List.of();
        }
        Path own = article.toAbsolutePath().normalize();
        String text = articleText.substring(selected.start(), selected.end());
        return index.similar(selected.label(), text, c -> c.article().toAbsolutePath().normalize().equals(own), SHOWN);
    }

    /** How many claims of {@code label} were read. */
    public long count(String label) {
        return index.claims().stream().filter(c -> c.label().equals(label)).count();
    }

    /**
     * {@code target} with the verdict, explanation and evidence of {@code match} where it has them and
     * {@code target}'s label has those details ({@code details}: the label's detail ids, in the schema's
     * order, which the details keep; details the schema does not know follow, as they were).
     */
    public static Annotation withFindings(Annotation target, Claim match, List<String> details, String now) {
        Map<String, Object> found = new LinkedHashMap<>(target.attributes());
        if (!match.verdict().isBlank()) {
            found.put("verdict", match.verdict());
        }
        if (!match.explanation().isBlank()) {
            found.put("explanation", match.explanation());
        }
        if (!match.evidence().isEmpty()) {
            found.put("evidence", List.copyOf(match.evidence()));
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (String id : details) {
            Object value = found.get(id);
            if (value != null) {
                attributes.put(id, value);
            }
        }
        target.attributes().forEach(attributes::putIfAbsent);
        return target.withAttributes(attributes, now);
    }
}
