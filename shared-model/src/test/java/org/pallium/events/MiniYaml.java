package org.pallium.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict reader for the block-style subset of YAML that {@code asyncapi.yaml} is written in, so
 * the tests can check the document's structure without a YAML library.
 *
 * <p>It reads block mappings and sequences (a sequence may sit at its key's indentation), plain,
 * single- and double-quoted scalars, flow sequences of scalars such as {@code [a, b]} or
 * {@code []}, {@code {}}, literal ({@code |}) and folded ({@code >}) block scalars, and whole-line
 * comments. Scalars stay strings. Anything else (anchors, tags, flow mappings, inline comments,
 * multi-line plain scalars, tabs, duplicate keys) is rejected with the line number, so the
 * document cannot drift outside what the tests understand without a test failing.
 */
final class MiniYaml {

    private final List<String> lines;
    private int pos;

    private MiniYaml(String text) {
        this.lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
    }

    /** The document as nested {@code Map<String, Object>}, {@code List<Object>} and strings. */
    static Object parse(String text) {
        MiniYaml reader = new MiniYaml(text);
        Object root = reader.node(0);
        reader.skipIgnorable();
        if (reader.pos < reader.lines.size()) {
            throw reader.error("unexpected content");
        }
        return root;
    }

    /** Resolves a local reference such as {@code #/components/messages/visitCompleted}. */
    static Object resolvePointer(Object root, String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("not a local reference: " + ref);
        }
        Object current = root;
        for (String token : ref.substring(2).split("/")) {
            String key = token.replace("~1", "/").replace("~0", "~");
            if (current instanceof Map<?, ?> map && map.containsKey(key)) {
                current = map.get(key);
            } else if (current instanceof List<?> list && key.matches("\\d+") && Integer.parseInt(key) < list.size()) {
                current = list.get(Integer.parseInt(key));
            } else {
                throw new IllegalArgumentException("unresolvable reference " + ref + " at " + key);
            }
        }
        return current;
    }

    private Object node(int minIndent) {
        skipIgnorable();
        if (pos >= lines.size()) {
            return null;
        }
        int indent = indentOf(lines.get(pos));
        if (indent < minIndent) {
            return null;
        }
        return isSequenceItem(lines.get(pos).trim()) ? sequence(indent) : mapping(indent);
    }

    private Map<String, Object> mapping(int indent) {
        Map<String, Object> map = new LinkedHashMap<>();
        while (true) {
            skipIgnorable();
            if (pos >= lines.size()) {
                return map;
            }
            String line = lines.get(pos);
            int lineIndent = indentOf(line);
            if (lineIndent < indent) {
                return map;
            }
            if (lineIndent > indent) {
                throw error("unexpected indentation (a multi-line plain scalar is not supported)");
            }
            String content = line.trim();
            if (isSequenceItem(content)) {
                return map;
            }
            int colon = keyEnd(content);
            if (colon < 0) {
                throw error("expected 'key: value'");
            }
            String key = content.substring(0, colon);
            if (key.isEmpty() || "'\"[{&*!|>%@`?".indexOf(key.charAt(0)) >= 0) {
                throw error("unsupported key: " + key);
            }
            String rest = content.substring(colon + 1).trim();
            int keyLine = pos;
            pos++;
            Object value = value(rest, indent);
            if (map.containsKey(key)) {
                throw new IllegalArgumentException("line " + (keyLine + 1) + ": duplicate key " + key);
            }
            map.put(key, value);
        }
    }

    private List<Object> sequence(int indent) {
        List<Object> list = new ArrayList<>();
        while (true) {
            skipIgnorable();
            if (pos >= lines.size()) {
                return list;
            }
            String line = lines.get(pos);
            int lineIndent = indentOf(line);
            if (lineIndent < indent || !isSequenceItem(line.trim())) {
                if (lineIndent > indent) {
                    throw error("unexpected indentation in a sequence");
                }
                return list;
            }
            if (lineIndent > indent) {
                throw error("unexpected indentation in a sequence");
            }
            String item = line.trim().substring(1).trim();
            if (item.isEmpty()) {
                pos++;
                list.add(node(indent + 1));
            } else if (keyEnd(item) > 0 && "'\"[{".indexOf(item.charAt(0)) < 0) {
                // "- key: value": a mapping whose keys line up with this first one.
                lines.set(pos, " ".repeat(indent + 2) + item);
                list.add(mapping(indent + 2));
            } else {
                pos++;
                list.add(scalar(item));
            }
        }
    }

    private Object value(String rest, int indent) {
        if (rest.isEmpty()) {
            skipIgnorable();
            if (pos >= lines.size()) {
                return null;
            }
            String next = lines.get(pos);
            int nextIndent = indentOf(next);
            if (nextIndent > indent) {
                return node(indent + 1);
            }
            if (nextIndent == indent && isSequenceItem(next.trim())) {
                return sequence(indent);
            }
            return null;
        }
        if (rest.matches("[|>][-+]?")) {
            return blockScalar(rest, indent);
        }
        return scalar(rest);
    }

    private String blockScalar(String header, int indent) {
        List<String> block = new ArrayList<>();
        int blockIndent = -1;
        while (pos < lines.size()) {
            String line = lines.get(pos);
            if (line.isBlank()) {
                block.add("");
                pos++;
                continue;
            }
            int lineIndent = indentOf(line);
            if (lineIndent <= indent) {
                break;
            }
            if (blockIndent < 0) {
                blockIndent = lineIndent;
            } else if (lineIndent < blockIndent) {
                throw error("block scalar line less indented than its first line");
            }
            block.add(line.substring(blockIndent));
            pos++;
        }
        while (!block.isEmpty() && block.getLast().isEmpty()) {
            block.removeLast();
        }
        String body;
        if (header.charAt(0) == '|') {
            body = String.join("\n", block);
        } else {
            StringBuilder folded = new StringBuilder();
            for (int i = 0; i < block.size(); i++) {
                String current = block.get(i);
                if (i > 0) {
                    boolean paragraphBreak = current.isEmpty() || block.get(i - 1).isEmpty();
                    folded.append(paragraphBreak ? (current.isEmpty() ? "\n" : "") : " ");
                }
                folded.append(current);
            }
            body = folded.toString();
        }
        return header.endsWith("-") || body.isEmpty() ? body : body + "\n";
    }

    private Object scalar(String text) {
        char first = text.charAt(0);
        if (first == '\'') {
            if (text.length() < 2 || !text.endsWith("'")) {
                throw error("unterminated single-quoted scalar");
            }
            return text.substring(1, text.length() - 1).replace("''", "'");
        }
        if (first == '"') {
            if (text.length() < 2 || !text.endsWith("\"")) {
                throw error("unterminated double-quoted scalar");
            }
            return text.substring(1, text.length() - 1)
                    .replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\");
        }
        if (first == '[') {
            if (!text.endsWith("]")) {
                throw error("a flow sequence must be on one line");
            }
            String inner = text.substring(1, text.length() - 1).trim();
            List<Object> items = new ArrayList<>();
            if (!inner.isEmpty()) {
                for (String item : inner.split(",")) {
                    String trimmed = item.trim();
                    if (trimmed.isEmpty() || "[{'\"".indexOf(trimmed.charAt(0)) >= 0) {
                        throw error("only plain scalars are supported in a flow sequence");
                    }
                    items.add(scalar(trimmed));
                }
            }
            return items;
        }
        if (text.equals("{}")) {
            return new LinkedHashMap<String, Object>();
        }
        if ("{&*!%@`|>?".indexOf(first) >= 0 || (first == '-' && text.startsWith("- "))) {
            throw error("unsupported YAML: " + text);
        }
        if (text.contains(" #")) {
            throw error("inline comments are not supported: " + text);
        }
        if (text.contains(": ") || text.endsWith(":")) {
            throw error("a plain scalar may not contain ': ': quote it");
        }
        return text;
    }

    /** The index of the colon that ends a mapping key, or -1. */
    private static int keyEnd(String content) {
        int separator = content.indexOf(": ");
        if (separator >= 0) {
            return separator;
        }
        return content.endsWith(":") ? content.length() - 1 : -1;
    }

    private static boolean isSequenceItem(String content) {
        return content.equals("-") || content.startsWith("- ");
    }

    private void skipIgnorable() {
        while (pos < lines.size()) {
            String trimmed = lines.get(pos).trim();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                return;
            }
            pos++;
        }
    }

    private int indentOf(String line) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        if (indent < line.length() && line.charAt(indent) == '\t') {
            throw error("tabs are not allowed for indentation");
        }
        return indent;
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException("asyncapi.yaml line " + (pos + 1) + ": " + message);
    }
}
