package jp.tenken.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A main class run in a fresh JVM on this test run's class path — the one way tests and benchmarks start child
 * processes. Its output (stdout and stderr together) is captured line by line as it comes: read it with
 * {@link #nextLine}, or all of it with {@link #output} once the child ended. {@link #kill} ends only this child's own
 * {@link Process}, with SIGKILL (no shutdown hooks, no close), as a crash or a power cut would.
 */
public final class ChildJvm implements AutoCloseable {
    private static final String END = "\u0000end";
    /** JavaFX without a display, drawn in software (Monocle's headless platform): for a child that starts a window. */
    public static final List<String> HEADLESS_JAVAFX =
            List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw");

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuffer output = new StringBuffer();
    private final Thread reader;

    private ChildJvm(Process process) {
        this.process = process;
        this.reader = new Thread(this::pump, "child-jvm-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code mainClass} with {@code jvmArgs} (e.g. {@code -Dx=y}) and {@code args}. */
    public static ChildJvm start(String mainClass, List<String> jvmArgs, String... args) {
        return start(List.of(), null, mainClass, jvmArgs, args);
    }

    /** Starts {@code mainClass} with no JVM options. */
    public static ChildJvm start(Class<?> mainClass, String... args) {
        return start(mainClass.getName(), List.of(), args);
    }

    /**
     * The full form: the java command may be run through {@code wrapper} (e.g. {@code unshare -n}), and in
     * {@code workingDirectory} (null: this process's).
     */
    public static ChildJvm start(List<String> wrapper, Path workingDirectory, String mainClass, List<String> jvmArgs,
                                 String... args) {
        List<String> cmd = new ArrayList<>(wrapper);
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-Dorg.sqlite.tmpdir=" + nativeFolder());
        cmd.addAll(jvmArgs);
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (workingDirectory != null) {
            pb.directory(workingDirectory.toFile());
        }
        try {
            return new ChildJvm(pb.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + cmd, e);
        }
    }

    /**
     * Where a child's sqlite-jdbc unpacks its native library: the build folder, not the system's temporary folder. A
     * child ended by {@link #kill} never removes its copy (about 1 MB, kept by a lock file only an orderly exit
     * deletes), and sqlite-jdbc's own clean-up at each start lists that folder: many crash tests made the system's
     * temporary folder large, and every later start of sqlite-jdbc there slower.
     */
    private static String nativeFolder() {
        Path dir = Path.of("target", "child-native").toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.toString();
    }

    /** The project's class path, also under {@code mvn exec:java} (where java.class.path is Maven's own). */
    public static String classPath() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if (cl instanceof URLClassLoader u && u.getURLs().length > 1) {
            List<String> parts = new ArrayList<>();
            for (URL url : u.getURLs()) {
                try {
                    parts.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return String.join(File.pathSeparator, parts);
        }
        return System.getProperty("java.class.path");
    }

    private void pump() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                output.append(line).append('\n');
                lines.add(line);
            }
        } catch (IOException ignored) {
            // the child was killed: its output ends here
        } finally {
            lines.add(END);
        }
    }

    /** The next line the child printed, waiting up to {@code timeout}; null when its output ended or time ran out. */
    public String nextLine(Duration timeout) throws InterruptedException {
        String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (END.equals(line)) {
            lines.add(END);
            return null;
        }
        return line;
    }

    /** Waits for the child to end and returns its exit code; on a timeout the child is killed and this fails. */
    public int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new AssertionError("child did not end within " + timeout + "; output:\n" + output);
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
        return process.exitValue();
    }

    /** Everything the child printed so far. */
    public String output() {
        return output.toString();
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Ends this child at once with SIGKILL and waits until it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Kills the child if it still runs. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
