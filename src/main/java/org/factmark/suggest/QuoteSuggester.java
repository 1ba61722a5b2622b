package org.factmark.suggest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Direct quotations, with their speaker and reporting verb. Each quoted stretch is one suggestion (a quotation
 * split by its attribution gives two, with the same speaker). The attribution is the reporting verb nearest the
 * quotation in its sentence — after it first ("…," he said), then before it (Khamenei told the crowd: "…") —
 * and that verb's subject; a pronoun is the last named speaker; a paragraph that opens with a quotation and
 * names no one continues the last speaker. A quotation that does not start as a sentence (lower-case start, or
 * a few words inside a sentence) is {@code kind: partial}; one word in quotation marks is not a quotation.
 */
public final class QuoteSuggester implements Suggester {
    static final String RULE = "quote.marks";

    @Override
    public String label() {
        return "quote";
    }

    @Override
    public Set<String> languages() {
        return Set.of("en", "fa", "ar");
    }

    @Override
    public List<Suggestion> suggest(Prose prose) {
        String text = prose.text();
        List<Suggestion> out = new java.util.ArrayList<>();
        List<Sentences.Span> sentences = prose.sentences();
        String lastNamed = null;
        int paragraph = 0;
        int sentenceIndex = 0;
        while (paragraph < text.length()) {
            prose.checkCancelled();
            int end = text.indexOf('\n', paragraph);
            end = end < 0 ? text.length() : end;
            List<QuoteMarks.Quoted> quotes = QuoteMarks.find(text, paragraph, Math.min(end, paragraph + 100_000));
            for (int q = 0; q < quotes.size(); q++) {
                QuoteMarks.Quoted quoted = quotes.get(q);
                if (!hasTwoWords(text, quoted)) {
                    continue;
                }
                while (sentenceIndex < sentences.size() - 1 && sentences.get(sentenceIndex).end() <= quoted.open()) {
                    sentenceIndex++;
                }
                Sentences.Span sentence = sentences.isEmpty() ? new Sentences.Span(paragraph, end)
                        : sentences.get(sentenceIndex);
                int prevClose = q > 0 ? quotes.get(q - 1).close() + 1 : paragraph;
                int nextOpen = q + 1 < quotes.size() ? quotes.get(q + 1).open() : end;
                Attribution.Found who = attribute(text, quoted, prevClose, nextOpen, sentence, paragraph, end);
                String speaker = null;
                double score = 0.9;
                if (who != null) {
                    speaker = who.pronoun() ? lastNamed : who.speaker();
                    if (!who.pronoun() && Character.isUpperCase(who.speaker().charAt(0))) {
                        lastNamed = who.speaker();
                    }
                } else if (quoted.open() == paragraph && lastNamed != null) {
                    speaker = lastNamed;
                    score = 0.6;
                } else {
                    score = 0.5;
                }
                Map<String, Object> attributes = new LinkedHashMap<>();
                if (speaker != null) {
                    attributes.put("speaker", speaker);
                }
                attributes.put("kind", partial(text, quoted, paragraph) ? "partial" : "direct");
                if (who != null) {
                    attributes.put("cue", who.cue());
                }
                out.add(prose.suggestion("quote", quoted.start(), quoted.end(), attributes, RULE, score,
                        who == null ? "in quotation marks" : "in quotation marks, with “" + who.cue() + "”"));
            }
            paragraph = end + 1;
        }
        return out;
    }

    private static Attribution.Found attribute(String text, QuoteMarks.Quoted quoted, int prevClose, int nextOpen,
                                               Sentences.Span sentence, int paragraph, int end) {
        int afterFrom = Math.min(quoted.close() + 1, end);
        int afterTo = Math.min(nextOpen, Math.min(afterFrom + 150, end));
        for (Matcher verb : Attribution.verbs(text, afterFrom, afterTo)) {
            boolean inverted = text.substring(afterFrom, verb.start()).matches("[\\s,.!?—–-]*");
            Attribution.Found f = Attribution.subject(text, verb, afterFrom, afterTo, inverted);
            if (f != null) {
                return f;
            }
            break;
        }
        int beforeFrom = Math.max(prevClose, Math.max(paragraph, quoted.open() - 200));
        List<Matcher> before = Attribution.verbs(text, beforeFrom, quoted.open());
        for (int i = before.size() - 1; i >= 0; i--) {
            Attribution.Found f = Attribution.subject(text, before.get(i), beforeFrom, quoted.open(), false);
            if (f != null) {
                return f;
            }
        }
        int sentenceEnd = Math.min(sentence.end(), nextOpen);
        if (sentenceEnd > afterTo) {
            for (Matcher verb : Attribution.verbs(text, afterTo, sentenceEnd)) {
                Attribution.Found f = Attribution.subject(text, verb, afterTo, sentenceEnd, false);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private static boolean hasTwoWords(String text, QuoteMarks.Quoted q) {
        for (int i = q.start(); i < q.end(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case start, or a short stretch that the sentence runs into without a colon or comma before it. */
    private static boolean partial(String text, QuoteMarks.Quoted q, int paragraph) {
        char first = text.charAt(q.start());
        if (Character.isLowerCase(first) || first == '…' || first == '.') {
            return true;
        }
        int before = q.open() - 1;
        while (before >= paragraph && text.charAt(before) == ' ') {
            before--;
        }
        boolean opensSentence = before < paragraph || ":,.!?—–".indexOf(text.charAt(before)) >= 0;
        long words = text.substring(q.start(), q.end()).chars().filter(c -> c == ' ').count() + 1;
        return !opensSentence && words <= 6;
    }
}
