package com.newsdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house rules of docs/decisions/0001: who may depend on whom, and where SQL, Jackson and JavaFX live. The
 * product's classes and the benchmarks' (src/bench, built with the tests) are read; the tests themselves are not.
 */
@AnalyzeClasses(packages = "com.newsdesk", importOptions = LayersTest.ProductAndBenchmarks.class)
class LayersTest {
    static final class ProductAndBenchmarks implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
                    || (location.contains("/com/newsdesk/bench/") && !location.matches(java.util.regex.Pattern.compile(
                            ".*Test(\\$.*)?\\.class")));
        }
    }

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy("com.newsdesk.domain..")
            .layer("Storage").definedBy("com.newsdesk.storage..")
            .layer("IO").definedBy("com.newsdesk.io..")
            .layer("Service").definedBy("com.newsdesk.service..")
            .layer("UI").definedBy("com.newsdesk.ui..")
            .layer("CLI").definedBy("com.newsdesk.cli..")
            .layer("App").definedBy("com.newsdesk.app..")
            .layer("Bench").definedBy("com.newsdesk.bench..")
            .whereLayer("Bench").mayNotBeAccessedByAnyLayer()
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("CLI").mayOnlyBeAccessedByLayers("App", "Bench")
            .whereLayer("UI").mayOnlyBeAccessedByLayers("App", "Bench")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("UI", "CLI", "App", "Bench")
            .whereLayer("Storage").mayOnlyBeAccessedByLayers("Service", "CLI", "App", "Bench")
            .whereLayer("IO").mayOnlyBeAccessedByLayers("Service", "CLI", "App", "Bench");

    /** The benchmarks open a newsroom and hand it to services; they never reach its repositories themselves. */
    @ArchTest
    static final ArchRule benchmarksUseTheServices = noClasses().that().resideInAPackage("com.newsdesk.bench..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("com.newsdesk.storage.Transaction");

    /** The services' own tools, public for the desks' sub-packages (service.subscribers), are theirs alone. */
    @ArchTest
    static final ArchRule serviceToolsStayInTheServices = classes().that().haveFullyQualifiedName(
                    "com.newsdesk.service.Audit").or().haveFullyQualifiedName("com.newsdesk.service.Privacy")
            .or().haveFullyQualifiedName("com.newsdesk.service.Suppressions")
            .or().haveFullyQualifiedName("com.newsdesk.service.PipedWriter")
            .should().onlyBeAccessed().byClassesThat().resideInAPackage("com.newsdesk.service..");

    /** Issue 18: choosers and alerts are built in one place, the dialog service ViewModels ask through. */
    @ArchTest
    static final ArchRule dialogsGoThroughTheDialogService = noClasses().that()
            .doNotHaveFullyQualifiedName("com.newsdesk.ui.common.FxDialogService")
            .and().doNotHaveFullyQualifiedName("com.newsdesk.app.LastResort") // the last resort needs nothing else
            .should().dependOnClassesThat().haveFullyQualifiedName("javafx.stage.FileChooser")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.scene.control.Alert")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.stage.DirectoryChooser");

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("com.newsdesk.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "com.fasterxml..",
                    "org.jsoup..", "org.sqlite..", "com.newsdesk.storage..", "com.newsdesk.io..",
                    "com.newsdesk.service..");

    @ArchTest
    static final ArchRule sqlLivesInStorage = noClasses().that().resideOutsideOfPackages("com.newsdesk.storage..",
                    "com.newsdesk.bench.floor..") // the bench's floor programs: the driver bare, without our layers
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule jacksonLivesInIo = noClasses().that().resideOutsideOfPackages("com.newsdesk.io..",
                    "com.newsdesk.bench..") // the benchmarks' own table
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule javaFxLivesInTheWindow = noClasses().that()
            .resideInAnyPackage("com.newsdesk.domain..", "com.newsdesk.storage..", "com.newsdesk.io..",
                    "com.newsdesk.service..", "com.newsdesk.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp..");

    @ArchTest
    static final ArchRule richTextFxLivesInTheEditor = noClasses().that()
            .resideOutsideOfPackage("com.newsdesk.ui.editor..")
            .should().dependOnClassesThat().resideInAnyPackage("org.fxmisc..");

    @ArchTest
    static final ArchRule viewModelsNeverTouchControls = classes().that().haveSimpleNameEndingWith("ViewModel")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..", "javafx.stage..");

    /**
     * Every output a user names goes through the guarded writer (issue 12): no class writes a file by itself, except
     * those that write Newsdesk's own files (the newsroom and its backups in storage, the log, the assets folder).
     */
    @ArchTest
    static final ArchRule outputsGoThroughTheGuardedWriter = noClasses().that()
            .resideInAnyPackage("com.newsdesk.ui..", "com.newsdesk.io..", "com.newsdesk.service..", "com.newsdesk.cli..")
            .and().resideOutsideOfPackage("com.newsdesk.service.output..")
            .and().doNotHaveFullyQualifiedName("com.newsdesk.cli.Logs")
            .and().doNotHaveFullyQualifiedName("com.newsdesk.cli.Logs$AppendingFileHandler")
            .and().doNotHaveFullyQualifiedName("com.newsdesk.service.ArticleService")
            .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                            com.tngtech.archunit.base.DescribedPredicate.describe("java.nio.file.Files",
                                    owner -> owner.isEquivalentTo(java.nio.file.Files.class))))
                    .and(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                            com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching(
                                    "newOutputStream|newBufferedWriter|write|writeString|copy|move|createFile"))))
            .orShould().callConstructor(java.io.FileOutputStream.class, java.io.File.class)
            .orShould().callConstructor(java.io.FileOutputStream.class, String.class)
            .orShould().callConstructor(java.io.FileWriter.class, String.class)
            .because("an output is written whole or refused, never over the newsroom (GuardedWriter)");
}
