package org.newsdesk.cms.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The admin UI's packages (one per screen family, plus security and support) depend on each other
 * without cycles, and the public site's module never reaches back into the admin UI.
 */
class ArchitectureTest {

    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.newsdesk.cms.web");

    @Test
    void admin_packages_have_no_cycles() {
        slices().matching("org.newsdesk.cms.web.(*)..").should().beFreeOfCycles().check(WEB);
    }

    @Test
    void the_core_and_the_public_site_know_nothing_of_the_admin_ui() {
        JavaClasses coreAndPublish = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newsdesk.cms");
        noClasses().that().resideOutsideOfPackage("org.newsdesk.cms.web..")
                .should().dependOnClassesThat().resideInAPackage("org.newsdesk.cms.web..")
                .check(coreAndPublish);
    }
}
