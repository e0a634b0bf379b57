package nl.permitholders.housingstock;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import nl.permitholders.infrastructure.WritePathRules;
import nl.permitholders.platform.merger.Succession;
import nl.permitholders.platform.security.Tenancy;

/**
 * The platform's rules this service asks for every fact it shows or writes (whose it is, and who answers for it after
 * a merger) are plain Java like its own ({@link WritePathRules#frameworkFree}); the platform module has no ArchUnit.
 */
@AnalyzeClasses(packagesOf = {Tenancy.class, Succession.class}, importOptions = ImportOption.DoNotIncludeTests.class)
class PlatformRulesArchitectureTest {

    @ArchTest
    static final ArchRule platformRules = WritePathRules.frameworkFree(Tenancy.class, Succession.class);
}
