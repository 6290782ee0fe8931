package io.scoreledger.infra.tenancy;

import static io.scoreledger.query.jooq.Tables.CLIENT;
import static io.scoreledger.query.jooq.Tables.COMPANY;

import io.scoreledger.command.tenancy.TenancyCommandModule;
import io.scoreledger.infra.projection.BlueGreenProjection;
import io.scoreledger.query.tenancy.TenancyProjector;
import io.scoreledger.query.tenancy.TenancyQueryHandler;
import io.scoreledger.query.tenancy.TenancyRepository;
import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Companies and clients: their command module, projection (rebuilt blue/green) and queries. */
@Configuration
class TenancyConfiguration {

    @Bean
    ConfigurerModule tenancyCommandModule() {
        return new TenancyCommandModule();
    }

    @Bean
    TenancyRepository tenancyRepository(DSLContext dsl) {
        return new TenancyRepository(dsl);
    }

    @Bean
    TenancyProjector tenancyProjector(TenancyRepository repository) {
        return new TenancyProjector(repository);
    }

    /** Users' company and the operator's list of companies come from these tables; a rebuild builds beside them. */
    @Bean
    BlueGreenProjection tenancyBlueGreen() {
        return new BlueGreenProjection(
                TenancyProjector.PROCESSING_GROUP,
                List.of(COMPANY, CLIENT),
                dsl -> new TenancyProjector(new TenancyRepository(dsl)));
    }

    @Bean
    TenancyQueryHandler tenancyQueryHandler(TenancyRepository repository) {
        return new TenancyQueryHandler(repository);
    }
}
