package io.scoreledger.api.web;

import io.scoreledger.api.security.AuthProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The api's settings; the rate limits are enabled with their filters, which they switch off. */
@Configuration
@EnableConfigurationProperties({ApiProperties.class, AuthProperties.class})
class ApiPropertiesConfiguration {}
