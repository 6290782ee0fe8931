package io.scoreledger.infra.projection;

import io.scoreledger.rules.ConflictException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.jooq.DSLContext;
import org.jooq.conf.MappedSchema;
import org.jooq.conf.RenderMapping;
import org.jooq.conf.SettingsTools;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds a projection beside its live tables, so that readers, and above all credential checks, never see a
 * half-built model. The live processor keeps applying new events to the live tables; a second tracking processor
 * (the same handlers, their writes rendered into a shadow schema) replays the whole log into empty copies of the
 * tables. Once it has caught up, both stop, and one transaction swaps the shadow tables in and hands the shadow's
 * token to the live processor, which goes on from there on the new tables: events the shadow had not reached are
 * applied to them by the live processor, none twice.
 */
public class BlueGreenRebuilds implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(BlueGreenRebuilds.class);
    private static final int BATCH_SIZE = 500;
    private static final Duration WATCH_INTERVAL = Duration.ofMillis(200);

    private final Map<String, BlueGreenProjection> projections;
    private final EventProcessingConfiguration processing;
    private final ObjectProvider<Configuration> axon;
    private final DSLContext dsl;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final String nodeId;
    private final Map<String, Shadow> shadows = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watcher;

    BlueGreenRebuilds(
            List<BlueGreenProjection> projections,
            EventProcessingConfiguration processing,
            ObjectProvider<Configuration> axon,
            DSLContext dsl,
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            String nodeId) {
        this.projections = projections.stream()
                .collect(Collectors.toUnmodifiableMap(BlueGreenProjection::processingGroup, Function.identity()));
        this.processing = processing;
        this.axon = axon;
        this.dsl = dsl;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.nodeId = nodeId;
        this.watcher = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name("blue-green-switch").factory());
        watcher.scheduleWithFixedDelay(
                this::switchThoseCaughtUp, WATCH_INTERVAL.toMillis(), WATCH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private record Shadow(ShadowSchema schema, TrackingEventProcessor processor) {}

    static String shadowProcessorName(String processingGroup) {
        return processingGroup + ".rebuild";
    }

    boolean supports(String processor) {
        return projections.containsKey(processor);
    }

    /** The processor replaying into the shadow tables while a rebuild of this processing group is under way. */
    Optional<StreamingEventProcessor> shadowOf(String processor) {
        return Optional.ofNullable(shadows.get(processor)).map(Shadow::processor);
    }

    /**
     * Creates the shadow tables and starts replaying into them. A rebuild already under way is left alone (409),
     * unless it has stopped on an error, when it is discarded and started again.
     */
    synchronized void start(String processor) {
        var running = shadows.get(processor);
        if (running != null && !running.processor().isError()) {
            throw new ConflictException(processor + " is already being rebuilt; its new tables go live when they reach"
                    + " the head of the event log.");
        }
        if (running != null) {
            running.processor().shutDown();
            shadows.remove(processor);
        }
        refuseIfClaimedElsewhere(processor);
        var projection = projections.get(processor);
        var schema = new ShadowSchema(jdbc, processor, projection.tables());
        transactions.executeWithoutResult(status -> {
            schema.create();
            jdbc.update("delete from tokenentry where processorname = ?", shadowProcessorName(processor));
        });
        var shadow = shadowProcessor(projection, schema);
        shadows.put(processor, new Shadow(schema, shadow));
        shadow.start();
        LOG.info("Rebuilding {} into schema {} beside its live tables, which keep serving", processor, schema.name());
    }

    private TrackingEventProcessor shadowProcessor(BlueGreenProjection projection, ShadowSchema schema) {
        var configuration = axon.getObject();
        var name = projection.processingGroup();
        var settings = SettingsTools.clone(dsl.settings())
                .withRenderMapping(new RenderMapping()
                        .withSchemata(
                                new MappedSchema().withInput(schema.live()).withOutput(schema.name())));
        var handlers = projection.handlers().apply(DSL.using(dsl.configuration().derive(settings)));
        var shadow = TrackingEventProcessor.builder()
                .name(shadowProcessorName(name))
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                        .eventHandlers(handlers)
                        .parameterResolverFactory(configuration.parameterResolverFactory())
                        .handlerDefinition(configuration.handlerDefinition(handlers.getClass()))
                        .build())
                .messageSource(configuration.eventStore())
                .tokenStore(processing.tokenStore(name))
                .transactionManager(processing.transactionManager(name))
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(BATCH_SIZE)
                        .andInitialTrackingToken(StreamableMessageSource::createTailToken)
                        .andTokenClaimInterval(WATCH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS))
                .build();
        // Interceptors registered on the live processor (correlation data, anything added later) apply here too; the
        // processor's own one, which stores its token under its own name, does not.
        var live = live(name);
        var ownInterceptor = live.getClass().getName() + "$";
        live.getHandlerInterceptors().stream()
                .filter(interceptor -> !interceptor.getClass().getName().startsWith(ownInterceptor))
                .forEach(shadow::registerHandlerInterceptor);
        return shadow;
    }

    private void switchThoseCaughtUp() {
        for (var entry : Map.copyOf(shadows).entrySet()) {
            if (!caughtUp(entry.getValue().processor())) {
                continue;
            }
            try {
                switchOver(entry.getKey());
            } catch (RuntimeException e) {
                LOG.warn(
                        "Could not put the rebuilt tables of {} live; the old ones keep serving, trying again",
                        entry.getKey(),
                        e);
            }
        }
    }

    private static boolean caughtUp(StreamingEventProcessor processor) {
        var segments = processor.processingStatus().values();
        return processor.isRunning()
                && !processor.isError()
                && !segments.isEmpty()
                && segments.stream().allMatch(EventTrackerStatus::isCaughtUp);
    }

    /**
     * Both processors stop between batches, so neither writes while the tables change hands; the live one starts
     * again whatever happens, on the new tables if the swap committed, else on the old ones.
     */
    synchronized void switchOver(String processor) {
        var shadow = shadows.get(processor);
        if (shadow == null) {
            return;
        }
        var live = live(processor);
        shadow.processor().shutDown();
        live.shutDown();
        try {
            transactions.executeWithoutResult(status -> {
                handTokenToLive(processor);
                shadow.schema().swapIntoLive();
            });
            shadows.remove(processor);
            LOG.info(
                    "Rebuilt {}: its new tables are live ({})",
                    processor,
                    String.join(", ", shadow.schema().tables()));
        } catch (RuntimeException e) {
            shadow.processor().start();
            throw e;
        } finally {
            live.start();
        }
    }

    /** Every segment of the live processor continues from where the single-segment shadow stopped. */
    private void handTokenToLive(String processor) {
        var owners = jdbc.queryForList(
                "select owner from tokenentry where processorname = ? for update", String.class, processor);
        if (owners.stream().anyMatch(owner -> owner != null && !owner.equals(nodeId))) {
            throw new ConflictException("Another node holds the tokens of " + processor + ".");
        }
        var updated = jdbc.update("""
                update tokenentry live set token = shadow.token, tokentype = shadow.tokentype, owner = null
                from tokenentry shadow
                where shadow.processorname = ? and shadow.segment = 0 and live.processorname = ?""", shadowProcessorName(processor), processor);
        if (updated == 0 || updated != owners.size()) {
            throw new IllegalStateException("The shadow of " + processor + " has no token to hand over.");
        }
        jdbc.update("delete from tokenentry where processorname = ?", shadowProcessorName(processor));
    }

    /** Refused as an in-place reset would be: a node elsewhere that processes the projection would not switch. */
    private void refuseIfClaimedElsewhere(String processor) {
        var elsewhere = jdbc.queryForObject(
                "select count(*) from tokenentry where processorname = ? and owner is not null and owner <> ?",
                Integer.class,
                processor,
                nodeId);
        if (elsewhere != null && elsewhere > 0) {
            throw new ConflictException("Could not rebuild " + processor + ": another node holds its tokens.");
        }
    }

    private StreamingEventProcessor live(String processor) {
        return processing
                .eventProcessor(processor, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException(
                        processor + " is declared blue/green but is not a streaming processor"));
    }

    @Override
    public void destroy() {
        watcher.shutdownNow();
        shadows.values().forEach(shadow -> shadow.processor().shutDown());
    }
}
