package org.chaingraph.graphql;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** {@code scalar Date}: a calendar date as an ISO-8601 string ({@code 2025-05-20}), a Neo4j {@code Date} in the graph. */
@Configuration(proxyBeanMethods = false)
public class DateScalar {

    public static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
            .name("Date")
            .description("A calendar date, ISO-8601 (YYYY-MM-DD).")
            .coercing(new IsoDateCoercing())
            .build();

    @Bean
    RuntimeWiringConfigurer dateScalarWiring() {
        return wiring -> wiring.scalar(DATE);
    }

    private static final class IsoDateCoercing implements Coercing<LocalDate, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof LocalDate date) {
                return date.toString();
            }
            throw new CoercingSerializeException("Expected a LocalDate, got " + (value == null ? "null" : value.getClass().getSimpleName()));
        }

        @Override
        public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof String text) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    throw new CoercingParseValueException("'" + text + "' is not an ISO date (YYYY-MM-DD)");
                }
            }
            throw new CoercingParseValueException("A Date is a string (YYYY-MM-DD)");
        }

        @Override
        public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (input instanceof StringValue text) {
                try {
                    return LocalDate.parse(text.getValue());
                } catch (DateTimeParseException e) {
                    throw new CoercingParseLiteralException("'" + text.getValue() + "' is not an ISO date (YYYY-MM-DD)");
                }
            }
            throw new CoercingParseLiteralException("A Date is a string (YYYY-MM-DD)");
        }
    }
}
