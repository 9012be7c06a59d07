-- Create labels
--
-- Revision: 101
-- Revises: 100
-- Create Date: 2026-12-01 09:30:00

-- migrate:upgrade
CREATE TABLE labels (name VARCHAR(50) PRIMARY KEY);

-- migrate:downgrade
DROP TABLE labels;
