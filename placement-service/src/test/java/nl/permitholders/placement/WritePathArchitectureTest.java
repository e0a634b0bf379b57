package nl.permitholders.placement;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import nl.permitholders.infrastructure.NamingRules;
import nl.permitholders.infrastructure.WritePathRules;

/**
 * The write path of {@link WritePathRules} and the names of {@link NamingRules}, over this service's classes (unit tier:
 * starts nothing).
 */
@AnalyzeClasses(packages = "nl.permitholders.placement", importOptions = ImportOption.DoNotIncludeTests.class)
class WritePathArchitectureTest {

    @ArchTest
    static final ArchTests writePath = ArchTests.in(WritePathRules.class);

    @ArchTest
    static final ArchTests naming = ArchTests.in(NamingRules.class);

    @ArchTest
    static final ArchRule beansSayTheirRole = NamingRules.beansNameTheirRole;

    @ArchTest
    static final ArchRule resourcesReadThroughTheirServices = WritePathRules.resourcesDoNotQueryEntities;
}
