-- Icehouse schema
--
-- Revision: icehouse
-- Revises: 
-- Create Date: 2026-11-22 10:00:00

-- migrate:upgrade
CREATE TABLE instances (id INT PRIMARY KEY, host VARCHAR(50));

-- migrate:downgrade
DROP TABLE instances;
