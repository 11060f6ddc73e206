package org.pallium.platform.audit;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * The {@link Audited} endpoints by HTTP method and path, for a call answered before JAX-RS chose
 * its endpoint: a body over the size limit, a media type the endpoint does not take. Such a call
 * is still a call of that endpoint, and leaves its entry.
 */
@ApplicationScoped
class AuditedEndpoints {

    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]*}");

    private record Endpoint(String httpMethod, Pattern path, Audited audited) {
    }

    private final List<Endpoint> endpoints;

    /** Quarkus' REST resources are beans: the enabled ones are all there. */
    AuditedEndpoints(BeanManager beans) {
        endpoints = beans.getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .map(Bean::getBeanClass)
                .filter(type -> type.isAnnotationPresent(Path.class))
                .distinct()
                .flatMap(AuditedEndpoints::endpointsOf)
                .toList();
    }

    /** The endpoint's audit, if {@code path} (relative to the REST root) names an audited one. */
    Optional<Audited> of(String httpMethod, String path) {
        return endpoints.stream()
                .filter(endpoint -> endpoint.httpMethod().equals(httpMethod) && endpoint.path().matcher(path).matches())
                .map(Endpoint::audited)
                .findFirst();
    }

    private static Stream<Endpoint> endpointsOf(Class<?> resource) {
        String root = resource.getAnnotation(Path.class).value();
        return Arrays.stream(resource.getMethods())
                .filter(method -> method.isAnnotationPresent(Audited.class))
                .flatMap(method -> httpMethodOf(method).stream().map(httpMethod -> new Endpoint(httpMethod,
                        template(root, method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : ""),
                        method.getAnnotation(Audited.class))));
    }

    private static Optional<String> httpMethodOf(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(Annotation::annotationType)
                .filter(type -> type.isAnnotationPresent(HttpMethod.class))
                .map(type -> type.getAnnotation(HttpMethod.class).value())
                .findFirst();
    }

    /** {@code /api/referrals} and {@code /{referralId}} match {@code /api/referrals/<anything but a slash>}. */
    private static Pattern template(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        StringBuilder regex = new StringBuilder();
        Matcher parameters = PARAMETER.matcher(path);
        int literalFrom = 0;
        while (parameters.find()) {
            regex.append(Pattern.quote(path.substring(literalFrom, parameters.start()))).append("[^/]+");
            literalFrom = parameters.end();
        }
        regex.append(Pattern.quote(path.substring(literalFrom)));
        return Pattern.compile(regex.toString());
    }
}
