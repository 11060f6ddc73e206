package org.pallium.platform.persistence;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * HQL that Hibernate translates to SQL once and then reuses. Hibernate caches a query's
 * translation by its text, except when a collection is bound to a parameter (the SQL has a
 * placeholder per element) and for Panache's {@code count}, whose count query it derives and
 * translates again at every call: a tenth to a sixth of a service's CPU on its busiest paths.
 */
public final class Hql {

    private Hql() {
    }

    /**
     * A constant set of enum values as an HQL list of literals, such as {@code
     * (org.pallium.platform.lifecycle.CareStatus.ACCEPTED, ...)}, in name order, so that the query's
     * text is the same at every call.
     */
    public static String literals(Collection<? extends Enum<?>> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an HQL list needs at least one value");
        }
        return values.stream().map(value -> value.getDeclaringClass().getName() + "." + value.name()).sorted()
                .collect(Collectors.joining(", ", "(", ")"));
    }

    /**
     * Whether any row matches {@code from}, an HQL {@code from ... where ...} clause with positional
     * parameters ({@code ?1}, {@code ?2}, ...): a {@code select 1} of at most one row.
     */
    public static boolean exists(EntityManager entityManager, String from, Object... parameters) {
        TypedQuery<Integer> query = selectOne(entityManager, from);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return !query.getResultList().isEmpty();
    }

    /** As {@link #exists(EntityManager, String, Object...)}, with named parameters. */
    public static boolean exists(EntityManager entityManager, String from, Map<String, Object> parameters) {
        TypedQuery<Integer> query = selectOne(entityManager, from);
        parameters.forEach(query::setParameter);
        return !query.getResultList().isEmpty();
    }

    private static TypedQuery<Integer> selectOne(EntityManager entityManager, String from) {
        return entityManager.createQuery("select 1 " + from, Integer.class).setMaxResults(1);
    }
}
