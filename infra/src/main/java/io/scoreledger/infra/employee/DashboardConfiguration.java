package io.scoreledger.infra.employee;

import io.scoreledger.query.employee.DashboardQueryHandler;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class DashboardConfiguration {

    @Bean
    DashboardQueryHandler dashboardQueryHandler(ObjectProvider<QueryGateway> queries) {
        return new DashboardQueryHandler(queries::getObject);
    }
}
