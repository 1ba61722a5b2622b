package org.factmark.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who said a quotation: the reporting verb nearest to it ("said", "told", "according to") and that verb's
 * subject, found by rule — the name before the verb ("Khamenei said"), after it ("said Khamenei"), an
 * appositive ("Smith, the minister, said"), a role ("the spokesman said") or a pronoun, which the caller
 * resolves to the last named speaker.
 */
final class Attribution {
    /** A reporting verb and its subject as written. */
    record Found(String speaker, String cue, boolean pronoun, int verbStart) {
    }

    static final Pattern VERB = Pattern.compile("\\b(said|says|say|told|tells|added|adds|asked|asks|wrote|writes|"
            + "stated|states|declared|declares|claimed|claims|insisted|insists|argued|argues|explained|explains|"
            + "noted|notes|warned|warns|announced|announces|replied|replies|responded|continued|recalled|recalls|"
            + "admitted|admits|acknowledged|conceded|suggested|tweeted|posted|emphasised|emphasized|stressed|"
            + "urged|vowed|pledged|promised|repeated|concluded|remarked|observed|shouted|complained|predicted|"
            + "maintained|contended|alleged|denied|confirmed|mentioned|countered|[Aa]ccording to|quoted|quoting|"
            + "joked|boasted|cautioned|testified|conceded|agreed|demanded|pointed out|went on|reiterated|"
            + "described|called|saying|telling|adding|writing|declaring|wrote on|said in)\\b");
    private static final Set<String> PRONOUNS = Set.copyOf(java.util.List.of("he", "she", "they", "we", "i", "it", "him", "her"));
    private static final Set<String> TITLES = Set.copyOf(java.util.List.of("president", "prime", "minister", "mr", "mrs", "ms", "dr",
            "prof", "professor", "supreme", "leader", "secretary", "general", "gen", "senator", "sen", "rep",
            "representative", "governor", "gov", "chancellor", "king", "queen", "prince", "pope", "ayatollah",
            "sheikh", "chief", "judge", "justice", "mayor", "foreign", "defence", "defense", "health", "finance",
            "interior", "spokesman", "spokeswoman", "spokesperson", "coach", "captain", "manager", "director",
            "ceo", "chairman", "chairwoman", "chair", "commissioner", "ambassador", "vice", "deputy", "former",
            "u.s.", "us", "un", "economy", "education", "state", "head", "lieutenant", "colonel", "col", "major",
            "sergeant", "officer", "detective", "inspector", "superintendent", "economist", "analyst",
            "striker", "midfielder", "defender", "goalkeeper", "forward", "chief executive", "executive",
            "opposition", "labour", "conservative", "democratic", "republican", "senior", "lord", "lady",
            "sir", "dame", "the", "dr.", "mr.", "mrs.", "ms.", "prof.", "gen.", "sen.", "gov.", "rep.", "lt."));
    private static final Set<String> SKIP_BEFORE_VERB = Set.copyOf(java.util.List.of("also", "later", "then", "has", "had", "have",
            "once", "previously", "recently", "further", "again", "simply", "publicly", "reportedly", "had",
            "repeatedly", "bluntly", "flatly", "firmly", "earlier", "quickly", "told"));

    private Attribution() {
    }

    /** Every reporting verb in [from, to) of the text, in order. */
    static List<Matcher> verbs(String text, int from, int to) {
        List<Matcher> out = new ArrayList<>();
        if (from >= to) {
            return out; // an empty stretch: a quotation closed at the paragraph's end, or right after another
        }
        Matcher m = VERB.matcher(text).region(from, to).useTransparentBounds(true);
        while (m.find()) {
            out.add(VERB.matcher(text).region(m.start(), m.end()).useTransparentBounds(true));
            out.get(out.size() - 1).lookingAt();
        }
        return out;
    }

    /**
     * The subject of the verb matched by {@code verb}, looked for inside [from, to): after the verb when
     * {@code inverted} ("said Khamenei") or "according to", else before it, then after it.
     */
    static Found subject(String text, Matcher verb, int from, int to, boolean inverted) {
        String cue = verb.group(1);
        String after = cue.equalsIgnoreCase("according to") || inverted ? after(text, verb.end(), to) : null;
        if (after != null) {
            return found(after, cue.toLowerCase(Locale.ROOT), verb.start());
        }
        String before = before(text, from, verb.start());
        if (before != null) {
            return found(before, cue, verb.start());
        }
        String late = after(text, verb.end(), to);
        return late == null ? null : found(late, cue, verb.start());
    }

    private static Found found(String speaker, String cue, int at) {
        String s = speaker.strip();
        return new Found(s, cue, PRONOUNS.contains(s.toLowerCase(Locale.ROOT)), at);
    }

    /** The name, role or pronoun right after {@code at}. */
    private static String after(String text, int at, int to) {
        List<int[]> words = words(text, at, Math.min(to, at + 120), false);
        if (words.isEmpty()) {
            return null;
        }
        String first = word(text, words.get(0));
        if (PRONOUNS.contains(first.toLowerCase(Locale.ROOT))) {
            return first;
        }
        return name(text, words, false);
    }

    /** The name, role or pronoun right before {@code at} (skipping "also", "later"; over an appositive). */
    private static String before(String text, int from, int at) {
        List<int[]> words = words(text, Math.max(from, at - 120), at, true);
        while (!words.isEmpty() && SKIP_BEFORE_VERB.contains(word(text, words.get(0)).toLowerCase(Locale.ROOT))) {
            words.remove(0);
        }
        if (words.isEmpty()) {
            return null;
        }
        String last = word(text, words.get(0));
        if (PRONOUNS.contains(last.toLowerCase(Locale.ROOT))) {
            return last;
        }
        int gap = words.get(0)[1];
        if (gap < at && text.substring(gap, at).strip().equals(",")) {
            // "Smith, the minister, said": the appositive is between two commas; the name before the first
            int comma = text.lastIndexOf(',', words.get(0)[0]);
            if (comma > from && words.get(0)[0] - comma < 80) {
                String name = before(text, from, comma);
                if (name != null && Character.isUpperCase(name.charAt(0))) {
                    return name;
                }
            }
        }
        List<int[]> forward = new ArrayList<>(words);
        java.util.Collections.reverse(forward);
        return name(text, forward.subList(Math.max(0, forward.size() - 6), forward.size()), true);
    }

    /**
     * A name (capitalised words, titles dropped) at the near end of {@code words}, or a role ("the
     * spokesman") ; words run in text order; when {@code backwards} the near end is the last.
     */
    private static String name(String text, List<int[]> words, boolean backwards) {
        List<String> ws = new ArrayList<>();
        for (int[] w : words) {
            ws.add(word(text, w));
        }
        if (backwards) {
            int i = ws.size() - 1;
            if (!isCapital(ws.get(i))) {
                int det = -1;
                for (int j = i; j >= Math.max(0, i - 4); j--) {
                    String lw = ws.get(j).toLowerCase(Locale.ROOT);
                    if (lw.equals("the") || lw.equals("a") || lw.equals("an") || ws.get(j).endsWith("'s")
                            || ws.get(j).endsWith("’s")) {
                        det = j;
                    }
                }
                return det < 0 ? null : String.join(" ", ws.subList(det, i + 1));
            }
            int j = i;
            while (j > 0 && (isCapital(ws.get(j - 1)) || isParticle(ws.get(j - 1)))) {
                j--;
            }
            return stripTitles(ws.subList(j, i + 1));
        }
        if (isCapital(ws.get(0))) {
            int j = 1;
            while (j < ws.size() && (isCapital(ws.get(j)) || isParticle(ws.get(j)))) {
                j++;
            }
            return stripTitles(ws.subList(0, j));
        }
        String lw = ws.get(0).toLowerCase(Locale.ROOT);
        if (lw.equals("the") || lw.equals("a") || lw.equals("an")) {
            int j = 1;
            while (j < Math.min(ws.size(), 5) && !ws.get(j).equals(",")) {
                j++;
            }
            return String.join(" ", ws.subList(0, j));
        }
        return null;
    }

    private static String stripTitles(List<String> words) {
        List<String> kept = new ArrayList<>();
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            boolean possessive = lw.endsWith("'s") || lw.endsWith("’s");
            if (possessive || TITLES.contains(lw) && kept.isEmpty()) {
                kept.clear();
                continue;
            }
            kept.add(w);
        }
        return kept.isEmpty() ? String.join(" ", words) : String.join(" ", kept);
    }

    private static boolean isCapital(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static boolean isParticle(String w) {
        return w.equals("al") || w.startsWith("al-") || w.equals("bin") || w.equals("ibn") || w.equals("de")
                || w.equals("van") || w.equals("von") || w.equals("der") || w.equals("da") || w.equals("el");
    }

    private static String word(String text, int[] w) {
        return text.substring(w[0], w[1]);
    }

    /**
     * The words of [from, to) up to the first stop (a comma, colon, full stop or quotation mark), from the
     * near end: when {@code backwards}, the last word first.
     */
    private static List<int[]> words(String text, int from, int to, boolean backwards) {
        List<int[]> out = new ArrayList<>();
        if (backwards) {
            int i = to;
            while (i > from) {
                char c = text.charAt(i - 1);
                if (Character.isLetter(c) || c == '\'' || c == '’' || c == '-' || c == '.' && i - 2 >= from
                        && Character.isLetter(text.charAt(i - 2)) && i - 3 >= from && !Character.isLetter(text.charAt(i - 3))) {
                    int end = i;
                    while (i > from && (Character.isLetter(text.charAt(i - 1)) || "'’-.".indexOf(text.charAt(i - 1)) >= 0)) {
                        i--;
                    }
                    out.add(new int[] {i, end});
                } else if (c == ' ') {
                    i--;
                } else if (c == ',' && out.isEmpty()) {
                    i--;
                } else {
                    break;
                }
            }
            return out;
        }
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int start = i;
                while (i < to && (Character.isLetter(text.charAt(i)) || "'’-".indexOf(text.charAt(i)) >= 0
                        || text.charAt(i) == '.' && i + 1 < to && Character.isLetter(text.charAt(i + 1)))) {
                    i++;
                }
                out.add(new int[] {start, i});
            } else if (c == ' ' || c == ',' && out.isEmpty()) {
                i++;
            } else {
                break;
            }
        }
        return out;
    }
}
