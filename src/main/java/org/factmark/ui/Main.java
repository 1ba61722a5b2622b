package org.factmark.ui;

import javafx.application.Application;

/** Plain entry point: a main class extending Application cannot be started from a class path jar. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Application.launch(FactmarkApp.class, args);
    }
}
