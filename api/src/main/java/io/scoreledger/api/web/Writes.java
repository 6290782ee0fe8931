package io.scoreledger.api.web;

import io.scoreledger.api.error.ApiException;
import java.net.URI;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A write and the read that follows it: the command is sent, the read model awaited ({@link ReadYourWrites}), and the
 * route answers what it shows, or, when it lags, 202 for a creation and 503 for a change.
 */
@Component
public class Writes {

    private final CommandGateway commands;
    private final ReadYourWrites readYourWrites;

    Writes(CommandGateway commands, ReadYourWrites readYourWrites) {
        this.commands = commands;
        this.readYourWrites = readYourWrites;
    }

    /** A query and what it must show before the route answers. */
    public record Read<R>(Object query, Class<R> resultType, Predicate<R> visible) {}

    /**
     * 201 with the resource once {@code read} shows it, otherwise 202 with {@code accepted} (the new id, and anything
     * shown only once); both carry {@code location} when there is one.
     */
    public <R> ResponseEntity<Envelope<?>> create(
            Object command,
            Read<R> read,
            Function<R, ?> resource,
            @Nullable URI location,
            Map<String, String> accepted) {
        commands.sendAndWait(command);
        var created = readYourWrites.await(read.query(), read.resultType(), read.visible());
        var response = ResponseEntity.status(created.isPresent() ? HttpStatus.CREATED : HttpStatus.ACCEPTED);
        if (location != null) {
            response.location(location);
        }
        return response.body(created.<Envelope<?>>map(result -> Envelope.of(resource.apply(result)))
                .orElseGet(() -> Envelope.of(accepted)));
    }

    public <R> ResponseEntity<Envelope<?>> create(
            Object command, Read<R> read, Function<R, ?> resource, @Nullable URI location, String id) {
        return create(command, read, resource, location, Map.of("id", id));
    }

    /** What {@code read} shows once it reflects a change already sent; 503 when it does not in time. */
    public <R> R changed(Read<R> read, String notVisible) {
        return readYourWrites
                .await(read.query(), read.resultType(), read.visible())
                .orElseThrow(() -> ApiException.notVisibleYet(notVisible));
    }
}
