package org.factmark.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factmark.cli.FactmarkCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package map of docs/ARCHITECTURE.md, checked: no cycles between packages, the layers in one order
 * (model, then the features, then the command line and the window), the toolkit only in {@code ui}, and the
 * benchmark outside the product.
 */
class PackageRulesTest {
    /**
     * The features: every other package (sidecar, article, reanchor, labels, recovery, formats, merge, edit,
     * io, ...), plain Java on top of the model, used by the command line and the window. A new package is one
     * of them unless it is put in a layer here.
     */
    private static final DescribedPredicate<JavaClass> FEATURES = resideInAPackage("org.factmark..")
            .and(not(resideInAnyPackage("org.factmark.model..", "org.factmark.cli..", "org.factmark.ui..",
                    "org.factmark.bench..")))
            .as("the features");
    private static final String[] TOOLKIT = {"javafx..", "org.fxmisc..", "com.sun.javafx..", "org.controlsfx..",
        "atlantafx..", "org.kordamp..", "com.sun.glass..", "com.sun.prism.."};

    /**
     * The window's parts: the {@code ui} package itself is one slice, each of its subpackages (with what is
     * below it) another, so that a cycle through the root package is seen too.
     */
    private static final SliceAssignment WINDOW_PARTS = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals("org.factmark.ui")) {
                return SliceIdentifier.of("ui");
            }
            if (name.startsWith("org.factmark.ui.")) {
                return SliceIdentifier.of("ui." + name.substring("org.factmark.ui.".length()).split("\\.")[0]);
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the ui package and each of its subpackages";
        }
    };

    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.factmark");
    }

    @Test
    void noCyclesBetweenTopLevelPackages() {
        slices().matching("org.factmark.(*)..").should().beFreeOfCycles().check(product);
    }

    @Test
    void noCyclesBetweenThePartsOfTheWindow() {
        slices().assignedFrom(WINDOW_PARTS).should().beFreeOfCycles().check(product);
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("org.factmark.model..")
                .layer("features").definedBy(FEATURES)
                .layer("command line").definedBy("org.factmark.cli..")
                .layer("window").definedBy("org.factmark.ui..")
                .whereLayer("window").mayNotBeAccessedByAnyLayer()
                .whereLayer("command line").mayOnlyBeAccessedByLayers("window")
                .whereLayer("features").mayOnlyBeAccessedByLayers("command line", "window")
                .whereLayer("model").mayOnlyBeAccessedByLayers("features", "command line", "window")
                .check(product);
    }

    @Test
    void onlyTheWindowKnowsTheToolkit() {
        noClasses().that().resideOutsideOfPackage("org.factmark.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(TOOLKIT)
                .because("everything below the window runs headless, from the command line and from tests")
                .check(product);
    }

    @Test
    void theProductDoesNotDependOnTheBenchmark() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.factmark.bench..")
                .because("the benchmark is built from src/bench/java for `mvn -Pbench`, never into the jar")
                .check(product);
    }

    @Test
    void noBenchmarkClassIsBuiltIntoTheProduct() throws Exception {
        // the folder the jar is made from: the product's compiled classes
        Path classes = Path.of(FactmarkCli.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertFalse(Files.exists(classes.resolve("org/factmark/bench")),
                "benchmark classes in " + classes + ": they would ship in target/factmark.jar");
    }
}
