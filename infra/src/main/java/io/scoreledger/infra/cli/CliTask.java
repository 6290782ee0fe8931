package io.scoreledger.infra.cli;

import java.util.List;

/**
 * A one-shot task run from the command line (java -jar scoreledger.jar NAME args…) in a started application without
 * its web server; the process exits with the returned code.
 */
public interface CliTask {

    String name();

    int run(List<String> args);
}
