package dev.bnlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of the app (see docs/architecture.md): no package imports a package that imports it back; the numeric
 * core, the file formats, the experiments and the engine of runs stay free of JavaFX and of the UI; the window's
 * root sits on top of the UI and nothing below imports it; the launcher loads no JavaFX.
 */
@AnalyzeClasses(packages = "dev.bnlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("dev.bnlab.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule coreAndScenarioDoNotUseJavaFxOrTheUi = noClasses()
            .that().resideInAnyPackage("dev.bnlab.core..", "dev.bnlab.scenario..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.bnlab.ui..");

    @ArchTest
    static final ArchRule experimentsAndTheRuntimeDoNotUseJavaFxOrTheUi = noClasses()
            .that().resideInAnyPackage("dev.bnlab.experiments..", "dev.bnlab.runtime..", "dev.bnlab.i18n..",
                    "dev.bnlab.lesson..", "dev.bnlab.record..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "dev.bnlab.ui..");

    @ArchTest
    static final ArchRule exportDoesNotUseJavaFx = noClasses().that().resideInAPackage("dev.bnlab.export..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.bnlab.ui..");

    @ArchTest
    static final ArchRule nothingBelowTheWindowRootImportsIt = noClasses()
            .that().resideInAPackage("dev.bnlab.ui.(*)..")
            .should().dependOnClassesThat().resideInAPackage("dev.bnlab.ui");

    @ArchTest
    static final ArchRule mainDoesNotUseJavaFx = noClasses()
            .that().haveFullyQualifiedName("dev.bnlab.app.Main")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");
}
