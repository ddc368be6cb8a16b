package jp.tenken.service;

import java.util.List;
import java.util.stream.Collectors;
import jp.tenken.domain.RuleViolation;
import jp.tenken.i18n.Messages;

/** An answer broke a rule and was not saved; the message explains each broken rule in the user's language. */
public class AnswerRejectedException extends jp.tenken.i18n.UserMessageException {
    private final List<RuleViolation> violations;

    public AnswerRejectedException(List<RuleViolation> violations) {
        super(violations.stream().map(v -> Messages.get(v.messageKey())).collect(Collectors.joining("\n")), null);
        this.violations = List.copyOf(violations);
    }

    public List<RuleViolation> violations() {
        return violations;
    }
}
