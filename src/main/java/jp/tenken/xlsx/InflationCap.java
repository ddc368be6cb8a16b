package jp.tenken.xlsx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes one zip entry inflates to, and the whole package's, and stops reading at the first limit: an
 * entry or a package too large, or an entry that inflates far more than any spreadsheet does (a zip bomb).
 */
final class InflationCap extends FilterInputStream {
    /** Compressed over uncompressed size below which an entry counts as a zip bomb (POI's default too). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Below this much inflated data the ratio is not judged: small, repetitive parts compress very well. */
    private static final long RATIO_FROM = 1024 * 1024;

    /** The whole package's running total, shared by the entries' caps. */
    static final class Total {
        private long bytes;
    }

    private final long compressed;
    private final long maxEntry;
    private final long maxTotal;
    private final Total total;
    private long size;
    private boolean tripped;

    InflationCap(InputStream in, long compressed, UntrustedWorkbook.Limits limits, Total total) {
        super(in);
        this.compressed = compressed;
        this.maxEntry = limits.maxEntryBytes();
        this.maxTotal = limits.maxTotalBytes();
        this.total = total;
    }

    /** True once a limit was reached; reading stops there. */
    boolean tripped() {
        return tripped;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (tripped) {
            throw new IOException("inflation limit");
        }
        int n = super.read(b, off, len);
        if (n > 0) {
            size += n;
            total.bytes += n;
            if (size > maxEntry || total.bytes > maxTotal
                    || (size > RATIO_FROM && compressed > 0 && (double) compressed / size < MIN_INFLATE_RATIO)) {
                tripped = true;
                throw new IOException("inflation limit");
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buf = new byte[(int) Math.min(n, 8192)];
        int read = read(buf, 0, buf.length);
        return Math.max(read, 0);
    }

    /** Reads the rest of the entry, so that its full inflated size is counted. */
    void drain() throws IOException {
        byte[] buf = new byte[64 * 1024];
        while (read(buf, 0, buf.length) > 0) {
            // counting only
        }
    }
}
