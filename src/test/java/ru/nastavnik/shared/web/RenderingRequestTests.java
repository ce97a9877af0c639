package ru.nastavnik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class RenderingRequestTests {

    @Test
    void attributesSetWhileRenderingAreReadBackButNeverReachTheRequestBeneath() {
        MockHttpServletRequest tomcat = new MockHttpServletRequest();
        RenderingRequest rendering = new RenderingRequest(tomcat);

        rendering.setAttribute("page", 3);

        assertThat(rendering.getAttribute("page")).isEqualTo(3);
        assertThat(tomcat.getAttribute("page")).isNull();
    }

    @Test
    void attributesSetBeforeRenderingAreReadThroughAndCanBeShadowedAndRestored() {
        MockHttpServletRequest tomcat = new MockHttpServletRequest();
        tomcat.setAttribute("_csrf", "token");
        RenderingRequest rendering = new RenderingRequest(tomcat);

        assertThat(rendering.getAttribute("_csrf")).isEqualTo("token");
        rendering.setAttribute("_csrf", "shadow");
        assertThat(rendering.getAttribute("_csrf")).isEqualTo("shadow");
        rendering.setAttribute("_csrf", "token");
        assertThat(rendering.getAttribute("_csrf")).isEqualTo("token");
        assertThat(tomcat.getAttribute("_csrf")).isEqualTo("token");
    }

    @Test
    void aRemovedAttributeIsGoneEvenWhenTheRequestBeneathHoldsIt() {
        MockHttpServletRequest tomcat = new MockHttpServletRequest();
        tomcat.setAttribute("row", "beneath");
        tomcat.setAttribute("kept", "beneath");
        RenderingRequest rendering = new RenderingRequest(tomcat);
        rendering.setAttribute("local", "x");

        rendering.removeAttribute("row");
        rendering.setAttribute("local", null);

        assertThat(rendering.getAttribute("row")).isNull();
        assertThat(rendering.getAttribute("local")).isNull();
        assertThat(Collections.list(rendering.getAttributeNames())).containsExactly("kept");
        assertThat(tomcat.getAttribute("row")).isEqualTo("beneath");
    }
}
