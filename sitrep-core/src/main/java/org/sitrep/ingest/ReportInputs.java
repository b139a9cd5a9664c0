package org.sitrep.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;

/**
 * Reads the inputs a user names: files, folders and {@code -} for standard input, each with the reader for its
 * format. Every report goes to the sink with the overrides applied; every input that cannot be read becomes one
 * rejection naming it, and the batch goes on.
 *
 * <ul>
 *   <li>A file is read by its extension: {@code .txt .text} ({@link TextReportReader}), {@code .html .htm}
 *       ({@link HtmlReportReader}), {@code .jsonl} ({@link JsonLinesReportReader}), {@code .json}
 *       ({@link JsonReportReader}, which also reads Telegram channel exports), {@code .xml .rss .atom}
 *       ({@link FeedReportReader}), {@code .warc .warc.gz} ({@link WarcReportReader}). Another extension is
 *       rejected: {@code x.pdf: unsupported file type (.pdf)}.
 *   <li>A folder is walked recursively in sorted order; hidden files and folders (name starting with ".") and
 *       files of other types are skipped silently. A folder without any readable file is rejected:
 *       {@code dir: no reports found (.txt, .html, .json, .jsonl, .xml, .rss, .atom, .warc)}.
 *   <li>{@code -} reads standard input as text, as JSON Lines when it starts with "{", as a feed when it starts
 *       with an XML declaration or an {@code rss}, {@code feed} or {@code rdf:RDF} element, as HTML with another
 *       "<", and as WARC when it starts with "WARC/" or is gzip'd. Its source is {@code stdin}.
 *   <li>A file larger than the limit is rejected from its size, before it is read:
 *       {@code big.txt: 52428800 bytes exceeds the 20971520-byte limit}. Empty, binary and undecodable content is
 *       rejected too (UTF-8, falling back to an HTML page's declared charset or windows-1252). A web archive is
 *       streamed record by record, so the limit applies to each page in it instead.
 * </ul>
 * Options: {@code maxBytesPerInput}, default {@value #DEFAULT_MAX_BYTES} (20 MB). Immutable; one instance may
 * serve several threads, each with its own sink.
 */
public final class ReportInputs {
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /** The standard input's name in messages and in {@code RawReport.source}. */
    public static final String STDIN = "stdin";
    /** Arrays cannot be larger; a few bytes are kept for the JVM's array header. */
    private static final long LARGEST_LIMIT = Integer.MAX_VALUE - 16;
    private static final System.Logger LOG = System.getLogger(ReportInputs.class.getName());

    private final long maxBytes;
    private final Supplier<InputStream> stdin;
    private final TextReportReader text = new TextReportReader();
    private final HtmlReportReader html = new HtmlReportReader();
    private final JsonLinesReportReader jsonLines = new JsonLinesReportReader();
    private final JsonReportReader json = new JsonReportReader();
    private final FeedReportReader feed = new FeedReportReader();
    private final WarcReportReader warc;

    /** Inputs of up to 20 MB each; {@code -} reads {@code System.in}. */
    public ReportInputs() {
        this(DEFAULT_MAX_BYTES);
    }

    /** Inputs of up to {@code maxBytesPerInput} bytes each; {@code -} reads {@code System.in}. */
    public ReportInputs(long maxBytesPerInput) {
        this(maxBytesPerInput, () -> System.in);
    }

    /**
     * @param maxBytesPerInput the largest input read, from 1 byte to about 2 GB
     * @param stdin            what {@code -} reads (the CLI's tests give their own stream)
     */
    public ReportInputs(long maxBytesPerInput, Supplier<InputStream> stdin) {
        if (maxBytesPerInput < 1 || maxBytesPerInput > LARGEST_LIMIT) {
            throw new IllegalArgumentException("max bytes per input must be 1.." + LARGEST_LIMIT + ", not "
                    + maxBytesPerInput);
        }
        this.maxBytes = maxBytesPerInput;
        this.warc = new WarcReportReader(maxBytesPerInput);
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    /**
     * Reads every input in order. Reports and rejections go to {@code sink} as they are found; no exception escapes
     * for a bad input (an unexpected one becomes {@code input: internal error: message}).
     *
     * @param inputs    paths of files or folders, or {@code -} for standard input
     * @param overrides metadata that wins over what the inputs say
     * @return the number of reports passed to {@code sink}
     */
    public int read(List<String> inputs, IngestOverrides overrides, ReportSink sink) {
        Objects.requireNonNull(overrides, "overrides");
        OverridingSink out = new OverridingSink(overrides, Objects.requireNonNull(sink, "sink"));
        for (String input : inputs) {
            try {
                readInput(input, out);
            } catch (RejectedInputException e) {
                out.reject(e);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "internal error reading " + input, e);
                out.reject(new RejectedInputException(input, "internal error: " + describe(e)));
            }
        }
        return out.accepted;
    }

    private void readInput(String input, ReportSink sink) throws RejectedInputException {
        if (input.equals("-")) {
            readStdin(sink);
            return;
        }
        if (input.isBlank()) {
            // Path.of("") is the working folder, which the user did not ask for.
            throw new RejectedInputException("\"" + input + "\"", "no such file or folder");
        }
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            throw new RejectedInputException(input, "no such file or folder");
        }
        if (Files.isDirectory(path)) {
            readFolder(input, path, sink);
        } else if (Files.exists(path)) {
            Optional<InputFormat> format = InputFormat.ofFileName(fileName(path));
            if (format.isEmpty()) throw new RejectedInputException(input, unsupported(path));
            readFile(input, path, format.get(), sink);
        } else {
            throw new RejectedInputException(input, "no such file or folder");
        }
    }

    private void readFolder(String input, Path folder, ReportSink sink) throws RejectedInputException {
        List<Path> files = reportFiles(input, folder, sink);
        if (files.isEmpty()) throw new RejectedInputException(input, "no reports found (.txt, .html, .json, .jsonl, .xml, .rss, .atom, .warc)");
        for (Path file : files) {
            String source = file.toString();
            try {
                readFile(source, file, InputFormat.ofFileName(fileName(file)).orElseThrow(), sink);
            } catch (RejectedInputException e) {
                sink.reject(e);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "internal error reading " + source, e);
                sink.reject(new RejectedInputException(source, "internal error: " + describe(e)));
            }
        }
    }

    /** Readable files under {@code folder}, sorted by path so that every run reads them in the same order. */
    private static List<Path> reportFiles(String input, Path folder, ReportSink sink) throws RejectedInputException {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    // The folder given may itself be "." or "..": only hidden folders inside it are skipped.
                    return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    boolean regular = attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(file));
                    if (regular && !isHidden(file) && InputFormat.ofFileName(fileName(file)).isPresent()) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    sink.reject(new RejectedInputException(file.toString(), "cannot read (" + describe(e) + ")"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new RejectedInputException(input, "cannot read folder (" + describe(e) + ")");
        }
        files.sort(Comparator.comparing(Path::toString));
        return files;
    }

    private void readFile(String source, Path file, InputFormat format, ReportSink sink)
            throws RejectedInputException {
        if (format == InputFormat.WARC) {
            readWarc(source, file, sink);
            return;
        }
        byte[] bytes;
        try {
            // The size is checked before reading, so that a huge file is never loaded whole.
            long size = Files.size(file);
            if (size > maxBytes) throw tooLarge(source, size + " bytes exceeds");
            try (InputStream in = Files.newInputStream(file)) {
                bytes = readAtMost(in, source);
            }
        } catch (IOException e) {
            throw new RejectedInputException(source, "cannot read (" + describe(e) + ")");
        }
        InputDecoder.Decoded decoded = InputDecoder.decode(source, bytes, format == InputFormat.HTML);
        if (decoded.warning() != null) sink.warn(source, decoded.warning());
        reader(format).read(source, decoded.text(), sink);
    }

    /** Archives of a gigabyte are common (Common Crawl): streamed, never loaded whole. */
    private void readWarc(String source, Path file, ReportSink sink) throws RejectedInputException {
        try (FileChannel channel = FileChannel.open(file)) {
            warc.read(source, channel, sink);
        } catch (IOException e) {
            throw new RejectedInputException(source, "cannot read (" + describe(e) + ")");
        }
    }

    private void readStdin(ReportSink sink) throws RejectedInputException {
        byte[] bytes;
        try {
            // Not closed: standard input belongs to the process, not to this reader.
            bytes = readAtMost(stdin.get(), STDIN);
        } catch (IOException e) {
            throw new RejectedInputException(STDIN, "cannot read (" + describe(e) + ")");
        }
        InputFormat format = sniffFormat(bytes);
        if (format == InputFormat.WARC) {
            warc.read(STDIN, Channels.newChannel(new ByteArrayInputStream(bytes)), sink);
            return;
        }
        InputDecoder.Decoded decoded = InputDecoder.decode(STDIN, bytes, format == InputFormat.HTML);
        if (decoded.warning() != null) sink.warn(STDIN, decoded.warning());
        reader(format).read(STDIN, decoded.text(), sink);
    }

    /** A file can grow after its size was checked, and a stream has no size: read one byte past the limit. */
    private byte[] readAtMost(InputStream in, String source) throws IOException, RejectedInputException {
        byte[] bytes = in.readNBytes((int) maxBytes + 1);
        if (bytes.length > maxBytes) throw tooLarge(source, "more than " + maxBytes + " bytes exceeds");
        return bytes;
    }

    private RejectedInputException tooLarge(String source, String size) {
        return new RejectedInputException(source, size + " the " + maxBytes + "-byte limit");
    }

    /** Standard input has no name to go by: its first character decides. */
    static InputFormat sniffFormat(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) return InputFormat.WARC;
        if (startsWith(bytes, 0, "WARC/")) return InputFormat.WARC;
        int i = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb ? 3 : 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) i++;
        if (i == bytes.length) return InputFormat.TEXT;
        if (startsWith(bytes, i, "<?xml") || startsWith(bytes, i, "<rss") || startsWith(bytes, i, "<feed")
                || startsWith(bytes, i, "<rdf:RDF")) {
            return InputFormat.FEED;
        }
        return switch (bytes[i]) {
            case '{' -> InputFormat.JSON_LINES;
            case '<' -> InputFormat.HTML;
            default -> InputFormat.TEXT;
        };
    }

    private static boolean startsWith(byte[] bytes, int at, String prefix) {
        if (bytes.length - at < prefix.length()) return false;
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[at + i] != prefix.charAt(i)) return false;
        }
        return true;
    }

    private ReportReader reader(InputFormat format) {
        return switch (format) {
            case TEXT -> text;
            case HTML -> html;
            case JSON_LINES -> jsonLines;
            case JSON -> json;
            case FEED -> feed;
            // Streamed from a channel by readWarc, never decoded as text.
            case WARC -> throw new IllegalStateException("a WARC file is not read as text");
        };
    }

    private static String unsupported(Path path) {
        String extension = InputFormat.extension(fileName(path));
        return "unsupported file type (" + (extension.isEmpty() ? "no extension" : extension) + ")";
    }

    private static String fileName(Path path) {
        Path name = path.getFileName();
        return name == null ? "" : name.toString();
    }

    private static boolean isHidden(Path path) {
        return fileName(path).startsWith(".");
    }

    /** A short reason for a message: the exception's own message, or its kind when it has none. */
    static String describe(Exception e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file";
        String message = e.getMessage();
        if (message == null || message.isBlank()) return e.getClass().getSimpleName();
        return message.lines().findFirst().orElse("").strip();
    }

    /** Applies the overrides and counts reports; one per call of {@link #read}, so the count is that call's. */
    private static final class OverridingSink implements ReportSink {
        private final IngestOverrides overrides;
        private final ReportSink sink;
        private int accepted;

        OverridingSink(IngestOverrides overrides, ReportSink sink) {
            this.overrides = overrides;
            this.sink = sink;
        }

        @Override
        public void accept(RawReport report) {
            sink.accept(report.withMetadata(overrides.url(), overrides.outlet(), overrides.published()));
            accepted++;
        }

        @Override
        public void reject(RejectedInputException rejection) {
            sink.reject(rejection);
        }

        @Override
        public void warn(String source, String message) {
            sink.warn(source, message);
        }

        @Override
        public void note(String source, String message) {
            sink.note(source, message);
        }
    }
}
