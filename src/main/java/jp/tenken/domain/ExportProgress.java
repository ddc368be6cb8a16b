package jp.tenken.domain;

/** Receives the share of an export done so far, from 0 to 1. */
@FunctionalInterface
public interface ExportProgress {
    void done(double fraction);

    ExportProgress NONE = f -> { };
}
