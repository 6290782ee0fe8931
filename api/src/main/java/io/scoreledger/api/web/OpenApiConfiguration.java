package io.scoreledger.api.web;

import io.scoreledger.api.security.ActingTenant;
import io.scoreledger.api.tenancy.Visible;
import io.scoreledger.api.web.openapi.NullableRecordComponents;
import io.scoreledger.api.web.openapi.OperationDocumentation;
import io.scoreledger.api.web.openapi.OperationResponses;
import io.scoreledger.api.web.openapi.UniqueSchemaNames;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document: the credentials every route accepts, each operation's real statuses with the error envelope
 * ({@link OperationResponses}), nullable fields marked ({@link NullableRecordComponents}), and schema names that
 * cannot collide ({@link UniqueSchemaNames}), and each operation's rules and examples ({@link OperationDocumentation}).
 */
@Configuration
class OpenApiConfiguration {

    static {
        // Resolvers supply these; the parameters they read are listed by OperationResponses.
        SpringDocUtils.getConfig().addAnnotationsToIgnore(ActingTenant.class, Visible.class);
    }

    @Bean
    OperationResponses operationResponses() {
        return new OperationResponses();
    }

    @Bean
    OperationDocumentation operationDocumentation() {
        return new OperationDocumentation();
    }

    @Bean
    NullableRecordComponents nullableRecordComponents() {
        return new NullableRecordComponents();
    }

    @Bean
    UniqueSchemaNames uniqueSchemaNames() {
        return new UniqueSchemaNames();
    }

    @Bean
    OpenAPI scoreledgerOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Scoreledger API")
                        .version("v1")
                        .description("Event-sourced security and compliance scoring. Every error is "
                                + "{\"success\": false, \"error\": {\"code\", \"message\", \"details\"?}}."))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description(
                                                "A JWT from the identity provider, an API key crp.<lookup>.<secret>, "
                                                        + "or the operator token"))
                        .addSecuritySchemes(
                                "apiKey",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name("x-api-key"))
                        .addSecuritySchemes(
                                "session",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name("crp_session")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"))
                .addSecurityItem(new SecurityRequirement().addList("session"));
    }
}
