package org.chaingraph.limits;

import graphql.parser.ParserOptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The parser's own limits, from {@code chaingraph.limits.max-document-length} and
 * {@code max-tokens}: graphql-java stops reading a document there, before it is held in memory
 * whole as a syntax tree.
 */
@Configuration(proxyBeanMethods = false)
class DocumentLimits {

    @Bean
    ParserOptions operationParserOptions(LimitsProperties limits) {
        var options = ParserOptions.getDefaultOperationParserOptions().transform(builder -> builder
                .maxCharacters(limits.maxDocumentLength())
                .maxTokens(limits.maxTokens()));
        ParserOptions.setDefaultOperationParserOptions(options);
        return options;
    }
}
