package jp.tenken.service;

import java.nio.file.Path;

/** Where workbooks live: the user's Documents/Tenken folder, with 点検簿.tenken as the default file. */
public record WorkbookLocations(Path documentsFolder) {

    public static final String DEFAULT_NAME = "点検簿.tenken";

    public Path defaultWorkbook() {
        return documentsFolder.resolve(DEFAULT_NAME);
    }
}
