package org.dbmigrate.internal.script;

import java.util.List;

/**
 * The comment header of a revision file, as written.
 *
 * @param id           the {@code Revision:} value
 * @param revises      the {@code Revises:} ids; empty for a base
 * @param createDate   the {@code Create Date:} value, or empty
 * @param branchLabels the {@code Branch Labels:} entries
 * @param dependsOn    the {@code Depends On:} entries as written (ids, prefixes or labels)
 * @param message      the first header line, unless that line is already a field
 * @param text         every header line without its {@code --} marker, for {@code show} and
 *                     {@code history -v}
 */
public record RevisionHeader(String id, List<String> revises, String createDate, List<String> branchLabels,
        List<String> dependsOn, String message, List<String> text) {

    public RevisionHeader {
        revises = List.copyOf(revises);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        text = List.copyOf(text);
    }
}
