-- Add customer email
--
-- Revision: 003
-- Revises: 002
-- Create Date: 2026-11-22 10:00:00

-- migrate:upgrade
ALTER TABLE customers ADD COLUMN email VARCHAR(200);

-- migrate:downgrade
ALTER TABLE customers DROP COLUMN email;
