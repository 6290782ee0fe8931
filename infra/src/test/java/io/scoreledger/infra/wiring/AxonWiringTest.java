package io.scoreledger.infra.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.query.assessment.AssessmentProjector;
import io.scoreledger.query.audit.AuditProjector;
import io.scoreledger.query.employee.ScoreProjector;
import io.scoreledger.query.identity.IdentityProjector;
import io.scoreledger.query.integration.IntegrationProjector;
import io.scoreledger.query.policy.PolicyProjector;
import io.scoreledger.query.tenancy.TenancyProjector;
import io.scoreledger.query.webhook.WebhookProjector;
import java.lang.reflect.Field;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.jooq.DSLContext;
import org.jooq.impl.DataSourceConnectionProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** Guards the Boot 4 ordering fix: without it Axon silently falls back to no transactions and no JDBC store. */
class AxonWiringTest extends ApplicationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void eventsTokensAndSagasLiveInPostgresThroughJdbc() {
        assertThat(context.getBean(EventStorageEngine.class)).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(context.getBean(TokenStore.class)).isInstanceOf(JdbcTokenStore.class);
        assertThat(context.getBean(SagaStore.class)).isInstanceOf(JdbcSagaStore.class);
    }

    @Test
    void axonRunsInSpringManagedTransactions() {
        assertThat(context.getBean(TransactionManager.class)).isInstanceOf(SpringTransactionManager.class);
    }

    @Test
    void axonMessagesAreMeasuredInTheApplicationsMeterRegistry() {
        var axonMetrics = context.getBean(GlobalMetricRegistry.class);
        assertThat(axonMetrics.getRegistry()).isSameAs(context.getBean(MeterRegistry.class));
    }

    @Test
    void eventStoreTokenStoreAndReadModelsShareOneDataSource() throws Exception {
        assertThat(context.getBeansOfType(DataSource.class)).hasSize(1);
        DataSource theDataSource = context.getBean(DataSource.class);

        assertThat(dataSourceBehind(context.getBean(EventStorageEngine.class))).isSameAs(theDataSource);
        assertThat(dataSourceBehind(context.getBean(TokenStore.class))).isSameAs(theDataSource);
        assertThat(dataSourceBehind(context.getBean(SagaStore.class))).isSameAs(theDataSource);
        var jooqConnections = (DataSourceConnectionProvider)
                context.getBean(DSLContext.class).configuration().connectionProvider();
        assertThat(unwrap(jooqConnections.dataSource())).isSameAs(theDataSource);
    }

    @Test
    void projectionsRunInTrackingProcessorsWithJdbcTokensAndCommandsStayLocal() {
        var processing = context.getBean(EventProcessingConfiguration.class);
        for (var group : List.of(
                TenancyProjector.PROCESSING_GROUP,
                IdentityProjector.PROCESSING_GROUP,
                ScoreProjector.PROCESSING_GROUP,
                PolicyProjector.PROCESSING_GROUP,
                AssessmentProjector.PROCESSING_GROUP,
                IntegrationProjector.PROCESSING_GROUP,
                WebhookProjector.PROCESSING_GROUP,
                AuditProjector.PROCESSING_GROUP)) {
            assertThat(processing.eventProcessor(group)).get().isInstanceOf(TrackingEventProcessor.class);
            assertThat(processing.tokenStore(group)).isInstanceOf(JdbcTokenStore.class);
        }
        assertThat(processing.eventProcessor("webhook-delivery")).get().isInstanceOf(SubscribingEventProcessor.class);
        assertThat(context.getBean(CommandBus.class)).isInstanceOf(SimpleCommandBus.class);
    }

    /** Follows the connection-provider wrappers Axon builds around the DataSource. */
    private static DataSource dataSourceBehind(Object component) throws IllegalAccessException {
        Object current = component;
        for (int depth = 0; depth < 6; depth++) {
            if (current instanceof DataSource dataSource) {
                return unwrap(dataSource);
            }
            Object next = null;
            for (Class<?> type = current.getClass(); type != null && next == null; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (field.getName().equals("connectionProvider")
                            || field.getName().equals("dataSource")
                            || field.getName().equals("delegate")) {
                        field.setAccessible(true);
                        next = field.get(current);
                        break;
                    }
                }
            }
            if (next == null) {
                break;
            }
            current = next;
        }
        throw new AssertionError("No DataSource found behind " + component.getClass());
    }

    private static DataSource unwrap(DataSource dataSource) {
        DataSource current = dataSource;
        while (current instanceof DelegatingDataSource delegating && delegating.getTargetDataSource() != null) {
            current = delegating.getTargetDataSource();
        }
        return current;
    }
}
