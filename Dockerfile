# The ChainGraph API as an image. Build: docker build -t chaingraph .
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY src/app/pom.xml src/app/pom.xml
COPY tests/pom.xml tests/pom.xml
RUN mvn -q -B -pl src/app -am dependency:go-offline
COPY cypher cypher
COPY src src
RUN mvn -q -B -pl src/app -am package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/src/app/target/chaingraph-exec.jar /app/chaingraph.jar
COPY seeds /app/seeds
# Without NEO4J_URI the image runs Neo4j embedded with its store in /data.
VOLUME /data
EXPOSE 8080
ENV CHAINGRAPH_DATASET=/app/seeds/demo
ENTRYPOINT ["java", "-jar", "/app/chaingraph.jar", "serve", "--data-dir", "/data"]
