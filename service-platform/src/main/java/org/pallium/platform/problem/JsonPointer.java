package org.pallium.platform.problem;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 6901 JSON pointers, such as {@code /patient/identifier/system}; the whole document is "". */
final class JsonPointer {

    private JsonPointer() {
    }

    static String of(List<String> tokens) {
        return tokens.stream()
                .map(token -> "/" + token.replace("~", "~0").replace("/", "~1"))
                .collect(Collectors.joining());
    }
}
