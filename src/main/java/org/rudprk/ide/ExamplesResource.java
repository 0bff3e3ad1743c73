package org.rudprk.ide;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.rudprk.common.Json;

/**
 * Serves the example queries to the IDE page ({@code /ide}), which opens each as a tab:
 * {@code GET /examples} lists them with their text, {@code GET /examples/denials.graphql}
 * gives one file as it is in the repository.
 */
@Path("/examples")
public class ExamplesResource {

    private static final JsonProvider JSON = Json.PROVIDER;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list() {
        JsonArrayBuilder all = JSON.createArrayBuilder();
        for (Examples.Example e : Examples.all()) {
            all.add(JSON.createObjectBuilder().add("file", e.file()).add("description", e.description())
                    .add("query", e.query()));
        }
        return all.build().toString();
    }

    @GET
    @Path("/{file}")
    @Produces("text/plain; charset=UTF-8")
    public String file(@PathParam("file") String file) {
        Examples.Example example = Examples.byName(file);
        if (example == null) {
            throw new NotFoundException("no example " + file + "; GET /examples lists them");
        }
        return example.query();
    }
}
