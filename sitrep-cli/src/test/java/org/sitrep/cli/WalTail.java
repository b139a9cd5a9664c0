package org.sitrep.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The end of a SQLite write-ahead log as a killed writer left it, read before any connection recovers it: how many
 * frames belong to committed transactions and how many follow the last commit (a transaction caught while its
 * pages were being written). Frames of an older generation of the log (other salts) are not counted.
 * See https://www.sqlite.org/fileformat.html#the_write_ahead_log.
 *
 * @param committedFrames   frames up to and including the last commit frame
 * @param uncommittedFrames whole frames after it
 * @param tornFrame         whether the file ends inside a frame
 */
record WalTail(int committedFrames, int uncommittedFrames, boolean tornFrame) {
    private static final int HEADER = 32;
    private static final int FRAME_HEADER = 24;

    /** True when the kill caught a commit half written: SQLite must discard the tail on recovery. */
    boolean caughtMidCommit() {
        return uncommittedFrames > 0 || tornFrame;
    }

    static WalTail inspect(Path wal) throws IOException {
        if (!Files.exists(wal)) return new WalTail(0, 0, false);
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(wal));
        if (b.limit() < HEADER) return new WalTail(0, 0, b.limit() > 0);
        int pageSize = b.getInt(8);
        int salt1 = b.getInt(16);
        int salt2 = b.getInt(20);
        long frameSize = FRAME_HEADER + (long) pageSize;
        int committed = 0;
        int pending = 0;
        boolean torn = false;
        for (long at = HEADER; at < b.limit(); at += frameSize) {
            if (at + FRAME_HEADER > b.limit()) {
                torn = true;
                break;
            }
            if (b.getInt((int) at + 8) != salt1 || b.getInt((int) at + 12) != salt2) break;
            if (at + frameSize > b.limit()) {
                torn = true;
                break;
            }
            pending++;
            if (b.getInt((int) at + 4) != 0) {
                committed += pending;
                pending = 0;
            }
        }
        return new WalTail(committed, pending, torn);
    }
}
