-- Create notes
--
-- Revision: 001
-- Revises:
-- Create Date: 2026-12-01 10:00:00

-- migrate:upgrade
CREATE TABLE notes (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    title VARCHAR(200) NOT NULL
);

-- migrate:downgrade
DROP TABLE notes;
