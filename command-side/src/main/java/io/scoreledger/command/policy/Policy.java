package io.scoreledger.command.policy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.scoreledger.command.InputRules;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.PolicyId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.policy.PolicyStatus;
import io.scoreledger.policy.commands.AcknowledgePolicy;
import io.scoreledger.policy.commands.ApprovePolicy;
import io.scoreledger.policy.commands.ArchivePolicy;
import io.scoreledger.policy.commands.CreatePolicy;
import io.scoreledger.policy.commands.PublishPolicy;
import io.scoreledger.policy.commands.RejectPolicy;
import io.scoreledger.policy.commands.UpdatePolicy;
import io.scoreledger.policy.events.PolicyAcknowledged;
import io.scoreledger.policy.events.PolicyApproved;
import io.scoreledger.policy.events.PolicyArchived;
import io.scoreledger.policy.events.PolicyCreated;
import io.scoreledger.policy.events.PolicyPublished;
import io.scoreledger.policy.events.PolicyRejected;
import io.scoreledger.policy.events.PolicyUpdated;
import io.scoreledger.rules.ConflictException;
import io.scoreledger.rules.InvalidCommandException;
import io.scoreledger.rules.UnknownResourceException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.jspecify.annotations.Nullable;

/**
 * A client's policy and its lifecycle:
 * draft → published (next major version) → approved or rejected; any but archived → draft (update, next minor
 * version); any but archived → archived. Employees acknowledge the published version while it is published or
 * approved. Every other transition is a conflict, never a silent no-op.
 */
class Policy {

    static final int TITLE_MAX = 255;
    static final int TEXT_MAX = 10_000;
    static final int CONTENT_MAX = 200_000;
    static final int TYPE_MAX = 100;
    static final int REASON_MAX = 1_000;

    @AggregateIdentifier
    private PolicyId policyId;

    private TenantId tenantId;
    private ClientId clientId;
    private PolicyStatus status;
    private int major;
    private int minor;
    private String title;
    private @Nullable String description;
    private @Nullable String content;
    private @Nullable String publishedVersion;
    private final Set<EmployeeId> acknowledgedPublished = new HashSet<>();

    Policy() {}

    Policy(CreatePolicy command) {
        InputRules.requireText("title", command.title(), TITLE_MAX);
        InputRules.optionalText("description", command.description(), TEXT_MAX);
        InputRules.optionalText("content", command.content(), CONTENT_MAX);
        InputRules.optionalText("policy_type", command.policyType(), TYPE_MAX);
        InputRules.optionalText("notes", command.notes(), TEXT_MAX);
        apply(new PolicyCreated(
                command.tenantId(),
                command.policyId(),
                command.clientId(),
                command.title().strip(),
                blankToNull(command.description()),
                blankToNull(command.content()),
                command.categoryId(),
                command.ownerId(),
                blankToNull(command.policyType()),
                blankToNull(command.notes()),
                version(0, 1),
                command.requestedAt()));
    }

    @CommandHandler
    String handle(UpdatePolicy command) {
        requireSameTenant(command.tenantId());
        if (command.title() == null && command.description() == null && command.content() == null) {
            throw new InvalidCommandException("body", "Send at least one of title, description and content.");
        }
        if (command.title() != null) {
            InputRules.requireText("title", command.title(), TITLE_MAX);
        }
        InputRules.optionalText("description", command.description(), TEXT_MAX);
        InputRules.optionalText("content", command.content(), CONTENT_MAX);
        if (status == PolicyStatus.ARCHIVED) {
            throw new ConflictException("An archived policy cannot be updated.");
        }
        var newTitle = command.title() == null ? title : command.title().strip();
        var newDescription = command.description() == null ? description : blankToNull(command.description());
        var newContent = command.content() == null ? content : blankToNull(command.content());
        boolean unchanged = Objects.equals(newTitle, title)
                && Objects.equals(newDescription, description)
                && Objects.equals(newContent, content);
        if (status == PolicyStatus.DRAFT && unchanged) {
            return version(major, minor);
        }
        var next = version(major, minor + 1);
        apply(new PolicyUpdated(tenantId, policyId, newTitle, newDescription, newContent, next, command.requestedAt()));
        return next;
    }

    @CommandHandler
    String handle(PublishPolicy command) {
        requireSameTenant(command.tenantId());
        switch (status) {
            case DRAFT -> {}
            case REJECTED ->
                throw new ConflictException("A rejected policy must be updated before it can be published again.");
            case ARCHIVED -> throw new ConflictException("An archived policy cannot be published.");
            default ->
                throw new ConflictException(
                        "The policy is already " + status.wireName() + "; update it to start a new draft.");
        }
        var next = version(major + 1, 0);
        apply(new PolicyPublished(
                tenantId,
                policyId,
                clientId,
                title,
                description,
                content,
                next,
                command.publishedBy(),
                command.requestedAt()));
        return next;
    }

    @CommandHandler
    void handle(ApprovePolicy command) {
        requireSameTenant(command.tenantId());
        requirePublished("approved");
        apply(new PolicyApproved(tenantId, policyId, publishedVersion, command.requestedAt()));
    }

    @CommandHandler
    void handle(RejectPolicy command) {
        requireSameTenant(command.tenantId());
        InputRules.requireText("reason", command.reason(), REASON_MAX);
        requirePublished("rejected");
        apply(new PolicyRejected(
                tenantId, policyId, publishedVersion, command.reason().strip(), command.requestedAt()));
    }

    @CommandHandler
    void handle(ArchivePolicy command) {
        requireSameTenant(command.tenantId());
        if (status == PolicyStatus.ARCHIVED) {
            throw new ConflictException("The policy is already archived.");
        }
        apply(new PolicyArchived(tenantId, policyId, command.requestedAt()));
    }

    @CommandHandler
    AcknowledgePolicy.Result handle(AcknowledgePolicy command) {
        requireSameTenant(command.tenantId());
        if (command.employeeId() == null) {
            throw new InvalidCommandException("employee_id", "The employee_id field is required.");
        }
        if (status != PolicyStatus.PUBLISHED && status != PolicyStatus.APPROVED) {
            throw new ConflictException(
                    "Only a published or approved policy can be acknowledged; this one is " + status.wireName() + ".");
        }
        if (acknowledgedPublished.contains(command.employeeId())) {
            return new AcknowledgePolicy.Result(publishedVersion, false);
        }
        apply(new PolicyAcknowledged(
                tenantId, policyId, command.employeeId(), publishedVersion, command.requestedAt()));
        return new AcknowledgePolicy.Result(publishedVersion, true);
    }

    private void requirePublished(String outcome) {
        if (status != PolicyStatus.PUBLISHED) {
            throw new ConflictException(
                    "Only a published policy can be " + outcome + "; this one is " + status.wireName() + ".");
        }
    }

    /** Another tenant's policy is answered exactly like a missing one, so its existence does not leak. */
    private void requireSameTenant(TenantId caller) {
        if (!tenantId.equals(caller)) {
            throw new UnknownResourceException("Policy not found.");
        }
    }

    @EventSourcingHandler
    void on(PolicyCreated event) {
        policyId = event.policyId();
        tenantId = event.tenantId();
        clientId = event.clientId();
        status = PolicyStatus.DRAFT;
        major = 0;
        minor = 1;
        title = event.title();
        description = event.description();
        content = event.content();
    }

    @EventSourcingHandler
    void on(PolicyUpdated event) {
        status = PolicyStatus.DRAFT;
        minor++;
        title = event.title();
        description = event.description();
        content = event.content();
    }

    @EventSourcingHandler
    void on(PolicyPublished event) {
        status = PolicyStatus.PUBLISHED;
        major++;
        minor = 0;
        publishedVersion = event.version();
        acknowledgedPublished.clear();
    }

    @EventSourcingHandler
    void on(PolicyApproved event) {
        status = PolicyStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(PolicyRejected event) {
        status = PolicyStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(PolicyArchived event) {
        status = PolicyStatus.ARCHIVED;
    }

    @EventSourcingHandler
    void on(PolicyAcknowledged event) {
        acknowledgedPublished.add(event.employeeId());
    }

    private static String version(int major, int minor) {
        return major + "." + minor;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
