package org.chaingraph.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The key of a batched connection field: the parent's key and the page asked for. Parents asked
 * for with the same page (the usual case: one field in a list) are fetched by one statement.
 */
public record PageKey(String parent, Page page) {

    /**
     * Loads the pages of a batch: {@code fetch} runs one statement for one page and its parents'
     * keys and returns a connection per parent key.
     */
    public static <C> Map<PageKey, C> load(Set<PageKey> keys, BiFunction<Page, List<String>, List<Keyed<C>>> fetch) {
        var result = new HashMap<PageKey, C>();
        var parentsByPage = keys.stream().collect(Collectors.groupingBy(PageKey::page,
                Collectors.mapping(PageKey::parent, Collectors.toList())));
        parentsByPage.forEach((page, parents) -> fetch.apply(page, parents.stream().sorted().toList())
                .forEach(row -> result.put(new PageKey(row.key(), page), row.value())));
        return result;
    }
}
