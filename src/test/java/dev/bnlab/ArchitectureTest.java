package dev.bnlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The layers of the app (see docs/architecture.md): no package imports a package that imports it back; the numeric
 * core, the file formats, the experiments, the engine of runs and the plot arithmetic stay free of JavaFX and of the
 * UI, and the UI packages hold JavaFX classes only; the window's root sits on top of the UI and nothing below
 * imports it; the launcher loads no JavaFX.
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
            .that().resideInAnyPackage("dev.bnlab.experiments..", "dev.bnlab.runtime..", "dev.bnlab.plot..",
                    "dev.bnlab.i18n..", "dev.bnlab.lesson..", "dev.bnlab.record..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "dev.bnlab.ui..");

    /**
     * What needs no JavaFX lives below the UI (the runtime, the plot arithmetic, the lessons), so a class of the UI
     * packages uses JavaFX, itself or through the UI classes it is made of. The one exception reaches JavaFX's
     * internals by reflection, so that a build without them still starts.
     */
    @ArchTest
    static final ArchRule everyUiClassIsJavaFx = classes()
            .that().resideInAPackage("dev.bnlab.ui..").and().areTopLevelClasses()
            .and().doNotHaveSimpleName("GlyphLayoutRaceGuard")
            .should(useJavaFx());

    /** Whether the class reaches JavaFX (or ControlsFX) through any chain of its dependencies. */
    private static ArchCondition<JavaClass> useJavaFx() {
        return new ArchCondition<>("use JavaFX, directly or through the classes they use") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                boolean fx = c.getTransitiveDependenciesFromSelf().stream()
                        .map(d -> d.getTargetClass().getPackageName())
                        .anyMatch(p -> p.startsWith("javafx.") || p.startsWith("org.controlsfx."));
                if (!fx) {
                    events.add(SimpleConditionEvent.violated(c, c.getName() + " uses no JavaFX: it belongs below the UI"));
                }
            }
        };
    }

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
