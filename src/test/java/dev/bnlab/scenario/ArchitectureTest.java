package dev.bnlab.scenario;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The numeric core, the scenario code, the experiments and the trainer thread stay free of JavaFX and of the UI;
 * so does the launcher.
 */
@AnalyzeClasses(packages = "dev.bnlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreAndScenarioDoNotUseJavaFxOrTheUi = noClasses()
            .that().resideInAnyPackage("dev.bnlab.core..", "dev.bnlab.scenario..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.bnlab.ui..");

    @ArchTest
    static final ArchRule experimentsAndLiveDoNotUseJavaFxOrTheUi = noClasses()
            .that().resideInAnyPackage("dev.bnlab.experiments..", "dev.bnlab.live..", "dev.bnlab.i18n..", "dev.bnlab.lesson..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "dev.bnlab.ui..");

    @ArchTest
    static final ArchRule exportDoesNotUseJavaFx = noClasses().that().resideInAPackage("dev.bnlab.export..").should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.bnlab.ui..");

    @ArchTest
    static final ArchRule mainDoesNotUseJavaFx = noClasses()
            .that().haveFullyQualifiedName("dev.bnlab.app.Main")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");
}
