package org.factmark.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Start-up help: while the JavaFX toolkit starts on one core, another loads (without initialising) the classes
 * the first frame will need, listed in {@code /startup-classes.txt}. Loading thousands of classes from the jar
 * is most of the start-up; done ahead, the JavaFX thread finds them ready. A class no longer in the build is
 * passed over: the list only speeds things up, it never decides anything. To make the list anew after a large
 * change, run the start-up probe with class logging and keep the classes read from the jar:
 * <pre>
 * java -Xlog:class+load:file=cl.log -Dfactmark.startupProbe=true -jar target/factmark.jar open samples/khamenei-gaza-speech.txt
 * grep 'source: file:.*factmark.jar' cl.log | awk '{print $2}' | grep -v '\$\$Lambda\|^org.factmark.cli\|^picocli' \
 *     &gt; resources/startup-classes.txt
 * </pre>
 */
final class ClassPreload {
    private ClassPreload() {
    }

    static void start() {
        Thread t = new Thread(ClassPreload::run, "factmark-preload");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        ClassLoader loader = ClassPreload.class.getClassLoader();
        try (InputStream in = ClassPreload.class.getResourceAsStream("/startup-classes.txt")) {
            if (in == null) {
                return;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = lines.readLine(); name != null; name = lines.readLine()) {
                try {
                    Class.forName(name.strip(), false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // gone from this build, or not loadable here: the app loads what it needs itself
                }
            }
        } catch (IOException e) {
            // no list, no head start
        }
    }
}
