import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Target;

/**
 * Build step: migrates a throwaway embedded PostgreSQL with the read-model migrations and generates jOOQ classes
 * from the real catalog. Skipped when the migrations have not changed since the last run.
 */
public class JooqCodegen {

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Path stamp = output.resolve(".migrations.sha256");
        var configuration = configuration(output);
        String digest = digestOf(migrations, configuration);
        if (Files.exists(stamp) && Files.readString(stamp).equals(digest)) {
            System.out.println("jOOQ classes are up to date with " + migrations);
            return;
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            var dataSource = postgres.getPostgresDatabase();
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("filesystem:" + migrations)
                    .load()
                    .migrate();
            try (var connection = dataSource.getConnection()) {
                var tool = new GenerationTool();
                tool.setConnection(connection);
                tool.run(configuration);
            }
        }
        Files.writeString(stamp, digest);
    }

    /**
     * Timestamps are {@link java.time.Instant}s, as in the events: the read model stores points in time, so an
     * offset the database would attach on read (always UTC here) is noise every repository would have to strip.
     */
    private static Configuration configuration(Path output) {
        return new Configuration()
                .withGenerator(new Generator()
                        .withDatabase(new Database()
                                .withName("org.jooq.meta.postgres.PostgresDatabase")
                                .withInputSchema("read_model")
                                .withForcedTypes(new ForcedType()
                                        .withName("INSTANT")
                                        .withIncludeTypes("(?i:timestamp with time zone|timestamptz)")))
                        .withGenerate(new Generate()
                                .withJavaTimeTypes(true)
                                .withGeneratedAnnotation(false))
                        .withTarget(new Target()
                                .withPackageName("io.scoreledger.query.jooq")
                                .withDirectory(output.toString())));
    }

    /** Covers the generator's settings too, so changing them regenerates even when no migration changed. */
    private static String digestOf(Path migrations, Configuration configuration) throws Exception {
        var sha = MessageDigest.getInstance("SHA-256");
        sha.update(configuration.toString().getBytes());
        try (Stream<Path> files = Files.walk(migrations)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(migrations.relativize(file).toString().getBytes());
                sha.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
