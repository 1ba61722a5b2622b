package org.factmark.ui.article.highlight;

/**
 * The text as the view shows it. RichTextFX lays out each paragraph as one text flow, so a paragraph of a
 * megabyte takes tens of seconds to style; very long paragraphs are therefore shown as several, by turning a
 * space every {@value #TARGET} characters or so into a line break. One character for one character: every
 * offset in the view is the same offset in the model and the sidecar, which never see the change.
 */
public final class DisplayText {
    /** Paragraphs longer than this are split for display. */
    public static final int LONGEST = 4_000;
    /** About how long the display paragraphs of a split paragraph are. */
    public static final int TARGET = 1_500;

    private DisplayText() {
    }

    public static String of(String text) {
        char[] shown = null;
        int paragraphStart = 0;
        int n = text.length();
        while (paragraphStart <= n) {
            int end = text.indexOf('\n', paragraphStart);
            if (end < 0) {
                end = n;
            }
            if (end - paragraphStart > LONGEST) {
                for (int i = paragraphStart + TARGET; i < end - TARGET / 2; i++) {
                    if (text.charAt(i) == ' ') {
                        if (shown == null) {
                            shown = text.toCharArray();
                        }
                        shown[i] = '\n';
                        i += TARGET;
                    }
                }
            }
            paragraphStart = end + 1;
        }
        return shown == null ? text : new String(shown);
    }
}
