package org.factmark.search.index;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.factmark.search.Fold;

/**
 * Words as the folder search sees them: Unicode word boundaries (UAX #29), each word folded as the find bar
 * folds text ({@link Fold}, diacritics ignored), so that {@code ۱۲۰۰} and {@code 1200}, {@code Café} and
 * {@code cafe}, {@code كتاب} and {@code کتاب} are one word. The index and the check of every hit use this one
 * analyzer, so both agree on what a word is.
 */
public final class FoldAnalyzer extends Analyzer {
    /** Positions between two values of one field (the text, a note): a phrase never spans two of them. */
    static final int VALUE_GAP = 1000;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer words = new StandardTokenizer();
        return new TokenStreamComponents(words, new FoldFilter(words));
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return VALUE_GAP;
    }

    /** Folds each word; a word that folds to nothing (a lone mark) stays as it was. */
    private static final class FoldFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        FoldFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String folded = Fold.of(term.toString(), true);
            if (!folded.isEmpty()) {
                term.setEmpty().append(folded);
            }
            return true;
        }
    }
}
