package io.scoreledger.assessment.model;

import io.scoreledger.ids.TemplateId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * The templates every tenant sees, shipped as classpath resources (one tab-separated file per template, read once)
 * rather than events: they are reference data that changes with a release, not with anything a tenant does.
 */
public final class GlobalTemplates {

    public static final TemplateId NIST_CSF_2 = new TemplateId("tpl_nistcsf20");
    public static final TemplateId CIS_CONTROLS_8 = new TemplateId("tpl_cisv8");

    private static final List<String> RESOURCES = List.of("nist-csf-2.0.tsv", "cis-controls-v8.tsv");
    private static final List<Global> ALL =
            RESOURCES.stream().map(GlobalTemplates::read).toList();

    /** A global template with its category, which tenant templates keep in their own read model. */
    public record Global(TemplateContent content, String version) {}

    private GlobalTemplates() {}

    public static List<Global> all() {
        return ALL;
    }

    public static Optional<TemplateContent> find(TemplateId id) {
        return ALL.stream()
                .map(Global::content)
                .filter(template -> template.id().equals(id))
                .findFirst();
    }

    private static Global read(String resource) {
        var stream = GlobalTemplates.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("Missing global template resource " + resource);
        }
        var header = new LinkedHashMap<String, String>();
        var sections = new LinkedHashMap<String, List<TemplateQuestion>>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                var cells = line.split("\t");
                if (cells[0].equals("Q") && cells.length == 6) {
                    var type = AnswerType.fromWireName(cells[4])
                            .orElseThrow(() -> new IllegalStateException("Bad answer type in " + resource));
                    sections.computeIfAbsent(cells[1], name -> new ArrayList<>())
                            .add(new TemplateQuestion(cells[2], cells[5], Double.parseDouble(cells[3]), type));
                } else if (cells.length == 2) {
                    header.put(cells[0], cells[1]);
                } else {
                    throw new IllegalStateException("Malformed line in " + resource + ": " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var content = new TemplateContent(
                new TemplateId(header.get("id")),
                header.get("name"),
                header.get("category"),
                sections.entrySet().stream()
                        .map(s -> new TemplateSection(s.getKey(), s.getValue()))
                        .toList());
        return new Global(content, header.get("version"));
    }
}
