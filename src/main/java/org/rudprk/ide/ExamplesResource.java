package org.rudprk.ide;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Serves the example queries to the IDE page ({@code /ide}), which opens each as a tab:
 * {@code GET /examples} lists them with their text, {@code GET /examples/denials.graphql}
 * gives one file as it is in the repository.
 */
@Path("/examples")
public class ExamplesResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list() throws JsonProcessingException {
        List<Examples.Example> all = Examples.all();
        return JSON.writeValueAsString(all);
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
