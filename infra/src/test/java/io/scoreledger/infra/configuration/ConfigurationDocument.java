package io.scoreledger.infra.configuration;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.boot.configurationmetadata.ConfigurationMetadataProperty;
import org.springframework.boot.configurationmetadata.ConfigurationMetadataRepositoryJsonBuilder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * docs/configuration.md, written from the configuration metadata that spring-boot-configuration-processor derives
 * from the @ConfigurationProperties records (and infra's additional metadata for the framework settings the service
 * relies on), with the defaults and variable names that application.yml sets. Only the prose lives here.
 */
final class ConfigurationDocument {

    private static final String METADATA = "META-INF/spring-configuration-metadata.json";
    private static final String ADDITIONAL_METADATA = "META-INF/additional-spring-configuration-metadata.json";
    private static final String PROCESSORS = "axon.eventhandling.processors.";
    private static final Pattern JAVADOC_TAG = Pattern.compile("\\{@(?:link|code) ([^}]*)}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):(.*)}");

    record Setting(String name, List<String> variables, String defaultValue, String description) {}

    private record Section(String title, String intro, List<String> prefixes) {}

    private record YamlValue(String value, String profile) {}

    private static final List<Section> SECTIONS = List.of(
            new Section(
                    "Server, database and data directory",
                    """
                    With nothing set, the service starts an embedded PostgreSQL whose data persists in
                    `<data-dir>/postgres`. To run against your own PostgreSQL, create an empty database and a user
                    allowed to create tables in it, then set its URL, user and password:

                    ```bash
                    export SCORELEDGER_DB_URL=jdbc:postgresql://db:5432/scoreledger
                    export SCORELEDGER_DB_USER=scoreledger SCORELEDGER_DB_PASSWORD=…
                    java -jar infra/target/scoreledger.jar
                    ```

                    Flyway creates and migrates every table (the event store, Axon's token and dead-letter tables, the
                    read models) at start. Several nodes share one such database (see "Several nodes" below); the
                    embedded database belongs to one process.""",
                    List.of("server.", "spring.datasource.", "scoreledger.data-dir", "scoreledger.embedded-postgres.")),
            new Section("Authentication", """
                    The operator's token, JWTs from an identity provider, browser sessions and API keys; see
                    docs/adr/0007-operator-bootstrap-token.md and docs/adr/0008-identity-tokens-keys-sessions.md.""", List.of("scoreledger.operator-token", "scoreledger.auth.")),
            new Section("Secret-sealing keys", """
                    Webhook signing secrets and integration credentials are sealed with AES-256-GCM in the api, before
                    any command is built; only the sealed form, `<key id>:<base64 of nonce and ciphertext>`, enters
                    events and tables. The key id travels in the sealed value, so every listed key can open what it
                    sealed, and only the active key seals. Without configured keys a key is generated at first start
                    into `<data-dir>/secret-key` (id `local`, readable by its owner only): fine for one node, wrong for
                    several, which must all hold the same keys. A key that is not 32 bytes, or an active key that is not
                    listed, stops the start.

                    **Rotating the keys.** Nothing re-seals a stored value: events keep their sealed secrets for ever.

                    1. Make a key: `openssl rand -base64 32`.
                    2. List it with the keys in use and make it active, the same on every node, then restart them:
                       `SCORELEDGER_SECRET_KEYS=k2:<new>,k1:<old>` and `SCORELEDGER_SECRET_ACTIVE_KEY=k2` (or list
                       `k2` first). Coming from the generated key, the old entry is the content of `<data-dir>/secret-key`,
                       already in `local:<base64>` form; once keys are configured that file is no longer read.
                    3. New webhooks and integration credentials are now sealed with `k2`; the old ones still open
                       with `k1`.
                    4. Retire `k1` only when nothing in use was sealed with it. Webhooks still using it:
                       `select id, company_id from webhook_target where active and sealed_secret like 'k1:%'`; replace
                       each (create a new webhook, delete the old one). Integration credentials keep their sealed values
                       only in their events: remove and add them again. A delivery whose key was retired fails with
                       "No secret key k1 is configured; it was retired too early".""", List.of("scoreledger.secrets.")),
            new Section(
                    "Requests and rate limits",
                    null,
                    List.of("scoreledger.api.", "scoreledger.rate-limits.", "spring.security.")),
            new Section("Commands", null, List.of("scoreledger.commands.")),
            new Section(
                    "Projections, scores and reports",
                    "Rebuilds and replays: docs/operations/rebuilds.md; dead letters: docs/operations/dead-letters.md.",
                    List.of("scoreledger.projections.", "scoreledger.scores.", "scoreledger.reports.")),
            new Section("Webhooks", null, List.of("scoreledger.webhooks.")),
            new Section(
                    "Several nodes",
                    """
                    Nodes share one database; each needs its own node id and data directory, and all of them the same
                    operator token and secret-sealing keys. See docs/adr/0014-several-nodes-one-database.md.""",
                    List.of("scoreledger.node-id", "scoreledger.cluster.", "axon.", "spring.profiles.")),
            new Section("Axon Framework", null, List.of("scoreledger.axon.")));

    private final Map<String, ConfigurationMetadataProperty> metadata;
    private final Map<String, YamlValue> yaml;

    private ConfigurationDocument(Map<String, ConfigurationMetadataProperty> metadata, Map<String, YamlValue> yaml) {
        this.metadata = metadata;
        this.yaml = yaml;
    }

    /** The metadata of the project's own modules and application.yml, both from the classpath. */
    static ConfigurationDocument fromClasspath() {
        try {
            var builder = ConfigurationMetadataRepositoryJsonBuilder.create();
            for (URL url : Collections.list(loader().getResources(METADATA))) {
                var json = read(url);
                if (json.contains("\"io.scoreledger.")) {
                    builder.withJsonResource(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
                }
            }
            var declared = new TreeSet<String>();
            for (URL url : Collections.list(loader().getResources(ADDITIONAL_METADATA))) {
                try (InputStream in = url.openStream()) {
                    ConfigurationMetadataRepositoryJsonBuilder.create(in)
                            .build()
                            .getAllProperties()
                            .keySet()
                            .forEach(declared::add);
                }
            }
            var selected = new TreeMap<String, ConfigurationMetadataProperty>();
            builder.build().getAllProperties().forEach((name, property) -> {
                if (name.startsWith("scoreledger.") || declared.contains(name)) {
                    selected.put(name, property);
                }
            });
            return new ConfigurationDocument(selected, applicationYaml());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every documented setting, by name. */
    Map<String, ConfigurationMetadataProperty> metadata() {
        return metadata;
    }

    /** The keys application.yml sets, in every profile. */
    Set<String> yamlKeys() {
        var keys = new TreeSet<String>();
        yaml.keySet().forEach(key -> keys.add(key.replace("@profile", "")));
        return keys;
    }

    String render() {
        var out = new StringBuilder();
        out.append("""
                # Configuration

                <!-- Generated from the configuration metadata and application.yml by ConfigurationDocumentTest; do not
                     edit. Change the Javadoc of the @ConfigurationProperties record (or infra's
                     additional-spring-configuration-metadata.json), then regenerate:
                     %s -->

                Every setting is a Spring Boot property: set it as an environment variable, as a command-line argument
                (`--scoreledger.data-dir=/srv/scoreledger`), or in an `application.yml` beside the jar. The variable
                shown is the relaxed-binding form (upper case, `.` as `_`, `-` dropped); underscores for the dashes
                work too (`SCORELEDGER_OPERATOR_TOKEN`). Where application.yml names a variable of its own, that one
                comes first. Durations are ISO-8601 (`PT5S`) or simple (`5s`).
                """.formatted(ConfigurationDocumentTest.REGENERATE));
        var remaining = new LinkedHashMap<>(metadata);
        for (var section : SECTIONS) {
            var settings = new ArrayList<Setting>();
            remaining.entrySet().removeIf(entry -> {
                if (section.prefixes().stream().anyMatch(entry.getKey()::startsWith)) {
                    settings.add(setting(entry.getValue()));
                    return true;
                }
                return false;
            });
            section(out, section.title(), section.intro(), settings);
        }
        section(
                out,
                "Other settings",
                null,
                remaining.values().stream().map(this::setting).toList());
        processors(out);
        fixedSettings(out);
        return out.toString();
    }

    Setting setting(ConfigurationMetadataProperty property) {
        var name = property.getId();
        var variables = new ArrayList<String>();
        var configured = yaml.get(name);
        String defaultValue = property.getDefaultValue() == null ? null : String.valueOf(property.getDefaultValue());
        if (configured != null && configured.profile() == null) {
            var placeholder = PLACEHOLDER.matcher(configured.value());
            if (placeholder.matches()) {
                variables.add(placeholder.group(1));
                defaultValue = placeholder.group(2);
            } else {
                defaultValue = configured.value();
            }
        }
        var relaxed = name.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "");
        var isMap = property.getType().startsWith("java.util.Map");
        if (!isMap && !variables.contains(relaxed)) {
            variables.add(relaxed);
        }
        var shown = isMap
                ? "see [Event processors](#event-processors)"
                : defaultValue == null || defaultValue.isEmpty() ? "empty" : "`" + defaultValue + "`";
        var profiled = yaml.get(name + "@profile");
        if (profiled != null) {
            var value = profiled.value();
            var placeholder = PLACEHOLDER.matcher(value);
            if (placeholder.matches()) {
                variables.remove(placeholder.group(1));
                variables.addFirst(placeholder.group(1));
                value = placeholder.group(2);
            }
            shown += "; `" + value + "` with the `" + profiled.profile() + "` profile";
        }
        return new Setting(name, variables, shown, Objects.requireNonNullElse(property.getDescription(), ""));
    }

    private static void section(StringBuilder out, String title, String intro, List<Setting> settings) {
        if (settings.isEmpty()) {
            return;
        }
        out.append("\n## ").append(title).append("\n\n");
        if (intro != null) {
            out.append(intro.strip()).append("\n\n");
        }
        out.append("| Property | Environment variable | Default | Description |\n|---|---|---|---|\n");
        for (var setting : settings) {
            out.append("| `")
                    .append(setting.name())
                    .append("` | ")
                    .append(String.join(
                            ", ",
                            setting.variables().stream().map(v -> "`" + v + "`").toList()))
                    .append(" | ")
                    .append(setting.defaultValue())
                    .append(" | ")
                    .append(cell(setting.description()))
                    .append(" |\n");
        }
    }

    /** The processors application.yml configures, one row each. */
    private void processors(StringBuilder out) {
        var rows = new TreeMap<String, Map<String, String>>();
        var columns = new TreeSet<String>();
        yaml.forEach((key, value) -> {
            if (key.startsWith(PROCESSORS) && value.profile() == null) {
                var rest = key.substring(PROCESSORS.length());
                var processor = rest.substring(0, rest.indexOf('.'));
                var setting = rest.substring(processor.length() + 1);
                rows.computeIfAbsent(processor, p -> new TreeMap<>()).put(setting, value.value());
                columns.add(setting);
            }
        });
        out.append("\n## Event processors\n\n")
                .append("Set in application.yml under `axon.eventhandling.processors.<name>.*`; any of them can be")
                .append(
                        " overridden like the settings above (`--axon.eventhandling.processors.score-projection.batch-size=1000`).\n\n")
                .append("| Processor | ")
                .append(String.join(
                        " | ", columns.stream().map(c -> "`" + c + "`").toList()))
                .append(" |\n|---|")
                .append("---|".repeat(columns.size()))
                .append("\n");
        rows.forEach((processor, settings) -> out.append("| `")
                .append(processor)
                .append("` | ")
                .append(String.join(
                        " | ",
                        columns.stream().map(c -> settings.getOrDefault(c, "")).toList()))
                .append(" |\n"));
    }

    /** Everything else application.yml sets: framework behaviour the service depends on, not meant to be tuned. */
    private void fixedSettings(StringBuilder out) {
        out.append("\n## Fixed in application.yml\n\n")
                .append("Framework settings the service's behaviour depends on (error bodies, JSON strictness, exposed")
                .append(" endpoints); listed so that nothing the service reads is missing here.\n\n")
                .append("| Property | Value |\n|---|---|\n");
        yaml.forEach((key, value) -> {
            var name = key.replace("@profile", "");
            if (!metadata.containsKey(name) && !name.startsWith(PROCESSORS)) {
                out.append("| `")
                        .append(name)
                        .append("` | `")
                        .append(value.value())
                        .append('`');
                if (value.profile() != null) {
                    out.append(" with the `").append(value.profile()).append("` profile");
                }
                out.append(" |\n");
            }
        });
    }

    private static String cell(String text) {
        return JAVADOC_TAG.matcher(text).replaceAll("$1").replace("|", "\\|").replace("\n", " ");
    }

    /** Keys of the default document as they are; keys of a profile's document with an @profile suffix. */
    private static Map<String, YamlValue> applicationYaml() throws IOException {
        var documents =
                new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
        var values = new TreeMap<String, YamlValue>();
        for (var document : documents) {
            var source = (EnumerablePropertySource<?>) document;
            var profile = source.getProperty("spring.config.activate.on-profile");
            for (var key : source.getPropertyNames()) {
                if (key.startsWith("spring.config.activate.")) {
                    continue;
                }
                var value = String.valueOf(source.getProperty(key));
                values.put(
                        profile == null ? key : key + "@profile",
                        new YamlValue(value, profile == null ? null : String.valueOf(profile)));
            }
        }
        return values;
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ClassLoader loader() {
        return ConfigurationDocument.class.getClassLoader();
    }
}
