package nl.brug.benchmark.corpus;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN} in its text format: tab-separated, {@code \N} for
 * null, backslash, tab and line breaks escaped.
 */
public final class CopyRows {

  private final String table;
  private final StringBuilder rows = new StringBuilder(1 << 20);
  private int columns;

  /** Rows for {@code table (columns…)}, e.g. {@code "fts_item (id, title)"}. */
  public CopyRows(String table) {
    this.table = table;
  }

  /** Adds a value to the current row; {@code null} is SQL null. */
  public CopyRows add(Object value) {
    if (columns++ > 0) {
      rows.append('\t');
    }
    if (value == null) {
      rows.append("\\N");
      return this;
    }
    String text = value.toString();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> rows.append("\\\\");
        case '\t' -> rows.append("\\t");
        case '\n' -> rows.append("\\n");
        case '\r' -> rows.append("\\r");
        default -> rows.append(c);
      }
    }
    return this;
  }

  /** Ends the current row. */
  public CopyRows end() {
    rows.append('\n');
    columns = 0;
    return this;
  }

  /** Sends the rows collected so far and starts empty again. */
  public void flush(Connection connection) throws SQLException {
    if (rows.length() == 0) {
      return;
    }
    try {
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn("COPY " + table + " FROM STDIN", new StringReader(rows.toString()));
    } catch (IOException e) {
      throw new SQLException("COPY into " + table + " failed", e);
    }
    rows.setLength(0);
  }
}
