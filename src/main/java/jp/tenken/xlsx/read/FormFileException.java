package jp.tenken.xlsx.read;

import java.util.List;
import jp.tenken.i18n.Messages;
import jp.tenken.i18n.UserMessageException;

/**
 * A returned form could not be taken in. The message names the file, says that nothing was changed, and lists each
 * problem with its Excel row.
 */
public class FormFileException extends UserMessageException {
    static final int LISTED = 10;
    private final List<FormFileProblem> problems;

    public FormFileException(String fileName, List<FormFileProblem> problems) {
        this(fileName, problems, null);
    }

    public FormFileException(String fileName, List<FormFileProblem> problems, Throwable cause) {
        super(message(fileName, problems), cause);
        this.problems = List.copyOf(problems);
    }

    public List<FormFileProblem> problems() {
        return problems;
    }

    public boolean has(FormFileProblem.Kind kind) {
        return problems.stream().anyMatch(p -> p.kind() == kind);
    }

    private static String message(String fileName, List<FormFileProblem> problems) {
        StringBuilder b = new StringBuilder(Messages.get("import.error.title", fileName));
        for (int i = 0; i < Math.min(LISTED, problems.size()); i++) {
            b.append('\n').append("・").append(problems.get(i).message());
        }
        if (problems.size() > LISTED) {
            b.append('\n').append(Messages.get("import.error.more", problems.size() - LISTED));
        }
        return b.toString();
    }
}
