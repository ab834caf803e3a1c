package org.newsdesk.cms.publish;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The public site's packages depend on each other one way: url below everything, the cache and
 * the renderers (page, feed, sitemap, seo) above it, delivery on top. A cycle would mean a package
 * can no longer be understood, or changed, on its own.
 */
@AnalyzeClasses(packages = "org.newsdesk.cms.publish", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("org.newsdesk.cms.publish.(*)..").should().beFreeOfCycles();
}
