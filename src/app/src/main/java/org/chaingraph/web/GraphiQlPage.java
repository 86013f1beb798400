package org.chaingraph.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** GraphiQL at {@code /graphiql}, from a page whose scripts and styles are all served by this jar. */
@Controller
class GraphiQlPage {

    @GetMapping({"/graphiql", "/graphiql/"})
    String graphiql() {
        return "forward:/graphiql/index.html";
    }
}
