package io.scoreledger.command.employee;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;

/** Registers employees and their signals. The directory and the ledger come from outside: infra backs them with tables. */
public final class EmployeeCommandModule implements ConfigurerModule {

    private final EmployeeDirectory directory;
    private final SignalLedger ledger;

    public EmployeeCommandModule(EmployeeDirectory directory, SignalLedger ledger) {
        this.directory = directory;
        this.ledger = ledger;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(Employee.class);
        configurer.registerCommandHandler(
                configuration -> new EmployeeRoster(configuration.repository(Employee.class), directory, ledger));
    }
}
