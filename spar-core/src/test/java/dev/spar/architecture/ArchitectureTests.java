package dev.spar.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The core stays plain Java: no framework, no I/O, no printing, no cycles between its packages. */
class ArchitectureTests {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.spar");

    @Test
    void coreDependsOnlyOnTheJdkAndItself() {
        ArchRule rule = noClasses()
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("dev.spar..", "java.lang..", "java.util..", "java.time..", "java.text..");
        rule.check(CORE);
    }

    @Test
    void coreDoesNoInputOrOutput() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.sql..", "java.net.http..")
                .check(CORE);
    }

    @Test
    void coreNeverPrints() {
        noClasses()
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .check(CORE);
    }

    @Test
    void corePackagesHaveNoCycles() {
        slices().matching("dev.spar.(*)..").should().beFreeOfCycles().check(CORE);
    }
}
