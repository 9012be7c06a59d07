package org.dbmigrate.runtime;

import java.nio.file.Path;

/**
 * An applied revision whose file no longer matches the checksum recorded when it ran.
 *
 * @param revision the revision id
 * @param file     its file now
 * @param fileName the file as messages name it
 * @param recorded the checksum of the latest successful history row
 * @param current  the checksum of the file today
 */
public record ChangedScript(String revision, Path file, String fileName, String recorded, String current) {
}
