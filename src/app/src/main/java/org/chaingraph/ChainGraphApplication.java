package org.chaingraph;

import org.chaingraph.cli.ChainGraphCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ChainGraphApplication {

    public static void main(String[] args) {
        ChainGraphCommand.main(args);
    }
}
