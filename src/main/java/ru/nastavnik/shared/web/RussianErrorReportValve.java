package ru.nastavnik.shared.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own answers to requests it refuses before the application sees them (a URL or header too long, a
 * request it cannot parse): in Russian, as JSON in the documented shape for {@code /api/…} and as a plain page
 * otherwise, instead of Tomcat's English page naming its version.
 */
class RussianErrorReportValve extends ErrorReportValve {

    private final ApiErrorWriter errors;
    private final JsonMapper json;

    RussianErrorReportValve(ApiErrorWriter errors, JsonMapper json) {
        this.errors = errors;
        this.json = json;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        // Tomcat gives no reason for its 400; an oversized request line or header is the usual one
        String key = status == 400 ? "error.requestRejected" : ApiShapedErrorAttributes.titleKey(status);
        String uri = request.getRequestURI();
        boolean api = uri != null && uri.startsWith("/api/");
        try {
            response.setContentType(api ? "application/json" : "text/html");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(
                        api
                                ? json.writeValueAsString(errors.body(status, key, java.util.List.of()))
                                : page(status, key));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot be written: nothing left to tell
        }
    }

    private String page(int status, String key) {
        String title = HtmlUtils.htmlEscape(errors.message(key));
        return "<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
                + "<body><h1>" + title + "</h1><p>" + HtmlUtils.htmlEscape(errors.message("error.status", status))
                + "</p><p><a href=\"/\">" + HtmlUtils.htmlEscape(errors.message("error.home"))
                + "</a></p></body></html>";
    }
}
