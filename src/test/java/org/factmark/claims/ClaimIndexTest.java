package org.factmark.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimIndexTest {
    private static Claim claim(String article, String label, String text) {
        return new Claim(Path.of(article), article + "#" + text.hashCode(), label, text, "false", "", List.of(),
                "", false);
    }

    /** A folder of unrelated claims around the ones a test looks for, so common words are common. */
    private static List<Claim> folder(Claim... claims) {
        List<Claim> all = new ArrayList<>(List.of(claims));
        String[] filler = {
            "The president said the economy grew faster than in any year",
            "The minister said people in the city were safe",
            "Officials said the government would build more homes",
            "The report said the people of the region had no water",
            "The army said its soldiers had left the city",
            "The ministry said the number of schools would grow",
        };
        for (int i = 0; i < filler.length; i++) {
            all.add(claim("filler" + i + ".txt", "assertion", filler[i]));
        }
        return all;
    }

    private static List<String> texts(List<ClaimIndex.Match> matches) {
        return matches.stream().map(m -> m.claim().text()).toList();
    }

    @Test
    void findsTheClaimSaidInOtherWords() {
        ClaimIndex index = new ClaimIndex(folder(claim("b.txt", "assertion", "the ministry says the attack killed 1,200")));
        List<ClaimIndex.Match> found = index.similar("assertion",
                "1,200 people were killed in the attack, the ministry said", c -> false, 5);
        assertEquals(List.of("the ministry says the attack killed 1,200"), texts(found));
        assertTrue(found.get(0).similarity() > ClaimIndex.THRESHOLD && found.get(0).similarity() <= 1);
    }

    @Test
    void numbersMustAgreeWhateverTheirScriptOrWording() {
        ClaimIndex index = new ClaimIndex(folder(
                claim("b.txt", "assertion", "12,000 people were killed in the attack"),
                claim("c.txt", "assertion", "۱۲۰۰ people were killed in the attack"),
                claim("d.txt", "assertion", "1.2 thousand people were killed in the attack")));
        assertEquals(List.of("۱۲۰۰ people were killed in the attack", "1.2 thousand people were killed in the attack"),
                texts(index.similar("assertion", "The attack killed 1,200 people", c -> false, 5)).stream()
                        .sorted((a, b) -> b.compareTo(a)).toList());
    }

    @Test
    void sharingCommonWordsIsNotTheSameClaim() {
        List<Claim> all = folder(claim("b.txt", "assertion", "The minister said the people of the city would have water"));
        String[] topics = {"lost their homes", "paid more tax", "had no power", "saw more crime", "left for work",
            "waited for buses", "got the vaccine", "watched the match", "read the news", "planted trees"};
        for (int i = 0; i < 200; i++) { // a folder where minister, people and city are common words
            all.add(claim("common" + i + ".txt", "assertion", (i % 2 == 0 ? "The minister" : "The mayor")
                    + " said people in the city " + topics[i % topics.length] + " in week " + (i / 10)));
        }
        ClaimIndex index = new ClaimIndex(all);
        assertEquals(List.of(), texts(index.similar("assertion",
                "The minister said the people of the city voted against the plan", c -> false, 5)));
    }

    @Test
    void aDeathTollIsNotATollOfInjuredNorARiseAFall() {
        ClaimIndex index = new ClaimIndex(folder(
                claim("b.txt", "assertion", "1,200 people were injured in the attack"),
                claim("c.txt", "assertion", "Unemployment fell to 4 percent last year")));
        assertEquals(List.of(), texts(index.similar("assertion", "1,200 people died in the attack", c -> false, 5)));
        assertEquals(List.of(), texts(index.similar("assertion", "Unemployment rose to 4% last year", c -> false, 5)));
    }

    @Test
    void onlyTheSameLabelAndNothingSkipped() {
        Claim quote = claim("b.txt", "quote", "the attack killed 1,200 people");
        Claim own = claim("a.txt", "assertion", "the attack killed 1,200 people");
        Claim other = claim("c.txt", "assertion", "1,200 people were killed in the attack");
        ClaimIndex index = new ClaimIndex(folder(quote, own, other));
        assertEquals(List.of(other.text()), texts(index.similar("assertion", "1,200 killed in the attack",
                c -> c.article().equals(Path.of("a.txt")), 5)));
    }

    @Test
    void theMostAlikeComeFirstUpToTheLimit() {
        ClaimIndex index = new ClaimIndex(folder(
                claim("b.txt", "assertion", "Inflation reached 11.1 percent in October"),
                claim("c.txt", "assertion", "Inflation reached 11.1 percent in October, the highest in 41 years")));
        List<ClaimIndex.Match> found = index.similar("assertion",
                "In October inflation reached 11.1%, the highest in 41 years", c -> false, 5);
        assertEquals(2, found.size());
        assertTrue(found.get(0).similarity() >= found.get(1).similarity());
        assertEquals("c.txt", found.get(0).claim().article().toString());
        assertEquals(1, index.similar("assertion", "In October inflation reached 11.1%, the highest in 41 years",
                c -> false, 1).size());
    }

    @Test
    void anEmptyOrWordlessTextMatchesNothing() {
        ClaimIndex index = new ClaimIndex(folder());
        assertEquals(List.of(), index.similar("assertion", "", c -> false, 5));
        assertEquals(List.of(), index.similar("assertion", "the of and, said.", c -> false, 5));
        assertEquals(List.of(), new ClaimIndex(List.of()).similar("assertion", "anything at all", c -> false, 5));
    }
}
