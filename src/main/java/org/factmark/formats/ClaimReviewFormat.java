package org.factmark.formats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.factmark.model.Annotation;
import org.factmark.model.DocumentSource;
import org.factmark.model.SpanOrder;

/**
 * schema.org ClaimReview (https://schema.org/ClaimReview) as JSON-LD, one {@code NAME.claimreview.jsonld} per
 * article: {@code {"@context": "https://schema.org", "@graph": [...]}} with one ClaimReview per assertion
 * whose verdict is set and not "unrated".
 *
 * <p>Each carries the assertion's text ({@code claimReviewed}); the verdict as the rating's
 * {@code alternateName}, with a {@code ratingValue} from 1 (false) to 5 (accurate) where the verdict has one;
 * the explanation as {@code reviewBody} and the rating's {@code ratingExplanation}; the evidence URLs as
 * {@code citation}; the claimant as the Claim's author (an Organization when the name reads like one,
 * otherwise a Person); the article as the Claim's {@code appearance} (its name, and its web address when the sidecar records one as
 * {@code document.source.url}; never its path on this disk); the name the user
 * chose to publish under ({@link #publishedBy}) as the review's author, an Organization or a Person as for the
 * claimant — never the annotators' names, and none when no name was chosen; and the annotation's creation and modification dates. Other labels, unrated
 * assertions, notes and the remaining details are reported as not carried.
 */
public final class ClaimReviewFormat implements Exporter {
    /** schema.org ratings: best 5, worst 1. "unverifiable" and custom verdicts get no number. */
    static final Map<String, Integer> RATING = Map.of(
            "accurate", 5, "mostly accurate", 4, "misleading", 2, "false", 1);
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final Pattern ORGANISATION = Pattern.compile("(?i).*\\b(government|ministry|officials?|"
            + "agency|army|forces|military|party|council|committee|commission|organi[sz]ation|company|"
            + "corporation|inc|ltd|news|press|times|newspaper|article|media|network|bank|university|office|"
            + "department|union|association|institute|foundation|group|police|court|parliament|senate|congress|"
            + "authorit(y|ies)|nato|idf|irgc)\\b.*");

    /** The name the reviews are published under; blank when none was chosen. */
    private final String publisher;

    public ClaimReviewFormat() {
        this("");
    }

    private ClaimReviewFormat(String publisher) {
        this.publisher = publisher == null ? "" : publisher.strip();
    }

    @Override
    public boolean publishes() {
        return true;
    }

    @Override
    public Exporter publishedBy(String name) {
        return new ClaimReviewFormat(name);
    }

    @Override
    public String name() {
        return "claimreview";
    }

    @Override
    public String description() {
        return "schema.org ClaimReview JSON-LD, NAME.claimreview.jsonld per article: one review per rated "
                + "assertion (verdict, explanation, evidence, claimant)";
    }

    @Override
    public boolean combines() {
        return false;
    }

    @Override
    public ExportResult export(List<ExportInput> articles) {
        int unrated = 0;
        int otherLabels = 0;
        int notes = 0;
        int orphans = 0;
        Map<String, Integer> otherDetails = new LinkedHashMap<>();
        List<ExportResult.OutputFile> files = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        Set<String> reviewed = new HashSet<>();
        for (ExportInput input : articles) {
            String stem = ArticleOutputs.uniqueStem(input, taken);
            List<Annotation> sorted = new ArrayList<>(input.content().annotations());
            sorted.sort(SpanOrder.ORDER);
            List<Object> graph = new ArrayList<>();
            for (Annotation a : sorted) {
                if (!a.label().equals("assertion")) {
                    otherLabels++;
                    continue;
                }
                String verdict = string(a.attributes().get("verdict"));
                if (verdict.isEmpty() || verdict.equalsIgnoreCase("unrated")) {
                    unrated++;
                    continue;
                }
                graph.add(review(input, a, verdict));
                notes += a.note().isBlank() ? 0 : 1;
                a.attributes().forEach((k, v) -> {
                    if (!List.of("verdict", "claimant", "explanation", "evidence").contains(k) && !isEmpty(v)) {
                        otherDetails.merge(k, 1, Integer::sum);
                    }
                });
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("@context", "https://schema.org");
            doc.put("@graph", graph);
            if (!graph.isEmpty()) {
                reviewed.add(stem + ".claimreview.jsonld");
            }
            files.add(new ExportResult.OutputFile(stem + ".claimreview.jsonld", WebJson.bytes(doc, WebJson.indented())));
            orphans += input.content().orphans().size();
        }
        List<String> lost = new ArrayList<>();
        if (unrated > 0) {
            lost.add(ArticleOutputs.plural(unrated, "assertion") + " without a verdict or unrated: a ClaimReview "
                    + "needs a rating");
        }
        if (otherLabels > 0) {
            lost.add(ArticleOutputs.plural(otherLabels, "annotation") + " other than assertions (quotes, figures, "
                    + "events…): ClaimReview holds rated claims only");
        }
        if (!otherDetails.isEmpty()) {
            lost.add("details of rated assertions other than verdict, claimant, explanation and evidence ("
                    + otherDetails.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .reduce((x, y) -> x + ", " + y).orElse("") + "): not carried");
        }
        if (notes > 0) {
            lost.add(ArticleOutputs.plural(notes, "note") + " of rated assertions: not carried");
        }
        if (publisher.isEmpty() && files.stream().anyMatch(f -> reviewed.contains(f.name()))) {
            lost.add("the reviews' author: no name to publish under was chosen, so none is given");
        }
        String orphanLine = ArticleOutputs.orphansLost(orphans);
        if (orphanLine != null) {
            lost.add(orphanLine);
        }
        return new ExportResult(files, lost);
    }

    private Map<String, Object> review(ExportInput input, Annotation a, String verdict) {
        String text = input.content().article().text();
        String explanation = string(a.attributes().get("explanation"));
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@type", "ClaimReview");
        review.put("claimReviewed", text.substring(a.start(), Math.min(a.end(), text.length())));
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        Integer value = RATING.get(verdict.toLowerCase(Locale.ROOT));
        if (value != null) {
            rating.put("ratingValue", value);
            rating.put("bestRating", 5);
            rating.put("worstRating", 1);
        }
        rating.put("alternateName", verdict);
        if (!explanation.isEmpty()) {
            rating.put("ratingExplanation", explanation);
        }
        review.put("reviewRating", rating);
        if (!explanation.isEmpty()) {
            review.put("reviewBody", explanation);
        }
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("@type", "Claim");
        String claimant = string(a.attributes().get("claimant"));
        if (!claimant.isEmpty()) {
            claim.put("author", agent(ORGANISATION.matcher(claimant).matches() ? "Organization" : "Person",
                    claimant));
        }
        claim.put("appearance", appearance(input));
        review.put("itemReviewed", claim);
        if (!publisher.isEmpty()) {
            review.put("author", agent(ORGANISATION.matcher(publisher).matches() ? "Organization" : "Person",
                    publisher));
        }
        if (DATE.matcher(a.created()).matches()) {
            review.put("datePublished", a.created().substring(0, 10));
            review.put("dateCreated", a.created().substring(0, 10));
        }
        if (DATE.matcher(a.modified()).matches()) {
            review.put("dateModified", a.modified().substring(0, 10));
        }
        List<String> citations = new ArrayList<>();
        Object evidence = a.attributes().get("evidence");
        if (evidence instanceof Collection<?> c) {
            c.forEach(o -> citations.add(String.valueOf(o).strip()));
        } else if (evidence instanceof String s) {
            citations.addAll(List.of(s.split("\\s+")));
        }
        citations.removeIf(String::isEmpty);
        if (!citations.isEmpty()) {
            review.put("citation", citations);
        }
        return review;
    }

    /**
     * The article the claim appears in: its web address, its headline (the name is the headline, else the
     * file's name), its author (the byline), its publisher (the site) and its publication date, where known.
     */
    private static Map<String, Object> appearance(ExportInput input) {
        DocumentSource source = Provenance.of(input);
        Map<String, Object> appearance = new LinkedHashMap<>();
        appearance.put("@type", "CreativeWork");
        ArticleOutputs.webAddress(input).ifPresent(url -> appearance.put("url", url));
        Optional<String> title = Provenance.known(source.title());
        appearance.put("name", title.orElse(ArticleOutputs.fileName(input)));
        title.ifPresent(t -> appearance.put("headline", t));
        Provenance.known(source.byline()).ifPresent(b -> appearance.put("author",
                agent(ORGANISATION.matcher(b).matches() ? "Organization" : "Person", b)));
        Provenance.known(source.site()).ifPresent(site -> appearance.put("publisher", agent("Organization", site)));
        Provenance.published(input).ifPresent(date -> appearance.put("datePublished", date));
        return appearance;
    }

    private static Map<String, Object> agent(String type, String name) {
        Map<String, Object> agent = new LinkedHashMap<>();
        agent.put("@type", type);
        agent.put("name", name);
        return agent;
    }

    private static String string(Object v) {
        return v == null ? "" : String.valueOf(v).strip();
    }

    private static boolean isEmpty(Object v) {
        return v == null || v instanceof String s && s.isBlank() || v instanceof Collection<?> c && c.isEmpty();
    }
}
