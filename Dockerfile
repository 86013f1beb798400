# The ChainGraph API as an image. Build: docker build -t chaingraph .
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY src/app/pom.xml src/app/pom.xml
COPY tests/pom.xml tests/pom.xml
RUN mvn -q -B -pl src/app -am dependency:go-offline
COPY cypher cypher
COPY src src
RUN mvn -q -B -pl src/app -am package -DskipTests \
 && java -Djarmode=tools -jar src/app/target/chaingraph-exec.jar extract --destination /src/extracted

FROM eclipse-temurin:17-jre
WORKDIR /app
# The extracted jar (plain jars in lib/) starts faster than the nested one.
COPY --from=build /src/extracted /app
COPY seeds /app/seeds
# Without NEO4J_URI the image runs Neo4j embedded with its store in /data.
VOLUME /data
EXPOSE 8080
ENV CHAINGRAPH_DATASET=/app/seeds/demo
ENTRYPOINT ["java", "-jar", "/app/chaingraph-exec.jar", "serve", "--data-dir", "/data"]
