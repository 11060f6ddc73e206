package org.pallium.gateway.rest.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.smallrye.openapi.OpenApiFilter;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * A FHIR operation's path reads as FHIR writes it, {@code Patient/{patientId}/$everything}: the
 * resource matches the {@code $} by a pattern (to take it encoded too), which the document would
 * otherwise show as a parameter.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class FhirOperationPaths implements OASFilter {

    private static final String OPERATION = "operation";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Paths paths = openAPI.getPaths();
        if (paths == null || paths.getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : Map.copyOf(paths.getPathItems()).entrySet()) {
            if (path.getKey().startsWith(FhirEndpoint.ROOT + "/Patient/") && path.getKey().endsWith("/{" + OPERATION + "}")) {
                PathItem item = path.getValue();
                item.getOperations().values().forEach(operation -> operation.setParameters(withoutOperation(operation.getParameters())));
                item.setParameters(withoutOperation(item.getParameters()));
                paths.removePathItem(path.getKey());
                paths.addPathItem(path.getKey().replace("{" + OPERATION + "}", "$everything"), item);
            }
        }
    }

    private static List<Parameter> withoutOperation(List<Parameter> parameters) {
        return parameters == null ? null
                : new ArrayList<>(parameters.stream().filter(parameter -> !OPERATION.equals(parameter.getName())).toList());
    }
}
