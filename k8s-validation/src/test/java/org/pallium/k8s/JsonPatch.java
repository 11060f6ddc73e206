package org.pallium.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/** RFC 6902 JSON Patch, the operations add, remove, replace and test (those the overlays use), on a copy of the object. */
final class JsonPatch {

    private JsonPatch() {
    }

    static ObjectNode apply(ObjectNode object, ArrayNode operations) {
        ObjectNode result = object.deepCopy();
        for (JsonNode operation : operations) {
            String op = operation.path("op").asText();
            List<String> path = pointer(operation.path("path").asText());
            if (path.isEmpty()) {
                throw new IllegalArgumentException("a patch of the whole document is not supported: " + operation);
            }
            JsonNode parent = result;
            for (String token : path.subList(0, path.size() - 1)) {
                parent = child(parent, token, operation);
            }
            String last = path.getLast();
            switch (op) {
                case "add" -> add(parent, last, operation.get("value"), operation);
                case "replace" -> {
                    remove(parent, last, operation);
                    add(parent, last, operation.get("value"), operation);
                }
                case "remove" -> remove(parent, last, operation);
                case "test" -> {
                    if (!child(parent, last, operation).equals(operation.get("value"))) {
                        throw new IllegalArgumentException("the test failed: " + operation);
                    }
                }
                default -> throw new IllegalArgumentException("the JSON patch operation '" + op + "' is not supported: " + operation);
            }
        }
        return result;
    }

    private static JsonNode child(JsonNode parent, String token, JsonNode operation) {
        JsonNode child = parent.isArray() ? parent.get(index(token, parent.size() - 1, operation)) : parent.get(token);
        if (child == null) {
            throw new IllegalArgumentException("the path does not exist: " + operation);
        }
        return child;
    }

    private static void add(JsonNode parent, String token, JsonNode value, JsonNode operation) {
        if (value == null) {
            throw new IllegalArgumentException("an operation without a value: " + operation);
        }
        if (parent instanceof ObjectNode o) {
            o.set(token, value.deepCopy());
        } else if (parent instanceof ArrayNode a) {
            if ("-".equals(token)) {
                a.add(value.deepCopy());
            } else {
                a.insert(index(token, a.size(), operation), value.deepCopy());
            }
        } else {
            throw new IllegalArgumentException("the path's parent is not a container: " + operation);
        }
    }

    private static void remove(JsonNode parent, String token, JsonNode operation) {
        if (parent instanceof ObjectNode o) {
            if (o.remove(token) == null) {
                throw new IllegalArgumentException("the path does not exist: " + operation);
            }
        } else if (parent instanceof ArrayNode a) {
            a.remove(index(token, a.size() - 1, operation));
        } else {
            throw new IllegalArgumentException("the path's parent is not a container: " + operation);
        }
    }

    private static int index(String token, int max, JsonNode operation) {
        if (!token.matches("0|[1-9][0-9]*") || Integer.parseInt(token) > max) {
            throw new IllegalArgumentException("not an index of the array: '" + token + "' in " + operation);
        }
        return Integer.parseInt(token);
    }

    private static List<String> pointer(String pointer) {
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("not a JSON pointer: " + pointer);
        }
        List<String> tokens = new ArrayList<>();
        for (String token : pointer.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }
}
