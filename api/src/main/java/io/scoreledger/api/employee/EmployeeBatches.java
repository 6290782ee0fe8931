package io.scoreledger.api.employee;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.api.error.ErrorCodes;
import io.scoreledger.employee.commands.UpsertEmployees;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.values.FieldLimits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** The shape checks of an employee batch: all or nothing, every problem named by its field. */
final class EmployeeBatches {

    static final int MAX_ITEMS = 1000;
    static final int EMAIL_MAX = FieldLimits.EMAIL_MAX;
    static final int NAME_MAX = FieldLimits.NAME_MAX;
    static final int DEPARTMENT_MAX = FieldLimits.SHORT_TEXT_MAX;

    private EmployeeBatches() {}

    static List<UpsertEmployees.Employee> check(UpsertEmployeesRequest request) {
        var items = request.employees();
        if (items == null) {
            throw ApiException.invalid("employees", "The employees field is required.");
        }
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            throw ApiException.invalid(
                    "employees", "The employees field must list between 1 and " + MAX_ITEMS + " employees.");
        }
        Map<String, List<String>> details = new LinkedHashMap<>();
        var firstIndexOfEmail = new HashMap<String, Integer>();
        var firstIndexOfId = new HashMap<String, Integer>();
        var employees = new ArrayList<UpsertEmployees.Employee>(items.size());
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            var at = "employees[" + i + "]";
            if (item == null) {
                add(details, at, "The " + at + " field must be an object.");
                continue;
            }
            String email = item.email() == null ? null : item.email().strip();
            if (email == null || email.isEmpty()) {
                add(details, at + ".email", "The " + at + ".email field is required.");
            } else if (email.length() > EMAIL_MAX) {
                add(
                        details,
                        at + ".email",
                        "The " + at + ".email field must not be longer than " + EMAIL_MAX + " characters.");
            } else if (!FieldLimits.isEmail(email)) {
                add(details, at + ".email", "The " + at + ".email field must be a valid email address.");
            } else {
                var earlier = firstIndexOfEmail.putIfAbsent(email.toLowerCase(Locale.ROOT), i);
                if (earlier != null) {
                    add(details, at + ".email", "The " + at + ".email field repeats employees[" + earlier + "].email.");
                }
            }
            EmployeeId id = null;
            if (item.id() != null) {
                if (!EmployeeId.isWellFormed(item.id())) {
                    add(details, at + ".id", "The " + at + ".id field must be an employee id such as emp_….");
                } else {
                    id = new EmployeeId(item.id());
                    var earlier = firstIndexOfId.putIfAbsent(item.id(), i);
                    if (earlier != null) {
                        add(details, at + ".id", "The " + at + ".id field repeats employees[" + earlier + "].id.");
                    }
                }
            }
            var name = blankToNull(item.name());
            if (name != null && name.length() > NAME_MAX) {
                add(
                        details,
                        at + ".name",
                        "The " + at + ".name field must not be longer than " + NAME_MAX + " characters.");
            }
            var department = blankToNull(item.department());
            if (department != null && department.length() > DEPARTMENT_MAX) {
                add(
                        details,
                        at + ".department",
                        "The " + at + ".department field must not be longer than " + DEPARTMENT_MAX + " characters.");
            }
            ClientId clientId = null;
            if (item.clientId() != null) {
                if (!ClientId.isWellFormed(item.clientId())) {
                    add(details, at + ".clientId", "The " + at + ".clientId field must be a client id such as cli_….");
                } else {
                    clientId = new ClientId(item.clientId());
                }
            }
            employees.add(new UpsertEmployees.Employee(
                    id == null ? EmployeeId.mint() : id, id != null, email, name, department, clientId));
        }
        if (!details.isEmpty()) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    ErrorCodes.VALIDATION_ERROR,
                    ErrorCodes.VALIDATION_MESSAGE,
                    details);
        }
        return employees;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static void add(Map<String, List<String>> details, String field, String message) {
        details.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }
}
