package io.scoreledger.infra.configuration;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/configuration.md is generated: this test writes it from the configuration metadata and fails when the
 * committed file differs. Run with -Dscoreledger.docs.write=true to rewrite it.
 */
class ConfigurationDocumentTest {

    static final String REGENERATE = "./mvnw -B -pl infra -am test -Dtest=ConfigurationDocumentTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dscoreledger.docs.write=true";

    private final ConfigurationDocument document = ConfigurationDocument.fromClasspath();

    @Test
    void givenTheConfigurationMetadata_whenTheDocumentIsWritten_thenDocsConfigurationMdIsUpToDate() throws IOException {
        var file = repositoryRoot().resolve("docs/configuration.md");
        var expected = document.render();
        if (Boolean.getBoolean("scoreledger.docs.write")) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        var committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        assertThat(committed)
                .as(
                        "docs/configuration.md is out of date with the configuration metadata; regenerate it with%n  %s%n",
                        REGENERATE)
                .isEqualTo(expected);
    }

    @Test
    void givenApplicationYml_whenItsScoreledgerSettingsAreLookedUp_thenARecordBindsEachOne() {
        var unbound = document.yamlKeys().stream()
                .filter(key -> key.startsWith("scoreledger."))
                .filter(key -> !document.metadata().containsKey(key))
                .toList();
        assertThat(unbound)
                .as("settings in application.yml that no @ConfigurationProperties record binds")
                .isEmpty();
    }

    @Test
    void givenTheDocumentedSettings_whenTheirDescriptionsAreRead_thenNoneIsMissing() {
        var undescribed = document.metadata().values().stream()
                .filter(property -> property.getDescription() == null
                        || property.getDescription().isBlank())
                .map(property -> property.getId())
                .toList();
        assertThat(undescribed)
                .as("settings whose record component has no @param Javadoc")
                .isEmpty();
    }

    @Test
    void givenTheMainSources_whenSettingsAreRead_thenOnlyThroughConfigurationPropertiesRecords() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("io.scoreledger");
        noClasses()
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.beans.factory.annotation.Value")
                .because("a @Value default is invisible to the configuration metadata and docs/configuration.md")
                .check(classes);
    }

    private static Path repositoryRoot() {
        var directory = Path.of("").toAbsolutePath();
        while (!Files.exists(directory.resolve("mvnw"))) {
            directory = directory.getParent();
        }
        return directory;
    }
}
