package jp.tenken.i18n;

/** A failure whose message is already written for the user (in their language), to be shown as it is. */
public class UserMessageException extends RuntimeException {
    public UserMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
