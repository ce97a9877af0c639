package ru.nastavnik.publishing.channels;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.documents.FileStore;

/**
 * The channels' tokens are kept encrypted (AES-256-GCM): a copy of the database alone posts nothing on the school's
 * behalf. The key is {@code nastavnik.publishing.channels.secret-key} (Base64 of 32 bytes; the same on every node),
 * or else one created once for all nodes: in the object store when the files are there, else a key file beside the
 * data ({@code nastavnik.publishing.channels.key-file}, mode 0600) — see {@link ChannelKey}.
 */
@Component
class ChannelSecrets {

    private static final int NONCE = 12;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    ChannelSecrets(
            @Value("${nastavnik.publishing.channels.secret-key:}") String configured,
            @Value("${nastavnik.publishing.channels.key-file:${nastavnik.files.directory:data/files}/../channels.key}")
                    Path keyFile,
            FileStore store,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        byte[] bytes;
        if (!configured.isBlank()) {
            bytes = ChannelKey.configured(configured);
        } else if (store.remote()) {
            bytes = ChannelKey.fromStore(store, keyFile, jdbc, new TransactionTemplate(transactions));
        } else {
            bytes = ChannelKey.fromFile(keyFile);
        }
        this.key = new SecretKeySpec(bytes, "AES");
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
}
