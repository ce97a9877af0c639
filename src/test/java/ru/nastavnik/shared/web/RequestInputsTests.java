package ru.nastavnik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

class RequestInputsTests {

    record Member(String person, String role) {}

    record Body(String title, List<Member> members) {}

    static class Handlers {
        void change(@PathVariable String orgId, @RequestParam String mode, @RequestBody Body body) {}

        void answers(@RequestBody Map<String, List<String>> answers) {}

        void ids(@RequestBody List<String> ids) {}

        void action(@PathVariable String orgId, @RequestParam String mode) {}

        void upload(@PathVariable String orgId, @RequestParam MultipartFile file) {}

        @GetMapping("/protocol")
        void read(@PathVariable String orgId) {}
    }

    @Test
    void aRefusalMayNameTheBodysFieldsNestedOrByTheirOwnNameAndTheRoutesParameters() throws Exception {
        Set<String> inputs = RequestInputs.of(handler("change", String.class, String.class, Body.class));

        assertThat(RequestInputs.names(inputs, "title")).isTrue();
        assertThat(RequestInputs.names(inputs, "members[2].person")).isTrue();
        assertThat(RequestInputs.names(inputs, "person")).isTrue();
        assertThat(RequestInputs.names(inputs, "orgId")).isTrue();
        assertThat(RequestInputs.names(inputs, "mode")).isTrue();
        // the aggregate's state or the page form's name: not what the client sent
        assertThat(RequestInputs.names(inputs, "status")).isFalse();
        assertThat(RequestInputs.names(inputs, "memberIds")).isFalse();
    }

    @Test
    void aBodyWithKeysOfItsOwnOrNoFieldsAFileAndAReadAreNotJudged() throws Exception {
        assertThat(RequestInputs.of(handler("answers", Map.class))).isNull();
        assertThat(RequestInputs.of(handler("ids", List.class))).isNull();
        assertThat(RequestInputs.of(handler("upload", String.class, MultipartFile.class)))
                .isNull();
        // a read refused for its record's state names the record's own fields, which the client reads and fills in
        assertThat(RequestInputs.of(handler("read", String.class))).isNull();
    }

    @Test
    void aCallWithoutABodyMayNameOnlyItsPathAndParameters() throws Exception {
        Set<String> inputs = RequestInputs.of(handler("action", String.class, String.class));

        assertThat(RequestInputs.names(inputs, "orgId")).isTrue();
        assertThat(RequestInputs.names(inputs, "mode")).isTrue();
        assertThat(RequestInputs.names(inputs, "regulationVersion")).isFalse();
    }

    private static HandlerMethod handler(String name, Class<?>... parameters) throws Exception {
        return new HandlerMethod(new Handlers(), Handlers.class.getDeclaredMethod(name, parameters));
    }
}
