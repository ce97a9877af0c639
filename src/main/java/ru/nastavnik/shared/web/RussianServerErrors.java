package ru.nastavnik.shared.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Puts {@link RussianErrorReportValve} in place of Tomcat's (and of the one Spring Boot configures). */
@Component
class RussianServerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ApiErrorWriter errors;
    private final JsonMapper json;

    RussianServerErrors(ApiErrorWriter errors, JsonMapper json) {
        this.errors = errors;
        this.json = json;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new RussianErrorReportValve(errors, json));
            // so that the host, when it starts, finds ours and adds no English one of its own
            host.setErrorReportValveClass(RussianErrorReportValve.class.getName());
        });
    }

    /** After Spring Boot's own customiser, whose valve this one replaces. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
