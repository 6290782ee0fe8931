package io.scoreledger.infra.employee;

import io.scoreledger.employee.commands.ApplyScoreDecay;
import io.scoreledger.employee.queries.FindDecayCandidates;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signals lose weight with age. Rather than compute scores at read time, the sweep re-scores every employee whose
 * score a signal still moves and lets each record the change as an event, so replaying the log gives the same scores.
 */
public class ScoreDecaySweep {

    private static final Logger log = LoggerFactory.getLogger(ScoreDecaySweep.class);
    private static final int PAGE = 500;

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final Clock clock;

    ScoreDecaySweep(QueryGateway queries, CommandGateway commands, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
    }

    public int sweep() {
        var asOf = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int rescored = 0;
        FindDecayCandidates.Result page;
        io.scoreledger.ids.EmployeeId after = null;
        do {
            page = queries.query(new FindDecayCandidates(after, PAGE), FindDecayCandidates.Result.class)
                    .join();
            for (var candidate : page.candidates()) {
                try {
                    commands.sendAndWait(new ApplyScoreDecay(candidate.tenantId(), candidate.employeeId(), asOf));
                    rescored++;
                } catch (RuntimeException e) {
                    log.warn("Decay of {} failed; the next sweep retries", candidate.employeeId(), e);
                }
                after = candidate.employeeId();
            }
        } while (page.candidates().size() == PAGE);
        log.info("Score decay sweep as of {}: {} employees re-scored", asOf, rescored);
        return rescored;
    }
}
