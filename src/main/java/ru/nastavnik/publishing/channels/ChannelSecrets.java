package ru.nastavnik.publishing.channels;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.nastavnik.shared.PrivateFiles;

/**
 * The channels' tokens are kept encrypted (AES-256-GCM): a copy of the database alone posts nothing on the school's
 * behalf. The key is {@code nastavnik.publishing.channels.secret-key} (Base64 of 32 bytes; the same on every node),
 * or else a key file created once beside the data ({@code nastavnik.publishing.channels.key-file}, mode 0600).
 */
@Component
class ChannelSecrets {

    private static final int NONCE = 12;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    ChannelSecrets(
            @Value("${nastavnik.publishing.channels.secret-key:}") String configured,
            @Value("${nastavnik.publishing.channels.key-file:${nastavnik.files.directory:data/files}/../channels.key}")
                    Path keyFile) {
        this.key = new SecretKeySpec(configured.isBlank() ? fromFile(keyFile) : decode(configured), "AES");
    }

    byte[] encrypt(String secret) {
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a channel's token", e);
        }
    }

    String decrypt(byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, stored, 0, NONCE));
            return new String(cipher.doFinal(stored, NONCE, stored.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A channel's token does not open with this node's key", e);
        }
    }

    private static byte[] decode(String configured) {
        byte[] bytes = Base64.getDecoder().decode(configured.strip());
        if (bytes.length != 32) {
            throw new IllegalStateException("nastavnik.publishing.channels.secret-key must be Base64 of 32 bytes");
        }
        return bytes;
    }

    private byte[] fromFile(Path file) {
        try {
            Path normalised = file.toAbsolutePath().normalize();
            if (!Files.exists(normalised)) {
                PrivateFiles.directories(normalised.getParent());
                byte[] fresh = new byte[32];
                random.nextBytes(fresh);
                try (OutputStream out = PrivateFiles.create(normalised)) {
                    out.write(Base64.getEncoder().encode(fresh));
                } catch (FileAlreadyExistsException raced) {
                    // another node or test context created it first: use theirs
                }
            }
            return decode(Files.readString(normalised));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the channels' key file " + file, e);
        }
    }
}
