package jp.tenken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The provider the launcher names for SLF4J (so that the first logger does not search every jar for one) exists and
 * is one: a wrong name would leave sqlite-jdbc's, POI's and PDFBox's warnings nowhere.
 */
class NamedLoggingTest {

    @Test
    void theNamedProviderIsSlf4jSimple() throws Exception {
        String before = System.getProperty("slf4j.provider");
        try {
            System.clearProperty("slf4j.provider");
            Launcher.namedLogging();
            String named = System.getProperty("slf4j.provider");
            Class<?> provider = Class.forName(named);
            assertTrue(SLF4JServiceProvider.class.isAssignableFrom(provider), named);
            SLF4JServiceProvider p = (SLF4JServiceProvider) provider.getDeclaredConstructor().newInstance();
            p.initialize();
            assertEquals("org.slf4j.simple.SimpleLoggerFactory", p.getLoggerFactory().getClass().getName());
            assertEquals("WARN", System.getProperty("slf4j.internal.verbosity"));
        } finally {
            if (before == null) {
                System.clearProperty("slf4j.provider");
            } else {
                System.setProperty("slf4j.provider", before);
            }
        }
    }
}
