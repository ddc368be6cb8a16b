package jp.tenken.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one reading of a command's arguments: {@code --name value} options, {@code --flag} switches and the operands
 * (file names) in any order. A mistake is a {@link Usage} naming the argument, which each command says in its own
 * words (exit 64).
 */
final class CommandLine {
    private final Map<String, String> options;
    private final Set<String> flags;
    private final List<String> operands;

    private CommandLine(Map<String, String> options, Set<String> flags, List<String> operands) {
        this.options = options;
        this.flags = flags;
        this.operands = operands;
    }

    /** What is wrong with the arguments, and which one. */
    static final class Usage extends Exception {
        private static final long serialVersionUID = 1L;

        /** An option the command does not know, one without its value, or a file name where none is taken. */
        enum Kind { UNKNOWN_OPTION, MISSING_VALUE, UNEXPECTED_OPERAND }

        private final Kind kind;
        private final String argument;

        Usage(Kind kind, String argument) {
            super(kind + ": " + argument);
            this.kind = kind;
            this.argument = argument;
        }

        Kind kind() {
            return kind;
        }

        String argument() {
            return argument;
        }
    }

    /**
     * Reads {@code args}: {@code valued} are the option names that take a value (without "--"), {@code switches}
     * those that do not; anything else starting with "-" is unknown. A value may not start with "--".
     */
    static CommandLine parse(List<String> args, Set<String> valued, Set<String> switches, boolean operandsAllowed)
            throws Usage {
        Map<String, String> options = new HashMap<>();
        Set<String> flags = new HashSet<>();
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("-") || a.equals("-")) {
                if (!operandsAllowed) {
                    throw new Usage(Usage.Kind.UNEXPECTED_OPERAND, a);
                }
                operands.add(a);
                continue;
            }
            String name = a.startsWith("--") ? a.substring(2) : "";
            if (switches.contains(name)) {
                flags.add(name);
            } else if (valued.contains(name)) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new Usage(Usage.Kind.MISSING_VALUE, a);
                }
                options.put(name, args.get(++i));
            } else {
                throw new Usage(Usage.Kind.UNKNOWN_OPTION, a);
            }
        }
        return new CommandLine(options, flags, operands);
    }

    /** Every option given with its value. */
    Map<String, String> options() {
        return Map.copyOf(options);
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    boolean has(String name) {
        return options.containsKey(name);
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    List<String> operands() {
        return List.copyOf(operands);
    }

    /** The operands as files. */
    List<Path> files() {
        return operands.stream().map(Path::of).toList();
    }

    /** The first of the operands that is not a file (the command says so and exits 2), if any. */
    Optional<Path> missingFile() {
        return files().stream().filter(f -> !Files.isRegularFile(f)).findFirst();
    }

    /** A value for one field of tab-separated output: tabs and line breaks become one space. */
    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
