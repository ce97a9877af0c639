package ru.nastavnik.people.internal.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.UnmappableCharacterException;
import java.util.Objects;

/**
 * Decodes bytes and fails on the first invalid sequence instead of inventing replacement characters.
 * Unlike {@link java.io.InputStreamReader}, it first hands out every character decoded before the bad
 * bytes and only then throws, so the CSV parser has consumed exactly the rows before the problem and the
 * error can name the row that contains it.
 */
final class StrictDecodingReader extends Reader {

    private static final int BUFFER = 8192;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    private CharacterCodingException failure;
    private boolean endOfInput;
    private boolean done;

    StrictDecodingReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !decodeMore()) {
            return -1;
        }
        int count = Math.min(length, chars.remaining());
        chars.get(buffer, offset, count);
        return count;
    }

    private boolean decodeMore() throws IOException {
        chars.clear();
        try {
            while (chars.position() == 0) {
                if (failure != null) {
                    throw failure;
                }
                if (done) {
                    return false;
                }
                CoderResult result = decoder.decode(bytes, chars, endOfInput);
                if (result.isError()) {
                    // remembered rather than thrown so that the characters before it are delivered first
                    failure = result.isMalformed()
                            ? new MalformedInputException(result.length())
                            : new UnmappableCharacterException(result.length());
                } else if (result.isUnderflow()) {
                    if (endOfInput) {
                        decoder.flush(chars);
                        done = true;
                    } else {
                        fill();
                    }
                }
            }
            return true;
        } finally {
            chars.flip();
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
