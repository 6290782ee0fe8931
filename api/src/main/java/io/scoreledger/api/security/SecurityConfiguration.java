package io.scoreledger.api.security;

import io.scoreledger.api.error.ErrorCodes;
import io.scoreledger.api.error.ErrorResponses;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

@Configuration
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    static final String[] PUBLIC_ROUTES = {
        "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info",
        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error"
    };

    @Bean
    AuthenticationProvider operatorTokenAuthenticationProvider(OperatorToken operatorToken) {
        return new OperatorTokenAuthenticationProvider(operatorToken);
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, List<AuthenticationProvider> providers) throws Exception {
        AuthenticationManager credentials = new ProviderManager(providers);
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            log.info("Refused credential for {} {} from {}", request.getMethod(), request.getRequestURI(), request.getRemoteAddr());
            response.setHeader("WWW-Authenticate", "Bearer");
            ErrorResponses.write(response, HttpStatus.UNAUTHORIZED, ErrorCodes.UNAUTHORIZED, "Missing or invalid token.");
        };
        AccessDeniedHandler forbidden = (request, response, e) -> ErrorResponses.write(
                response, HttpStatus.FORBIDDEN, ErrorCodes.FORBIDDEN, "Insufficient permissions.");
        return http.csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerCredentialFilter(credentials, unauthorized), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_ROUTES)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .build();
    }
}
