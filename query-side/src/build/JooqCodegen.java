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
        String digest = digestOf(migrations);
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
                tool.run(new Configuration()
                        .withGenerator(new Generator()
                                .withDatabase(new Database()
                                        .withName("org.jooq.meta.postgres.PostgresDatabase")
                                        .withInputSchema("read_model"))
                                .withGenerate(new Generate()
                                        .withJavaTimeTypes(true)
                                        .withGeneratedAnnotation(false))
                                .withTarget(new Target()
                                        .withPackageName("io.scoreledger.query.jooq")
                                        .withDirectory(output.toString()))));
            }
        }
        Files.writeString(stamp, digest);
    }

    private static String digestOf(Path migrations) throws Exception {
        var sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.walk(migrations)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(migrations.relativize(file).toString().getBytes());
                sha.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
