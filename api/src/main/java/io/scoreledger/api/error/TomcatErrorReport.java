package io.scoreledger.api.error;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts {@link EnvelopeErrorReportValve} in place of the host's HTML error report. Spring Boot adds its own
 * ErrorReportValve from a context customizer in no particular order with ours, so the swap waits for the host to
 * start, after every customizer has run.
 */
@Component
class TomcatErrorReport implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container parent = context.getParent();
            if (parent instanceof StandardHost host) {
                host.setErrorReportValveClass(EnvelopeErrorReportValve.class.getName());
                host.addLifecycleListener(event -> {
                    if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                        useEnvelopeReport(host);
                    }
                });
            }
        });
    }

    private static void useEnvelopeReport(StandardHost host) {
        var pipeline = host.getPipeline();
        for (var valve : pipeline.getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof EnvelopeErrorReportValve)) {
                pipeline.removeValve(valve);
            }
        }
        for (var valve : pipeline.getValves()) {
            if (valve instanceof EnvelopeErrorReportValve) {
                return;
            }
        }
        pipeline.addValve(new EnvelopeErrorReportValve());
    }
}
