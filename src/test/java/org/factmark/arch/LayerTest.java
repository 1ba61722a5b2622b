package org.factmark.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LayerTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProduction() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.factmark");
    }

    @Test
    void modelKnowsNothingOfTheToolkitOrOtherLayers() {
        noClasses().that().resideInAPackage("org.factmark.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "com.sun.javafx..",
                        "org.controlsfx..", "atlantafx..", "org.kordamp..", "org.factmark.io..", "org.factmark.sidecar..", "org.factmark.article..",
                        "org.factmark.reanchor..", "org.factmark.labels..", "org.factmark.recovery..",
                        "org.factmark.concurrent..", "org.factmark.edit..",
                        "org.factmark.ui..")
                .because("the model must be usable from the command line and tests without a display")
                .check(classes);
    }

    @Test
    void fileFormatsKnowNothingOfTheToolkit() {
        noClasses().that().resideInAnyPackage("org.factmark.io..", "org.factmark.sidecar..", "org.factmark.article..",
                        "org.factmark.reanchor..", "org.factmark.labels..", "org.factmark.recovery..",
                        "org.factmark.concurrent..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "com.sun.javafx..",
                        "org.controlsfx..", "atlantafx..", "org.kordamp..", "org.factmark.edit..",
                        "org.factmark.ui..")
                .because("reading and writing sidecars must work headless, without starting JavaFX")
                .check(classes);
    }

    @Test
    void addingArticlesKnowsNothingOfTheToolkitOrTheEditor() {
        noClasses().that().resideInAPackage("org.factmark.add..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "com.sun.javafx..",
                        "org.controlsfx..", "atlantafx..", "org.kordamp..", "org.factmark.edit..",
                        "org.factmark.ui..", "org.factmark.cli..")
                .because("factmark add runs headless, and the app's File ▸ Add Article uses the same pipeline")
                .check(classes);
    }

    @Test
    void exportImportAndTheCommandLineKnowNothingOfTheToolkit() {
        noClasses().that().resideInAnyPackage("org.factmark.formats..", "org.factmark.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "com.sun.javafx..",
                        "org.controlsfx..", "atlantafx..", "org.kordamp..", "org.factmark.ui..")
                .because("exports, imports and the command line run headless, without starting JavaFX")
                .check(classes);
    }

    @Test
    void editingLogicKnowsNothingOfTheToolkit() {
        noClasses().that().resideInAnyPackage("org.factmark.edit..", "org.factmark.prefs..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "com.sun.javafx..",
                        "org.controlsfx..", "atlantafx..", "org.kordamp..", "org.factmark.ui..")
                .because("undo, search and document state are plain Java that tests call without a stage")
                .check(classes);
    }

    @Test
    void theMergeKnowsOnlyTheModel() {
        noClasses().that().resideInAPackage("org.factmark.merge..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "java.nio.file..",
                        "java.io..", "org.factmark.io..", "org.factmark.sidecar..", "org.factmark.article..",
                        "org.factmark.reanchor..", "org.factmark.labels..", "org.factmark.recovery..",
                        "org.factmark.concurrent..", "org.factmark.edit..", "org.factmark.formats..",
                        "org.factmark.ui..", "org.factmark.cli..")
                .because("the window's Merge, imports and a git merge driver share it: annotations in, annotations "
                        + "out, no files")
                .check(classes);
    }

    @Test
    void searchMatchingIsPlainJava() {
        noClasses().that().resideInAPackage("org.factmark.search..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "com.sun.javafx..",
                        "org.controlsfx..", "atlantafx..", "org.kordamp..", "org.factmark.ui..", "org.factmark.cli..")
                .because("the find bar, the list filter and any search of the command line share one matcher")
                .check(classes);
    }
}
