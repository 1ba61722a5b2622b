package org.factmark.suggest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sentences worth checking, scored by readable rules: a figure, a comparison, a cause, a rule of law, a claim
 * about what a named party did or said, an absolute ("never", "the first"), a prediction; questions and very
 * short sentences count less. Every sentence gets a score (so the checker can rank them: {@link #rank});
 * those at or above {@link #THRESHOLD} are suggested, with the reasons as words.
 */
public final class AssertionSuggester implements Suggester {
    static final String RULE = "assertion.rules";
    /** The score from which a sentence is suggested. */
    public static final double THRESHOLD = 0.45;

    private static final Pattern FIGURE = Pattern.compile("(?<!\\p{Nd})(?!(?:19|20)\\d{2}(?!\\d))\\p{Nd}|\\b(?:percent|per cent|million|billion|trillion|"
            + "thousand|hundred|dozen|half|third|quarter|twice|double|doubled|tripled|two|three|four|five|six|seven|"
            + "eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPARISON = Pattern.compile("\\b(?:more|less|fewer|higher|lower|larger|smaller|"
            + "bigger|greater|than|increase[sd]?|decrease[sd]?|rose|rise[sn]?|risen|fell|fall(?:en|s)?|dropped|"
            + "drop|declined?|grew|grown|growth|surged?|soared|plunged|doubled|tripled|halved|largest|biggest|"
            + "highest|lowest|most|least|record|compared|worst|best|fastest|slowest|outnumber\\w*|up from|"
            + "down from|jumped|slumped|cut|exceed\\w*|above|below|average)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAUSE = Pattern.compile("\\b(?:because|caused?|causing|due to|led to|leads? to|"
            + "result(?:ed|s)? (?:of|in)|as a result|thanks to|blamed?|responsible for|linked to|contributed to|"
            + "fuell?ed|triggered|driven by|so that|therefore|which means|prevent(?:ed|s)?|reduce[sd]?|"
            + "boost(?:ed|s)?|saved?|killed|kills)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAW = Pattern.compile("\\b(?:illegal|unlawful|law|laws|legal|banned?|bans|rule[sd]?|"
            + "constitution\\w*|required|violat\\w+|breach\\w*|treaty|resolution|convention|court|sanctions?|"
            + "prohibit\\w*|mandatory|allowed|permitted)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("\\b(?:said|says|claimed|announced|voted|signed|approved|"
            + "passed|launched|promised|pledged|denied|admitted|accused|spent|paid|received|won|lost|built|"
            + "closed|opened|ordered|attacked|bombed|invaded|funded|awarded|invested|hired|fired|deported|"
            + "arrested|detained|seized|raised|introduced|reported|found|showed|shows|revealed|confirmed)\\b");
    private static final Pattern ABSOLUTE = Pattern.compile("\\b(?:never|always|every|all|none|no one|nobody|"
            + "only|first|ever|entire|entirely|completely|nothing|everyone|unprecedented)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PREDICTION = Pattern.compile("\\b(?:will|would|expected to|forecasts?|projected|"
            + "predicts?|likely to|set to)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED = Pattern.compile("(?<!^)(?<![.!?“\"] )\\b\\p{Lu}\\p{Ll}+");
    private static final Pattern HEDGE = Pattern.compile("\\b(?:I think|I feel|I believe|we hope|I hope|in my view|"
            + "perhaps|maybe|seems?|appears?)\\b");

    @Override
    public String label() {
        return "assertion";
    }

    @Override
    public Set<String> languages() {
        return Set.of("en");
    }

    @Override
    public List<Suggestion> suggest(Prose prose) {
        List<Suggestion> out = new ArrayList<>();
        for (Scored s : rank(prose)) {
            if (s.score() >= THRESHOLD) {
                Map<String, Object> attributes = new LinkedHashMap<>();
                attributes.put("claim_type", s.claimType());
                attributes.put("check_worthiness", s.score() >= 0.7 ? "high" : s.score() >= 0.55 ? "medium" : "low");
                attributes.put("verdict", "unrated");
                out.add(prose.suggestion("assertion", s.start(), s.end(), attributes, RULE, s.score(), s.reason()));
            }
        }
        return out;
    }

    /** A sentence with its score, the reasons in words and the claim type its strongest reason suggests. */
    public record Scored(int start, int end, double score, String reason, String claimType) {
    }

    /** Every sentence of the article with its score, in text order (UTF-16 offsets). */
    public static List<Scored> rank(Prose prose) {
        List<Scored> out = new ArrayList<>();
        String text = prose.text();
        for (Sentences.Span s : prose.sentences()) {
            prose.checkCancelled();
            out.add(score(text.substring(s.start(), s.end()), s.start(), s.end()));
        }
        return out;
    }

    static Scored score(String sentence, int start, int end) {
        List<String> reasons = new ArrayList<>();
        double score = 0.1;
        String type = "other";
        boolean figure = FIGURE.matcher(sentence).find();
        if (figure) {
            score += 0.3;
            reasons.add("a figure");
            type = "quantity";
        }
        if (COMPARISON.matcher(sentence).find()) {
            score += figure ? 0.2 : 0.15;
            reasons.add("a comparison");
        }
        if (CAUSE.matcher(sentence).find()) {
            score += 0.2;
            reasons.add("a cause or effect");
            type = figure ? type : "correlation or causation";
        }
        if (LAW.matcher(sentence).find()) {
            score += 0.15;
            reasons.add("a law or rule");
            type = type.equals("other") ? "law or rule" : type;
        }
        if (NAMED.matcher(sentence).find() && ACTION.matcher(sentence).find()) {
            score += 0.15;
            reasons.add("what a named party did or said");
        }
        if (ABSOLUTE.matcher(sentence).find()) {
            score += 0.1;
            reasons.add("an absolute");
        }
        if (PREDICTION.matcher(sentence).find()) {
            score += 0.05;
            reasons.add("a prediction");
            type = type.equals("other") ? "prediction" : type;
        }
        long words = sentence.chars().filter(c -> c == ' ').count() + 1;
        if (words < 6) {
            score -= 0.3;
        }
        if (sentence.endsWith("?") || sentence.endsWith("?”") || sentence.endsWith("?\"")) {
            score -= 0.25;
            reasons.add("but it is a question");
        }
        if (HEDGE.matcher(sentence).find()) {
            score -= 0.1;
            reasons.add("but hedged");
        }
        score = Math.max(0, Math.min(1, score));
        return new Scored(start, end, Math.round(score * 100) / 100.0, words(reasons), type);
    }

    private static String words(List<String> reasons) {
        if (reasons.isEmpty()) {
            return "no sign of a checkable claim";
        }
        List<String> plain = reasons.stream().filter(r -> !r.startsWith("but")).toList();
        List<String> buts = reasons.stream().filter(r -> r.startsWith("but")).toList();
        String main = plain.isEmpty() ? "nothing checkable" : plain.size() == 1 ? plain.get(0)
                : String.join(", ", plain.subList(0, plain.size() - 1)) + " and " + plain.get(plain.size() - 1);
        return "contains " + main + (buts.isEmpty() ? "" : ", " + String.join(", ", buts));
    }
}
