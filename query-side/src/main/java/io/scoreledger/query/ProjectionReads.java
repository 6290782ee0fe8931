package io.scoreledger.query;

import io.scoreledger.query.jooq.tables.AppUser;
import io.scoreledger.query.jooq.tables.Assessment;
import io.scoreledger.query.jooq.tables.Company;
import io.scoreledger.query.jooq.tables.Employee;
import io.scoreledger.query.jooq.tables.Policy;
import java.util.List;
import java.util.Set;

/**
 * The only places where a read model's queries join another projection's tables, declared here and nowhere else:
 * QuerySideArchitectureTest fails on any reference a repository makes to another projection's table that is not
 * listed.
 *
 * <p>Every one of them is a join at query time. No projection's event handlers read another projection's tables, so
 * each projection's rows come from the event log alone, and a rebuild gives the same rows whatever order projections
 * are rebuilt in (identity and tenancy even read each other). What a join does cost: while the projection it reads
 * is rebuilt in place, the joined figures of the reader are partial; the rebuilder says so in the log (see
 * docs/operations/rebuilds.md).
 */
public final class ProjectionReads {

    /** Queries of the {@code reader} processing group join these tables of the {@code owner} processing group. */
    public record Read(String reader, String owner, Set<Class<?>> tables, String why) {}

    public static final List<Read> DECLARED = List.of(
            new Read("identity-projection", "tenancy-projection", Set.of(Company.class), "a user's company name"),
            new Read(
                    "policy-projection",
                    "score-projection",
                    Set.of(Employee.class),
                    "a policy's client's employees, and how many of them acknowledged it"),
            new Read("policy-projection", "identity-projection", Set.of(AppUser.class), "a policy owner's name"),
            new Read("tenancy-projection", "policy-projection", Set.of(Policy.class), "a client's open policies"),
            new Read("tenancy-projection", "assessment-projection", Set.of(Assessment.class), "a client's assessments"),
            new Read("tenancy-projection", "identity-projection", Set.of(AppUser.class), "a company's users"));

    private ProjectionReads() {}

    /** The processing groups whose queries join tables of {@code owner}, each with what it shows from them. */
    public static List<Read> readersOf(String owner) {
        return DECLARED.stream().filter(read -> read.owner().equals(owner)).toList();
    }
}
