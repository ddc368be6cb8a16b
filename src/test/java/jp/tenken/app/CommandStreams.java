package jp.tenken.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.tenken.i18n.Messages;

/**
 * A headless command run as an administrator's script runs it: its standard output and error kept apart, its app
 * data in a folder of the test's, its messages in Japanese.
 */
final class CommandStreams {
    /** A command's entry point: the arguments after its name, standard output and error; gives the exit code. */
    interface Command {
        int run(List<String> args, PrintStream out, PrintStream err);
    }

    private final Command command;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private String appDataBefore;

    CommandStreams(Command command) {
        this.command = command;
    }

    /** Points the app data at {@code folder} until {@link #restore()}. */
    void useAppData(Path folder) {
        appDataBefore = System.getProperty("tenken.appdata");
        System.setProperty("tenken.appdata", folder.toString());
        Messages.use(Locale.JAPANESE);
    }

    /** Puts the app data property back as it was. */
    void restore() {
        if (appDataBefore == null) {
            System.clearProperty("tenken.appdata");
        } else {
            System.setProperty("tenken.appdata", appDataBefore);
        }
    }

    /** Runs the command with {@code args}; what it printed is kept until the next run. */
    int run(String... args) {
        out.reset();
        err.reset();
        return command.run(Arrays.asList(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
