package org.rudprk.ops;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The jar's entry point. By default (mode {@code all}) and in mode {@code serve} it serves until
 * stopped, as any Quarkus application; in mode {@code load} it runs the loading job and exits with
 * its status. {@code java -jar quarkus-run.jar load} is the same as {@code -Drudprk.mode=load}.
 */
@QuarkusMain
public class Main implements QuarkusApplication {

    @ConfigProperty(name = Mode.PROPERTY, defaultValue = "all")
    String mode;

    @Inject
    LoadJob loadJob;

    public static void main(String... args) {
        if (args.length > 0 && "load".equals(args[0])) {
            System.setProperty(Mode.PROPERTY, "load");
        } else if (args.length > 0 && "serve".equals(args[0])) {
            System.setProperty(Mode.PROPERTY, "serve");
        }
        Quarkus.run(Main.class, args);
    }

    @Override
    public int run(String... args) {
        if (Mode.parse(mode) == Mode.LOAD) {
            return loadJob.run();
        }
        Quarkus.waitForExit();
        return 0;
    }
}
