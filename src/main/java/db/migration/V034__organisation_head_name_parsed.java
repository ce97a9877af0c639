package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Moves the head's name typed in the dative into its parts (issue 13). The old string stays in head_name until
 * the requisites are saved again: the requisites page shows it and asks the director to check the parts, or to
 * type them where the string could not be read.
 */
public class V034__organisation_head_name_parsed extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
                ResultSet rows =
                        select.executeQuery("select id, head_name from organisation where head_name is not null");
                PreparedStatement update = connection.prepareStatement("update organisation set head_last_name = ?, "
                        + "head_first_name = ?, head_middle_name = ?, head_gender = ? where id = ?")) {
            while (rows.next()) {
                Object id = rows.getObject(1);
                var parsed = LegacyHeadName.parse(rows.getString(2));
                if (parsed.isPresent()) {
                    update.setString(1, parsed.get().lastName());
                    update.setString(2, parsed.get().firstName());
                    update.setString(3, parsed.get().middleName());
                    update.setString(4, parsed.get().gender());
                    update.setObject(5, id);
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
    }
}
