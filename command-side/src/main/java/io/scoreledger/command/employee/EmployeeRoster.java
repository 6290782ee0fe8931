package io.scoreledger.command.employee;

import io.scoreledger.command.InputRules;
import io.scoreledger.employee.commands.DisputeSignal;
import io.scoreledger.employee.commands.IngestSignals;
import io.scoreledger.employee.commands.UpsertEmployees;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.SignalId;
import io.scoreledger.rules.InvalidCommandException;
import io.scoreledger.rules.UnknownResourceException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;

/**
 * Batches of employees and signals, each batch in one transaction. Which employee an e-mail means, and whether a
 * signal was seen before, are set-based questions answered by the directory and the ledger, not by one aggregate.
 */
class EmployeeRoster {

    private static final int DEPARTMENT_MAX = 100;
    private static final Comparator<EmployeeId> BY_ID = Comparator.comparing(EmployeeId::value);

    private final Repository<Employee> employees;
    private final EmployeeDirectory directory;
    private final SignalLedger ledger;

    EmployeeRoster(Repository<Employee> employees, EmployeeDirectory directory, SignalLedger ledger) {
        this.employees = employees;
        this.directory = directory;
        this.ledger = ledger;
    }

    /**
     * Concurrent batches over the same employees must not deadlock: the addresses are claimed in one statement in
     * address order, and the aggregates locked and appended to in id order, so every batch takes its locks in the
     * same order and a batch only ever waits for one that is ahead of it.
     */
    @CommandHandler
    UpsertEmployees.Result handle(UpsertEmployees command) throws Exception {
        var proposals = new TreeMap<String, EmployeeId>();
        for (int i = 0; i < command.employees().size(); i++) {
            var item = command.employees().get(i);
            var field = "employees[" + i + "].";
            InputRules.requireEmail(field + "email", item.email());
            InputRules.optionalText(field + "name", item.name(), InputRules.NAME_MAX);
            InputRules.optionalText(field + "department", item.department(), DEPARTMENT_MAX);
            if (proposals.putIfAbsent(normalized(item.email()), item.id()) != null) {
                throw new InvalidCommandException(field + "email", "The address appears twice in the batch.");
            }
        }
        var claims = directory.claim(command.tenantId(), proposals);
        var ids = new ArrayList<EmployeeId>();
        var itemsById = new TreeMap<EmployeeId, UpsertEmployees.Employee>(BY_ID);
        var created = new HashSet<EmployeeId>();
        for (int i = 0; i < command.employees().size(); i++) {
            var item = command.employees().get(i);
            var claim = claims.get(normalized(item.email()));
            if (claim == null || item.idGiven() && !claim.id().equals(item.id())) {
                throw new InvalidCommandException(
                        "employees[" + i + "].id",
                        "The id " + item.id().value() + " belongs to another employee of this tenant.");
            }
            ids.add(claim.id());
            itemsById.put(claim.id(), item);
            if (claim.created()) {
                created.add(claim.id());
            }
        }
        var loaded = loadInIdOrder(itemsById.keySet(), created);
        for (var entry : itemsById.entrySet()) {
            var id = entry.getKey();
            var item = entry.getValue();
            var name = blankToNull(item.name());
            var department = blankToNull(item.department());
            if (created.contains(id)) {
                employees.newInstance(() -> new Employee(
                        command.tenantId(),
                        id,
                        normalized(item.email()),
                        name,
                        department,
                        item.clientId(),
                        command.requestedAt()));
            } else {
                loaded.get(id)
                        .execute(employee ->
                                employee.changeProfile(name, department, item.clientId(), command.requestedAt()));
            }
        }
        return new UpsertEmployees.Result(List.copyOf(ids), created.size(), ids.size() - created.size());
    }

    /**
     * Every employee a batch touches is loaded before any event is applied. Axon looks through the events staged in
     * the unit of work on each load, with a linear search per staged event, so loading after applying made a batch of
     * 1,000 signals quadratic (measured: a tenth of the service's CPU during batch ingestion). Claims and locks are
     * taken in a fixed order, as for employees above.
     */
    @CommandHandler
    IngestSignals.Result handle(IngestSignals command) throws Exception {
        var proposals = new TreeMap<String, EmployeeId>();
        var namedIds = new HashSet<EmployeeId>();
        for (var signal : command.signals()) {
            if (signal.employeeId() != null) {
                namedIds.add(signal.employeeId());
            } else {
                proposals.putIfAbsent(normalized(signal.employeeEmail()), signal.newEmployeeId());
            }
        }
        var claims = proposals.isEmpty()
                ? Map.<String, EmployeeDirectory.Claim>of()
                : directory.claim(command.tenantId(), proposals);
        var existing = namedIds.isEmpty() ? Set.<EmployeeId>of() : directory.existing(command.tenantId(), namedIds);
        var rejected = new ArrayList<IngestSignals.Rejection>();
        var owners = new HashMap<SignalId, EmployeeId>();
        var linkedSignals = new HashSet<SignalId>();
        var newcomers = new TreeMap<EmployeeId, String>(BY_ID);
        var entries = new ArrayList<SignalLedger.Entry>();
        for (var signal : command.signals()) {
            EmployeeId owner;
            if (signal.employeeId() != null) {
                if (!existing.contains(signal.employeeId())) {
                    rejected.add(new IngestSignals.Rejection(
                            signal.index(),
                            "UNKNOWN_EMPLOYEE",
                            "No employee " + signal.employeeId().value() + " in this tenant."));
                    continue;
                }
                owner = signal.employeeId();
                linkedSignals.add(signal.signalId());
            } else {
                var email = normalized(signal.employeeEmail());
                var claim = claims.get(email);
                if (claim == null) {
                    rejected.add(
                            new IngestSignals.Rejection(signal.index(), "CONFLICT", "The new employee id is taken."));
                    continue;
                }
                owner = claim.id();
                if (claim.created()) {
                    newcomers.put(claim.id(), email);
                } else {
                    linkedSignals.add(signal.signalId());
                }
            }
            owners.put(signal.signalId(), owner);
            entries.add(new SignalLedger.Entry(signal.source(), signal.externalId(), signal.signalId(), owner));
        }
        var claimed = entries.isEmpty() ? Set.<SignalId>of() : ledger.claim(command.tenantId(), entries);
        var signalsByOwner = new TreeMap<EmployeeId, List<IngestSignals.Signal>>(BY_ID);
        for (var signal : command.signals()) {
            if (claimed.contains(signal.signalId())) {
                signalsByOwner
                        .computeIfAbsent(owners.get(signal.signalId()), owner -> new ArrayList<>())
                        .add(signal);
            }
        }
        var touched = new TreeSet<EmployeeId>(BY_ID);
        touched.addAll(signalsByOwner.keySet());
        touched.addAll(newcomers.keySet());
        var loaded = loadInIdOrder(touched, newcomers.keySet());
        for (var owner : touched) {
            var email = newcomers.get(owner);
            var employee = email == null
                    ? loaded.get(owner)
                    : employees.newInstance(() ->
                            new Employee(command.tenantId(), owner, email, null, null, null, command.requestedAt()));
            for (var signal : signalsByOwner.getOrDefault(owner, List.of())) {
                employee.execute(e -> e.record(signal, command.requestedAt()));
            }
        }
        int linked = (int) claimed.stream().filter(linkedSignals::contains).count();
        return new IngestSignals.Result(claimed.size(), entries.size() - claimed.size(), linked, List.copyOf(rejected));
    }

    private Map<EmployeeId, Aggregate<Employee>> loadInIdOrder(Set<EmployeeId> ids, Set<EmployeeId> notYetStored) {
        var loaded = new TreeMap<EmployeeId, Aggregate<Employee>>(BY_ID);
        for (var id : ids.stream().sorted(BY_ID).toList()) {
            if (!notYetStored.contains(id)) {
                loaded.put(id, employees.load(id.value()));
            }
        }
        return loaded;
    }

    @CommandHandler
    void handle(DisputeSignal command) {
        InputRules.requireText("reason", command.reason(), 500);
        EmployeeId owner = ledger.ownerOf(command.tenantId(), command.signalId())
                .orElseThrow(() -> new UnknownResourceException("Signal not found."));
        employees
                .load(owner.value())
                .execute(e -> e.dispute(command.signalId(), command.reason().strip(), command.requestedAt()));
    }

    private static String normalized(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
