package io.scoreledger.infra.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param updateCheck Whether Axon's update checker, which calls out to the internet, runs. */
@ConfigurationProperties("scoreledger.axon")
record AxonUpdateCheckProperties(@DefaultValue("false") boolean updateCheck) {}
