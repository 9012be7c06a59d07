-- Add zone to instances
--
-- Revision: juno
-- Revises: icehouse
-- Create Date: 2026-11-22 10:00:00

-- migrate:upgrade
ALTER TABLE instances ADD COLUMN zone VARCHAR(50);

-- migrate:downgrade
ALTER TABLE instances DROP COLUMN zone;
