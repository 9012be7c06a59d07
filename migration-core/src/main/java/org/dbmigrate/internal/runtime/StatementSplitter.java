package org.dbmigrate.internal.runtime;

import java.util.List;
import org.dbmigrate.internal.script.SqlStatement;

/** Splits a plain SQL file (a populate script) into statements; the script package's splitter in production. */
@FunctionalInterface
public interface StatementSplitter {

    List<SqlStatement> split(String fileName, String text);
}
