-- Add note created_on
--
-- Revision: 002
-- Revises: 001
-- Create Date: 2026-12-01 10:05:00

-- migrate:upgrade
ALTER TABLE notes ADD COLUMN created_on DATE;
UPDATE notes SET created_on = CURRENT_DATE;

-- migrate:downgrade
ALTER TABLE notes DROP COLUMN created_on;
