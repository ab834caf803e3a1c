package org.newsdesk.cms;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The core's packages depend on each other one way: a package that needs another never is needed
 * by it, so each can be read, tested and changed from the bottom up.
 */
@AnalyzeClasses(packages = "org.newsdesk.cms", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.newsdesk.cms.(*)..").should().beFreeOfCycles();
}
