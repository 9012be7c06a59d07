-- A broken revision
--
-- Revision: 001
-- Revises:
-- Create Date: 2026-12-01 09:40:00

-- migrate:upgrade
CREATE TABLE broken (id INT PRIMARY KEY;

-- migrate:downgrade
DROP TABLE broken;
