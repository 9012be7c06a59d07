-- Add note created_at
--
-- Revision: 002
-- Revises: 001
-- Create Date: 2026-12-01 09:10:00

-- migrate:upgrade
ALTER TABLE notes ADD COLUMN created_at TIMESTAMP;

-- migrate:downgrade
ALTER TABLE notes DROP COLUMN created_at;
