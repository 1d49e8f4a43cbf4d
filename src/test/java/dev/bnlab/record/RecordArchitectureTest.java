package dev.bnlab.record;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The recording core (plans, frame source, GIF/MP4 writers) knows no JavaFX and no UI class. */
@AnalyzeClasses(packages = "dev.bnlab", importOptions = ImportOption.DoNotIncludeTests.class)
class RecordArchitectureTest {

    @ArchTest
    static final ArchRule recordDoesNotUseJavaFxOrTheUi = noClasses()
            .that().resideInAPackage("dev.bnlab.record..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "dev.bnlab.ui..");
}
