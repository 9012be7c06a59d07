-- Add email to users
--
-- Revision: 002
-- Revises: 001
-- Create Date: 2026-11-22 10:00:00

-- migrate:upgrade
ALTER TABLE users ADD COLUMN email VARCHAR(100);

-- migrate:downgrade
ALTER TABLE users DROP COLUMN email;
