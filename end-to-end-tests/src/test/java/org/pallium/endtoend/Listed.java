package org.pallium.endtoend;

import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/**
 * The records of a list answer, whether the list is the body itself (a JSON array) or a page of it
 * ({@code {"items": [...], "next": "<cursor>"}}), so that the flows read lists in either shape.
 */
final class Listed {

    private Listed() {
    }

    /** The records of a list answer's body: the array, or the page's items. */
    static List<Map<String, Object>> items(String body) {
        JsonPath json = JsonPath.from(body);
        Object root = json.get("$");
        return root instanceof List<?> ? json.getList("$") : json.getList("items");
    }
}
