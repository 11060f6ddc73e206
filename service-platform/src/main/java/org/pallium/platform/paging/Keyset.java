package org.pallium.platform.paging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The order of a list of {@code T} read a page at a time, and the HQL that reads a page of it: its
 * sort keys, each an HQL expression (a function such as {@code coalesce} or {@code case} too, which a
 * Panache {@code Sort} cannot express) with the same value computed in Java, the last one the id so
 * that the order is total. A page is the rows after the previous page's last item in that order,
 * not at an offset.
 */
public final class Keyset<T> {

    /** One sort key: its HQL expression, its type, how to read it off an item, and its direction. */
    public record Key<T>(String expression, Class<?> type, Function<T, ?> value, boolean descending) {
    }

    /** HQL and its named parameters. */
    public record Query(String hql, Map<String, Object> parameters) {
    }

    private final List<Key<T>> keys;

    private Keyset(List<Key<T>> keys) {
        this.keys = List.copyOf(keys);
    }

    public static <T, V> Key<T> ascending(String expression, Class<V> type, Function<T, V> value) {
        return new Key<>(expression, type, value, false);
    }

    public static <T, V> Key<T> descending(String expression, Class<V> type, Function<T, V> value) {
        return new Key<>(expression, type, value, true);
    }

    /** The order of {@code keys}, then of the id {@code idExpression} ascending as the tie-break. */
    @SafeVarargs
    public static <T> Keyset<T> of(String idExpression, Function<T, UUID> id, Key<T>... keys) {
        List<Key<T>> all = new ArrayList<>(List.of(keys));
        all.add(ascending(idExpression, UUID.class, id));
        return new Keyset<>(all);
    }

    /** The cursor after {@code item}, the last of a page. */
    public PageCursor cursorOf(T item) {
        return new PageCursor(keys.stream().<Object>map(key -> key.value().apply(item)).toList());
    }

    /**
     * The query of the page {@code request} asks for: the rows of {@code from} (an HQL from clause
     * naming the aliases of the keys) that match {@code where} (HQL taking {@code parameters}; empty:
     * every row) and come after the request's cursor, in this order. Read
     * {@link PageRequest#fetchSize()} rows of it.
     *
     * @throws org.pallium.platform.problem.ProblemException 400 when the cursor is not one of this
     *                                                       list (its keys are not this order's)
     */
    public Query page(String from, String where, Map<String, Object> parameters, PageRequest request) {
        Map<String, Object> all = new HashMap<>(parameters);
        List<String> conditions = new ArrayList<>();
        if (!where.isBlank()) {
            conditions.add(where);
        }
        request.after().ifPresent(cursor -> {
            List<Object> values = cursor.keys();
            if (values.size() != keys.size()) {
                throw PageCursor.invalid();
            }
            for (int i = 0; i < keys.size(); i++) {
                if (!keys.get(i).type().isInstance(values.get(i))) {
                    throw PageCursor.invalid();
                }
                all.put(parameter(i), values.get(i));
            }
            conditions.add(after(0));
        });
        String filter = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return new Query(from + filter + orderBy(), all);
    }

    /** This order as an HQL order by clause, with a leading space: for a list read whole, such as a compact view's. */
    public String orderBy() {
        return keys.stream().map(key -> key.expression() + (key.descending() ? " desc" : ""))
                .collect(Collectors.joining(", ", " order by ", ""));
    }

    /** Rows after the cursor from key {@code i} on: beyond it on this key, or level with it and after on the next. */
    private String after(int i) {
        Key<T> key = keys.get(i);
        String beyond = key.expression() + (key.descending() ? " < :" : " > :") + parameter(i);
        if (i == keys.size() - 1) {
            return "(" + beyond + ")";
        }
        return "(" + beyond + " or (" + key.expression() + " = :" + parameter(i) + " and " + after(i + 1) + "))";
    }

    private static String parameter(int i) {
        return "pageAfter" + i;
    }
}
