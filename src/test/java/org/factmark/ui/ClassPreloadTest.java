package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The start-up list must still name this build's classes, or it silently stops helping. */
class ClassPreloadTest {
    @Test
    void theStartupListNamesClassesOfThisBuild() throws IOException {
        List<String> names;
        try (InputStream in = ClassPreload.class.getResourceAsStream("/startup-classes.txt")) {
            assertNotNull(in, "the list ships in the jar");
            names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .toList();
        }
        assertTrue(names.size() > 1000, "the first frame needs thousands of classes: " + names.size());
        long missing = names.stream().filter(n -> {
            try {
                Class.forName(n, false, ClassPreload.class.getClassLoader());
                return false;
            } catch (ClassNotFoundException | LinkageError e) {
                return true;
            }
        }).count();
        assertTrue(missing * 20 < names.size(), missing + " of " + names.size() + " classes are gone: make the list "
                + "anew (see ClassPreload)");
        assertTrue(names.contains(MainWindow.class.getName()) && names.contains(AnnotationList.class.getName()));
    }
}
