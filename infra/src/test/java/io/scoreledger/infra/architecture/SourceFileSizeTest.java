package io.scoreledger.infra.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A main source file over 350 lines is doing more than one job; split it by job before it grows further. */
class SourceFileSizeTest {

    private static final int MAX_LINES = 350;

    @Test
    void no_main_source_file_is_over_350_lines() throws IOException {
        var oversized = new TreeMap<String, Long>();
        java.util.List<Path> modules;
        try (var entries = Files.list(Path.of(".."))) {
            modules = entries.filter(dir -> Files.isDirectory(dir.resolve("src/main/java")))
                    .toList();
        }
        for (var module : modules) {
            oversized.putAll(oversized(module.resolve("src/main/java")));
        }

        assertThat(modules).as("modules read").hasSize(5);
        assertThat(oversized)
                .as("main source files over " + MAX_LINES + " lines")
                .isEmpty();
    }

    private static Map<String, Long> oversized(Path sources) throws IOException {
        var found = new TreeMap<String, Long>();
        try (var files = Files.walk(sources)) {
            for (var file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                long lines;
                try (var text = Files.lines(file)) {
                    lines = text.count();
                }
                if (lines > MAX_LINES) {
                    found.put(file.toString(), lines);
                }
            }
        }
        return found;
    }
}
