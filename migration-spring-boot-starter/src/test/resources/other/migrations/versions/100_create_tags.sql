-- Create tags
--
-- Revision: 100
-- Revises:
-- Create Date: 2026-12-01 09:20:00

-- migrate:upgrade
CREATE TABLE tags (name VARCHAR(50) PRIMARY KEY);

-- migrate:downgrade
DROP TABLE tags;
