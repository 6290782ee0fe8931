package io.scoreledger.infra.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.api.limits.Quota;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several nodes of the service, each with its own limiter, sharing one database: here, several limiters over the
 * application's DataSource. Their clock stands still, so no bucket refills during a test.
 */
class SharedBucketsTest extends RateLimitApplicationTest {

    private static final Clock FROZEN = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
    private static final Duration NEVER_STALE = Duration.ofDays(1);

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    private final List<Bucket4jRateLimiter> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() throws InterruptedException {
        for (var node : nodes) {
            node.close();
        }
    }

    @Test
    void givenTwoNodes_whenBothConsumeFromOneBucket_thenTheySeeOneAnothersRequestsAndStopTogether() {
        var first = node(dataSource, 0);
        var second = node(dataSource, 0);
        String key = key();
        var quota = new Quota(4, Duration.ofHours(1));

        assertThat(first.tryConsume(key, quota).remaining()).isEqualTo(3);
        assertThat(second.tryConsume(key, quota).remaining()).isEqualTo(2);
        assertThat(first.tryConsume(key, quota).remaining()).isEqualTo(1);
        assertThat(second.tryConsume(key, quota).remaining()).isZero();

        var refusedOnFirst = first.tryConsume(key, quota);
        var refusedOnSecond = second.tryConsume(key, quota);
        assertThat(refusedOnFirst.allowed()).isFalse();
        assertThat(refusedOnSecond.allowed()).isFalse();
        assertThat(second.peek(key, quota).allowed()).isFalse();
        // One token comes back every 15 minutes; the bucket is full again an hour after the last request.
        assertThat(refusedOnSecond.retryAfter()).isEqualTo(Duration.ofMinutes(15));
        assertThat(refusedOnSecond.untilFull()).isEqualTo(Duration.ofHours(1));
        assertThat(jdbc.queryForObject(
                        "select count(*) from rate_limit_bucket where id = ?", Integer.class, key + "@" + quota))
                .isOne();
    }

    @Test
    void givenDelayedSynchronization_whenTwoNodesConsume_thenEachLagsBehindTheOtherByAtMostItsUnsyncedTokens() {
        var first = node(dataSource, 0.1);
        var second = node(dataSource, 0.1);
        String key = key();
        var quota = new Quota(100, Duration.ofHours(1));

        first.tryConsume(key, quota);
        for (int i = 0; i < 10; i++) {
            first.tryConsume(key, quota);
        }
        assertThat(second.tryConsume(key, quota).remaining())
                .as("the second node sees the first's synced request, not the 10 it holds back")
                .isEqualTo(98);

        first.flush();
        for (int i = 0; i < 10; i++) {
            second.tryConsume(key, quota);
        }
        assertThat(second.tryConsume(key, quota).remaining())
                .as("once both have synced, all 23 requests are counted")
                .isEqualTo(100 - 23);
    }

    @Test
    void givenDelayedSynchronization_when100RequestsHitOneBucket_thenFarFewerDatabaseRoundTrips() {
        var exactCalls = new AtomicInteger();
        var delayedCalls = new AtomicInteger();
        var exact = node(counting(dataSource, exactCalls), 0);
        var delayed = node(counting(dataSource, delayedCalls), 0.01);
        var quota = new Quota(1000, Duration.ofHours(1));
        String exactKey = key();
        String delayedKey = key();

        for (int i = 0; i < 100; i++) {
            exact.tryConsume(exactKey, quota);
            delayed.tryConsume(delayedKey, quota);
        }

        System.out.printf(
                "Round trips for 100 requests on one bucket: exact %d, delayed (k = 10) %d%n",
                exactCalls.get(), delayedCalls.get());
        assertThat(exactCalls.get()).isGreaterThanOrEqualTo(3 * 100);
        assertThat(delayedCalls.get()).isLessThanOrEqualTo(exactCalls.get() / 8);
        assertThat(exact.peek(exactKey, quota).remaining()).isEqualTo(900);
        delayed.flush();
        assertThat(node(dataSource, 0).peek(delayedKey, quota).remaining()).isEqualTo(900);
    }

    @Test
    void givenExpiredBucketRows_whenCleanedUp_thenOnlyThoseAreDeleted() {
        var node = node(dataSource, 0);
        String live = key();
        node.tryConsume(live, new Quota(3, Duration.ofHours(1)));
        String expired = key() + "@1/PT1H";
        jdbc.update("insert into rate_limit_bucket (id, state, expires_at) values (?, null, 0)", expired);

        assertThat(node.removeExpiredBuckets()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForList(
                        "select id from rate_limit_bucket where id in (?, ?)", String.class, expired, live + "@3/PT1H"))
                .containsExactly(live + "@3/PT1H");
    }

    private Bucket4jRateLimiter node(DataSource database, double unsynchronizedShare) {
        var settings = new RateLimitStoreProperties(unsynchronizedShare, NEVER_STALE, 100, Duration.ofHours(1));
        var node = new Bucket4jRateLimiter(database, FROZEN, settings);
        nodes.add(node);
        return node;
    }

    private static String key() {
        return "test:" + UUID.randomUUID();
    }

    /** Counts the calls that cost a round trip to PostgreSQL: statements executed, commits and rollbacks. */
    private static DataSource counting(DataSource target, AtomicInteger calls) {
        return (DataSource) Proxy.newProxyInstance(
                SharedBucketsTest.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection connection ? countingConnection(connection, calls) : result;
                });
    }

    private static Connection countingConnection(Connection target, AtomicInteger calls) {
        return (Connection) Proxy.newProxyInstance(
                SharedBucketsTest.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("commit") || method.getName().equals("rollback")) {
                        calls.incrementAndGet();
                    }
                    Object result = invoke(target, method, args);
                    return result instanceof Statement statement ? countingStatement(statement, calls) : result;
                });
    }

    private static Statement countingStatement(Statement target, AtomicInteger calls) {
        var interfaces = target instanceof PreparedStatement
                ? new Class<?>[] {PreparedStatement.class}
                : new Class<?>[] {Statement.class};
        var loader = SharedBucketsTest.class.getClassLoader();
        return (Statement) Proxy.newProxyInstance(loader, interfaces, (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                calls.incrementAndGet();
            }
            return invoke(target, method, args);
        });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
