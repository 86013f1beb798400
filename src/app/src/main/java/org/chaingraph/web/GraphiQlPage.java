package org.chaingraph.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GraphiQL at {@code /graphiql}, from a page whose scripts and styles are all served by this jar.
 * The page's links are relative to {@code /graphiql}, so it also works behind a path prefix.
 */
@Controller
class GraphiQlPage {

    @GetMapping("/graphiql")
    String graphiql() {
        return "forward:/graphiql.html";
    }
}
