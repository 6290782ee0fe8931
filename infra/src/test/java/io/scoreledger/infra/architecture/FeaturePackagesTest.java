package io.scoreledger.infra.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * One feature, one name, in the same places: a feature is a package of shared-kernel holding messages
 * (io.scoreledger.&lt;feature&gt;.commands/events/queries), and every other module names its packages after those
 * features. The few technical packages a module has besides are listed here, so a new one is a decision someone
 * writes down rather than a second name for a feature.
 */
class FeaturePackagesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.scoreledger");

    private static final Set<String> KERNEL_VALUES = Set.of("ids", "values", "rules");

    private static final Map<String, Set<String>> TECHNICAL = Map.of(
            "command", Set.of(),
            "query", Set.of("jooq"),
            "api", Set.of("error", "web", "input", "limits", "security"),
            "infra",
                    Set.of(
                            "axon",
                            "cli",
                            "cluster",
                            "database",
                            "deadletter",
                            "limits",
                            "secrets",
                            "security",
                            "upcasting"));

    @Test
    void every_module_names_its_packages_after_the_shared_kernel_features_or_a_declared_technical_package() {
        var features = features();
        var strays = new TreeMap<String, Set<String>>();

        for (JavaClass type : MAIN) {
            var parts = type.getPackageName().split("\\.");
            if (parts.length < 3 || !TECHNICAL.containsKey(parts[2]) || parts.length < 4) {
                continue;
            }
            var layer = parts[2];
            var name = parts[3];
            if (!features.contains(name) && !TECHNICAL.get(layer).contains(name)) {
                strays.computeIfAbsent(layer + "." + name, key -> new TreeSet<>())
                        .add(type.getSimpleName());
            }
        }

        assertThat(features).contains("employee", "projection", "tenancy").doesNotContain("score", "replay", "digest");
        assertThat(strays)
                .as("packages named after no feature of shared-kernel " + features)
                .isEmpty();
    }

    @Test
    void every_package_is_null_marked_so_null_is_only_where_a_type_says_nullable() {
        var unmarked = new TreeSet<String>();
        for (JavaClass type : MAIN) {
            if (!type.getPackageName().startsWith("io.scoreledger.query.jooq")
                    && !type.getPackage().isAnnotatedWith(NullMarked.class)) {
                unmarked.add(type.getPackageName());
            }
        }

        assertThat(unmarked)
                .as("packages without @NullMarked in package-info.java")
                .isEmpty();
    }

    private static Set<String> features() {
        var features = new TreeSet<String>();
        for (JavaClass type : MAIN) {
            var parts = type.getPackageName().split("\\.");
            if (parts.length >= 4
                    && !TECHNICAL.containsKey(parts[2])
                    && !KERNEL_VALUES.contains(parts[2])
                    && Set.of("commands", "events", "queries").contains(parts[3])) {
                features.add(parts[2]);
            }
        }
        return features;
    }
}
