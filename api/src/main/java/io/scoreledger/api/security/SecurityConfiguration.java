package io.scoreledger.api.security;

import io.scoreledger.api.error.ErrorCodes;
import io.scoreledger.api.error.ErrorResponses;
import io.scoreledger.api.limits.CredentialCheck;
import io.scoreledger.api.web.ReadYourWrites;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Only with a web server: command-line tasks run the application without one, and without HTTP security. */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration implements WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    static final String[] PUBLIC_ROUTES = {
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/prometheus",
        "/actuator/info",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/error"
    };

    /** Actuator endpoints have no controller method to declare a scope on; these are the operator's alone. */
    static final String[] OPERATOR_ACTUATOR_ROUTES = {"/actuator/projections", "/actuator/projections/**"};

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ScopeInterceptor());
    }

    /** Providers in the order they are tried; each one ignores credentials that are not its kind. */
    @Bean
    AuthenticationManager callerAuthenticationManager(
            OperatorToken operatorToken,
            QueryGateway queries,
            CommandGateway commands,
            ApiKeyUsageRecorder apiKeyUsage,
            ObjectProvider<JwtDecoder> jwtDecoder,
            ReadYourWrites readYourWrites,
            Clock clock) {
        List<AuthenticationProvider> providers = new ArrayList<>();
        providers.add(new OperatorTokenAuthenticationProvider(operatorToken));
        providers.add(new ApiKeyAuthenticationProvider(queries, apiKeyUsage, clock));
        jwtDecoder.ifAvailable(decoder ->
                providers.add(new JwtUserAuthenticationProvider(decoder, queries, commands, readYourWrites, clock)));
        providers.add(new SessionAuthenticationProvider(queries, clock));
        return new ProviderManager(providers);
    }

    @Bean
    CredentialCheck credentialCheck(AuthenticationManager callerAuthenticationManager) {
        return new AuthenticatingCredentialCheck(callerAuthenticationManager);
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager callerAuthenticationManager)
            throws Exception {
        AuthenticationEntryPoint refused = (request, response, e) -> {
            if (e instanceof UnknownUserException) {
                ErrorResponses.write(response, HttpStatus.FORBIDDEN, ErrorCodes.FORBIDDEN, e.getMessage());
                return;
            }
            log.info(
                    "Refused credential for {} {} from {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    request.getRemoteAddr());
            response.setHeader("WWW-Authenticate", "Bearer");
            ErrorResponses.write(
                    response, HttpStatus.UNAUTHORIZED, ErrorCodes.UNAUTHORIZED, "Missing or invalid token.");
        };
        AccessDeniedHandler forbidden = (request, response, e) ->
                ErrorResponses.write(response, HttpStatus.FORBIDDEN, ErrorCodes.FORBIDDEN, "Insufficient permissions.");
        return http.csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(
                        new BearerCredentialFilter(callerAuthenticationManager, refused),
                        AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_ROUTES)
                        .permitAll()
                        .requestMatchers(OPERATOR_ACTUATOR_ROUTES)
                        .access((authentication, context) -> new AuthorizationDecision(
                                authentication.get().getPrincipal() instanceof Caller caller && caller.isOperator()))
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(refused).accessDeniedHandler(forbidden))
                .build();
    }
}
