package org.factmark.add;

/** A page in which no article was found; the whole page's text can be taken instead, when the user asks. */
public final class NoArticleException extends ExtractionException {
    public NoArticleException() {
        super("no article was found in it, only menus, links or too little text",
                "to take the whole page's text instead, add it again asking for the whole page (factmark add "
                        + "--whole-page)");
    }
}
