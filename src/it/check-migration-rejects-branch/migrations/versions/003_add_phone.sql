-- Add phone to users
--
-- Revision: 003
-- Revises: 001
-- Create Date: 2026-11-22 10:00:00

-- migrate:upgrade
ALTER TABLE users ADD COLUMN phone VARCHAR(20);

-- migrate:downgrade
ALTER TABLE users DROP COLUMN phone;
