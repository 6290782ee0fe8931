package io.scoreledger.infra.audit;

import io.scoreledger.ids.TenantId;
import io.scoreledger.infra.cli.CliTask;
import java.io.PrintStream;
import java.util.List;

/** verify-audit TENANT_ID: recomputes the tenant's audit chain; exit code 0 when it holds, 1 otherwise. */
public class VerifyAuditTask implements CliTask {

    public static final String NAME = "verify-audit";

    private final AuditChainVerifier verifier;
    private final PrintStream out;

    public VerifyAuditTask(AuditChainVerifier verifier, PrintStream out) {
        this.verifier = verifier;
        this.out = out;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int run(List<String> args) {
        if (args.size() != 1 || !TenantId.isWellFormed(args.getFirst())) {
            out.println("usage: " + NAME + " <tenant id, e.g. cmp_…>");
            return 1;
        }
        var tenant = new TenantId(args.getFirst());
        var result = verifier.verify(tenant);
        if (result.verified()) {
            out.printf(
                    "verified tenant=%s checked_events=%d chain_hash=%s%n",
                    tenant.value(), result.checkedEvents(), result.chainHash());
            return 0;
        }
        out.printf(
                "NOT VERIFIED tenant=%s checked_events=%d first_mismatch_position=%d reason=%s chain_hash=%s%n",
                tenant.value(),
                result.checkedEvents(),
                result.firstMismatchPosition(),
                result.reason(),
                result.chainHash());
        return 1;
    }
}
